package org.marsad.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a range of the original text into word tokens (letters and digits; punctuation is not a token)
 * and lists each word's clitic-stripped forms for lexicon lookup.
 * FIRST VERSION: simple proclitic and pronoun stripping.
 */
public final class Tokenizer {
    private static final String[] PROCLITICS = {"وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"};
    private static final String[] ENCLITICS = {"هما", "هم", "هن", "ها", "ه", "كم", "كما", "نا", "ي", "ك"};

    private final ArabicNormalizer normalizer;

    public Tokenizer(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public List<Token> tokenize(String text, int from, int to) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && !isWordChar(text.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            if (i > s) {
                tokens.add(token(text.substring(s, i), s, i));
            }
        }
        return tokens;
    }

    Token token(String surface, int start, int end) {
        String norm = normalizer.normalize(surface);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(norm);
        String pro = "";
        for (String p : PROCLITICS) {
            if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
                forms.add(norm.substring(p.length()));
                if (p.length() > pro.length()) {
                    pro = p;
                }
            }
        }
        String enc = "";
        for (String f : List.copyOf(forms)) {
            for (String e : ENCLITICS) {
                if (f.endsWith(e) && f.length() - e.length() >= 3) {
                    forms.add(f.substring(0, f.length() - e.length()));
                    if (enc.isEmpty()) {
                        enc = e;
                    }
                }
            }
        }
        return new Token(start, end, surface, norm, new ArrayList<>(forms), pro, enc);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\u0640';
    }
}
