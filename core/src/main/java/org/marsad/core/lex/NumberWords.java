package org.marsad.core.lex;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/**
 * Reads numbers written in digits, words or both ({@code 3 آلاف}, {@code خمسة وعشرون}, {@code ألفين وتسعة عشر},
 * {@code 1.5 مليون}) from a lexeme list. Words come from {@code numbers.tsv}; a conjoined word ({@code وعشرون})
 * continues a number only where Arabic grammar allows it (ones before tens, smaller after larger), so a list
 * such as {@code خمسة وسبعة} stays two numbers. Immutable and thread-safe.
 */
public final class NumberWords {
    enum Kind { ONES, TEN, TEEN_HEAD, TENS, HUNDRED, HUNDREDS, SCALE, SCALE_PLURAL, SCALE_DUAL, APPROX_PLURAL, HALF, DIGITS }

    record Word(long value, Kind kind) {
    }

    private static final long MAX = Integer.MAX_VALUE;
    private final Map<String, Word> words = new HashMap<>();

    public NumberWords(ArabicNormalizer normalizer) {
        for (TsvReader.Row r : TsvReader.read(NumberWords.class, "numbers.tsv", 3)) {
            Word w;
            try {
                w = new Word(Long.parseLong(r.get(1)), Kind.valueOf(r.get(2)));
            } catch (IllegalArgumentException e) {
                throw r.error("bad value or kind: " + e.getMessage());
            }
            words.put(normalizer.normalize(r.get(0)), w);
        }
    }

