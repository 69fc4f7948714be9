package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The ingest token of {@code serve}: from {@code --token-file FILE} (its first line) or {@code MARSAD_TOKEN}, the
 * documented ways, or from {@code --token}, which every user of the machine can read in {@code ps} and is warned
 * about.
 */
final class Tokens {
    private Tokens() {
    }

    /** The token to use, or null (ingest over HTTP stays off); both options at once are bad usage. */
    static String choose(CommandSpec spec, String token, Path tokenFile, String env) {
        if (token != null && tokenFile != null) {
            throw new ParameterException(spec.commandLine(), "Give --token-file or --token, not both.");
        }
        if (tokenFile != null) {
            return read(spec, tokenFile);
        }
        if (token != null) {
            spec.commandLine().getErr().println("marsad: warning: --token is visible to every user of this machine"
                    + " (ps); put the token in a file for --token-file, or in MARSAD_TOKEN");
            return token;
        }
        return env == null || env.isBlank() ? null : env;
    }

    private static String read(CommandSpec spec, Path file) {
        String first;
        try {
            first = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read the token file " + file + ": "
                    + e.getMessage());
        }
        if (first.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "The token file " + file
                    + " is empty; write the token on its first line.");
        }
        return first;
    }
}
