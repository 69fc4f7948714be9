package org.marsad.learn;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Deterministic k-fold assignment by document: a document's examples are always in one fold. */
public final class Folds {
    private Folds() {
    }

    public static int of(String document, int k) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("fold:" + document).getBytes(StandardCharsets.UTF_8));
            int v = ((h[0] & 0xFF) << 24) | ((h[1] & 0xFF) << 16) | ((h[2] & 0xFF) << 8) | (h[3] & 0xFF);
            return Math.floorMod(v, k);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