    /** The number word a lexeme is, trying its forms in order (so {@code وعشرون} is {@code عشرون}). */
    Word word(Lexeme l) {
        if (!l.isWord()) {
            return null;
        }
        for (String f : l.forms()) {
            Word w = words.get(f);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** True when {@code word} as written (no clitic stripped) is a number word. */
    public boolean isLiteral(String word) {
        return words.containsKey(word);
    }

    /** All number words (normalised). */
    public Set<String> words() {
        return Collections.unmodifiableSet(words.keySet());
    }

    /** True when the lexeme is a number word (any kind). */
    public boolean isNumberWord(Lexeme l) {
        return word(l) != null;
    }

    /** The number that starts at lexeme {@code i}, if one does. */
    public Optional<NumberPhrase> parse(List<Lexeme> t, int i) {
        if (i < 0 || i >= t.size()) {
            return Optional.empty();
        }
        Acc a = new Acc();
        int j = a.first(t, i, this);
        if (j <= i) {
            return Optional.empty();
        }
        while (j < t.size()) {
            if (a.next(t.get(j), word(t.get(j)), conjoined(t.get(j)))) {
                j++;
            } else if (a.conjoinDigits(t, j)) {
                j += 2;
            } else {
                break;
            }
        }
        long v = a.total + a.current;
        if (v <= 0 || v > MAX) {
            return Optional.empty();
        }
        return Optional.of(new NumberPhrase(i, j, v, a.approx));
    }

    private boolean conjoined(Lexeme l) {
        return l.isWord() && l.text().length() > 1 && l.text().charAt(0) == 'و' && !words.containsKey(l.text());
    }

    /** The running sum of one number: {@code total} of closed scale groups, {@code current} group. */
    private static final class Acc {
        long total;
        long current;
        long ones;
        long scale;
        Kind last;
        boolean approx;

        int first(List<Lexeme> t, int i, NumberWords nw) {
            Lexeme l = t.get(i);
            if (l.isNumber()) {
                return firstDigits(t, i, nw);
            }
            Word w = nw.word(l);
            if (w == null) {
                return i;
            }
            if (w.kind == Kind.HALF) {
                Word sc = i + 1 < t.size() ? nw.word(t.get(i + 1)) : null;
                if (sc == null || sc.kind != Kind.SCALE || nw.conjoined(t.get(i + 1))) {
                    return i;
                }
                total = sc.value / 2;
                last = Kind.HALF;
                return i + 2;
            }
            if (w.kind == Kind.TEEN_HEAD) {
                Word ten = i + 1 < t.size() ? nw.word(t.get(i + 1)) : null;
                if (ten == null || ten.kind != Kind.TEN || nw.conjoined(t.get(i + 1))) {
                    return i;
                }
                current = w.value + 10;
                last = Kind.TEN;
                return i + 2;
            }
            start(w);
            return i + 1;
        }

        private void start(Word w) {
            switch (w.kind) {
                case SCALE, SCALE_DUAL -> {
                    total = w.value;
                    scale = w.kind == Kind.SCALE ? w.value : w.value / 2;
                }
                case SCALE_PLURAL -> {
                    total = w.value;
                    scale = w.value;
                    approx = true;
                }
                case APPROX_PLURAL -> {
                    current = w.value;
                    approx = true;
                }
                default -> current = w.value;
            }
            ones = w.kind == Kind.ONES ? w.value : 0;
            last = w.kind == Kind.SCALE_PLURAL || w.kind == Kind.SCALE_DUAL ? Kind.SCALE : w.kind;
        }

        private int firstDigits(List<Lexeme> t, int i, NumberWords nw) {
            long v = t.get(i).digitValue();
            if (v < 0) {
                return i;
            }
            last = Kind.DIGITS;
            if (i + 3 < t.size() && (t.get(i + 1).isPunct('.') || t.get(i + 1).isPunct('٫'))
                    && t.get(i + 2).isNumber() && t.get(i + 1).start() == t.get(i).end()
                    && t.get(i + 2).start() == t.get(i + 1).end()) {
                Word scale = nw.word(t.get(i + 3));
                if (scale != null && scale.kind == Kind.SCALE && !nw.conjoined(t.get(i + 3))) {
                    double d = Double.parseDouble(t.get(i).text().replace(",", "").replace("٬", "") + "." + t.get(i + 2).text());
                    total = Math.round(d * scale.value);
                    last = Kind.SCALE;
                    return i + 4;
                }
            }
            current = v;
            return i + 1;
        }

        /** {@code 48 ألفا و500}: digits after و continue a number below its last scale word. */
        boolean conjoinDigits(List<Lexeme> t, int j) {
            if (last != Kind.SCALE || current != 0 || j + 1 >= t.size() || !t.get(j).text().equals("و")
                    || !t.get(j + 1).isNumber() || t.get(j + 1).start() != t.get(j).end()) {
                return false;
            }
            long v = t.get(j + 1).digitValue();
            if (v <= 0 || v >= scale) {
                return false;
            }
            current = v;
            last = Kind.DIGITS;
            return true;
        }

        /** Adds the next word if grammar lets it continue the number. */
        boolean next(Lexeme l, Word w, boolean conj) {
            if (w == null || current + total > MAX) {
                return false;
            }
            return conj ? conjoin(w) : juxtapose(w);
        }

        private boolean juxtapose(Word w) {
            if (last == Kind.HALF) {
                return w.kind == Kind.SCALE && w.value == scale; // مليون ونصف مليون
            }
            if (w.kind == Kind.TEN && last == Kind.ONES && ones > 0 && ones < 10) {
                current += 10;
                last = Kind.TEN;
                return true;
            }
            if (w.kind == Kind.HUNDRED && last == Kind.ONES && ones >= 3) {
                current += ones * 99;
                last = Kind.HUNDREDS;
                return true;
            }
            boolean scale = w.kind == Kind.SCALE || w.kind == Kind.SCALE_PLURAL
                    || w.kind == Kind.APPROX_PLURAL && w.value >= 1000 && last == Kind.APPROX_PLURAL;
            if (scale && current > 0 && last != Kind.SCALE) {
                total += current * w.value;
                this.scale = w.value;
                current = 0;
                last = Kind.SCALE;
                return true;
            }
            return false;
        }

        private boolean conjoin(Word w) {
            if (w.kind == Kind.HALF && last == Kind.SCALE && scale > 0 && current == 0) {
                current = scale / 2;
                last = Kind.HALF;
                return true;
            }
            boolean small = w.kind == Kind.ONES || w.kind == Kind.TEN || w.kind == Kind.TENS;
            boolean ok = last == Kind.ONES && w.kind == Kind.TENS
                    || (last == Kind.HUNDRED || last == Kind.HUNDREDS) && small
                    || last == Kind.SCALE && (small || w.kind == Kind.HUNDRED || w.kind == Kind.HUNDREDS);
            if (!ok || approx) {
                return false;
            }
            current += w.value;
            ones = w.kind == Kind.ONES ? w.value : 0;
            last = w.kind;
            return true;
        }
    }
}
