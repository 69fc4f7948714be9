package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.core.decide.TrainedDecider;

/** What the shipped event decider was trained on, read from its card, so evaluations can avoid its training data. */
final class ShippedModel {
    private ShippedModel() {
    }

    /** Whether the shipped decider's card names the SHA-256 of {@code gsrDir}'s assault file as training data. */
    static boolean trainedOn(Path gsrDir) {
        String card = card();
        Path f = gsrDir.resolve("assault_gsr.csv");
        if (card == null || !Files.isRegularFile(f)) {
            return false;
        }
        try {
            return card.contains(HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
        } catch (IOException | NoSuchAlgorithmException e) {
            return false;
        }
    }

    static String card() {
        try (InputStream in = TrainedDecider.class.getResourceAsStream("event-decider.card.md")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
