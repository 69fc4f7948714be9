package org.marsad.core.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Reproducible random strings over an alphabet, for the never-throws tests of the finders. */
public final class RandomText {
    private RandomText() {
    }

    public static List<String> strings(long seed, String alphabet, int count, int maxLength) {
        Random rnd = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(maxLength);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
            }
            out.add(b.toString());
        }
        return out;
    }
}
