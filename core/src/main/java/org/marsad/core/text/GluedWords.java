package org.marsad.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Two words of a known name run together at a known boundary ("الأممالمتحدة", "وحزبالله", "للأممالمتحدة"): where
 * the run splits, so that the tokenizer reads two words, each with its own offsets in the original text (nothing
 * is inserted). The pairs are checked data ({@value #RESOURCE}); the second word of each starts with the article
 * ال, so the glued form is never a word of its own. Up to two proclitics (و ف ب ل ك) may lead the run; "لل" stands
 * for ل + ال. A run with marks or tatweel is left alone.
 */
final class GluedWords {
    static final String RESOURCE = "glued-names.txt";
    /** Runs shorter than this are never two glued words of the list: most tokens skip the look-up. */
    static final int MIN_LENGTH = 7;
    private static final String PROCLITICS = "وفبلك";

    private final Map<String, Integer> firstLength = new HashMap<>();
    private final ArabicNormalizer normalizer;

    GluedWords(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
        try (InputStream in = GluedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] w = line.split(" ");
                if (w.length != 2 || !w[1].startsWith("ال") || w[0].length() < 3) {
                    throw new IllegalStateException(RESOURCE + ":" + lineNo + ": not two words, the second with ال: "
                            + line);
                }
                String first = normalizer.normalize(w[0]);
                firstLength.put(first + normalizer.normalize(w[1]), first.length());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where {@code text[start, end)}, one run of letters, splits into two words; -1 when it does not. */
    int split(String text, int start, int end) {
        if (end - start < MIN_LENGTH) {
            return -1;
        }
        String surface = text.substring(start, end);
        String norm = normalizer.normalize(surface);
        if (norm.length() != surface.length()) {
            return -1; // marks or tatweel: positions would not map one to one
        }
        for (int k = 0; k <= 2 && k < norm.length(); k++) {
            if (k > 0 && PROCLITICS.indexOf(norm.charAt(k - 1)) < 0) {
                break;
            }
            Integer len = firstLength.get(norm.substring(k));
            if (len != null) {
                return start + k + len;
            }
            if (k > 0 && norm.charAt(k - 1) == 'ل' && norm.charAt(k) == 'ل') {
                len = firstLength.get("ا" + norm.substring(k)); // "للأمم": ل + الأمم
                if (len != null) {
                    return start + k + len - 1;
                }
            }
        }
        return -1;
    }
}
