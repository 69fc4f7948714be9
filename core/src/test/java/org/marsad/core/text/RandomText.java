package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Reproducible random strings for the never-throws tests: drawn mostly from the chars the text package treats
 * specially, or over an alphabet a test gives.
 */
public final class RandomText {
    private static final String POOL = "قالجيشبتنسكوفهةىأإآٱیکءؤئ ـًٌٍَُِّْٰٓٔ\u0655٠١٢٣٫٬۴۵"
            + "ﻻﻷﷲﷺﺍﻟﺠ﴾ﹰﹱ\uFEFF\u200B\u200C\u200D\u200F\u202B\u2066\u00AD"
            + "abcXYZ019.,!?؟؛«»\"()[] \n\t\r\u0000\u0007\u0301\u0300é…ＡＢ①";

    private RandomText() {
    }

    public static String string(Random random, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int pick = random.nextInt(20);
            if (pick == 0) {
                b.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
            } else if (pick == 1) {
                b.appendCodePoint(0x1F600 + random.nextInt(80)); // an emoji: a surrogate pair
            } else if (pick == 2) {
                b.appendCodePoint(0x1D400 + random.nextInt(50)); // mathematical bold letters: NFKC to ASCII
            } else {
                b.append(POOL.charAt(random.nextInt(POOL.length())));
            }
        }
        return b.toString();
    }

    public static boolean hasCombiningMark(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (CharTables.isMark(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            b.append(String.format("\\u%04X", (int) s.charAt(i)));
        }
        return b.toString();
    }

    /** {@code count} strings of up to {@code maxLength} chars of {@code alphabet}, the same for the same seed. */
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
