package org.marsad.core.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Objects;

/**
 * Folds Arabic text for matching, keeping an alignment to the original. In order, per grapheme (a base char and
 * its combining marks, at most {@value #MAX_MARKS} marks):
 * <ol>
 *   <li>NFKC: presentation forms become letters (the lam-alef ligature "ﻻ" becomes two chars, "ﷲ" four),
 *       full-width and other compatibility chars their plain form; chars that are NFKC-stable on their own skip
 *       this step (the fast path);</li>
 *   <li>dropped: tatweel, Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks),
 *       zero-width and bidi controls (U+200B-U+200F, U+202A-U+202E, U+2060-U+2069, U+061C, U+FEFF, soft hyphen);</li>
 *   <li>folded: أ إ آ ٱ → ا, ى ی → ي, ة → ه, ک → ك, Arabic-Indic and Extended Arabic-Indic digits → ASCII,
 *       Arabic decimal/thousands separators ٫ ٬ → . , and ٪ → %.</li>
 * </ol>
 * Every normalised char maps back to the original range of its grapheme, so a span found on the normalised text
 * maps back to original offsets that include the diacritics of its letters. Lone surrogates pass through unchanged.
 * Latin case is kept. {@link #normalize} always equals {@code align(text).normalized()}. Thread-safe and stateless.
 */
public final class ArabicNormalizer {
    /** Marks after one base char beyond this start a new grapheme: bounds the work on hostile input. */
    static final int MAX_MARKS = 32;

    /** Normalises {@code text} and keeps, for each output char, the original chars it came from. */
    public AlignedText align(String text) {
        Objects.requireNonNull(text, "text");
        Output out = new Output(text.length(), true);
        fold(text, out);
        return new AlignedText(text, out.text.toString(), out.starts(), out.ends(), true);
    }

    /** The normalised form of a word or phrase (lexicon keys and tokens). */
    public String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (isIdentity(text)) {
            return text.toString();
        }
        Output out = new Output(text.length(), false);
        fold(text, out);
        return out.text.toString();
    }

    /**
     * True when {@code c} normalises to itself wherever it stands, as long as no combining mark follows it (which
     * would join its grapheme): NFKC-stable, neither dropped nor folded, itself no mark. Lets a caller that knows a
     * text's graphemes skip normalising runs of such chars.
     */
    public static boolean isKept(char c) {
        return CharTables.isIdentity(c);
    }

    /** True when {@code c} is a combining mark that stays with the letter before it (harakat, shadda, Quranic marks). */
    public static boolean isMark(char c) {
        return CharTables.isMark(c);
    }

    private static boolean isIdentity(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!CharTables.isIdentity(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void fold(CharSequence text, Output out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = graphemeEnd(text, i, n);
            char c = text.charAt(i);
            if (Character.isSurrogate(c) && end == i + 1) {
                out.add(c, i, end); // a lone surrogate: kept as it is, never thrown on
            } else if (CharTables.stable(c) && plainMarks(text, i + 1, end)) {
                out.addFolded(c, i, end);
            } else {
                foldNfkc(text, i, end, out);
            }
            i = end;
        }
    }

    /** The end of the grapheme starting at {@code i}: one code point and up to {@value #MAX_MARKS} marks. */
    private static int graphemeEnd(CharSequence text, int i, int n) {
        int j = i + 1;
        if (Character.isSurrogate(text.charAt(i))) {
            if (!Character.isHighSurrogate(text.charAt(i)) || j == n || !Character.isLowSurrogate(text.charAt(j))) {
                return j; // a lone surrogate stands alone
            }
            j++;
        }
        int limit = Math.min(n, j + MAX_MARKS);
        while (j < limit) {
            char c = text.charAt(j);
            if (CharTables.isMark(c)) {
                j++;
            } else if (Character.isHighSurrogate(c) && j + 1 < limit && isSupplementaryMark(text, j)) {
                j += 2;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isSupplementaryMark(CharSequence text, int j) {
        char low = text.charAt(j + 1);
        return Character.isLowSurrogate(low)
                && CharTables.isMarkType(Character.getType(Character.toCodePoint(text.charAt(j), low)));
    }

    /** True when the marks in [from, to) are Arabic diacritics that drop without composing with the base. */
    private static boolean plainMarks(CharSequence text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!CharTables.isPlainArabicMark(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static void foldNfkc(CharSequence text, int start, int end, Output out) {
        String nfkc = Normalizer.normalize(text.subSequence(start, end), Normalizer.Form.NFKC);
        boolean diacriticForm = CharTables.isDiacriticForm(Character.codePointAt(text, start));
        for (int k = 0; k < nfkc.length(); k++) {
            char c = nfkc.charAt(k);
            if (!(diacriticForm && c == ' ')) {
                out.addFolded(c, start, end);
            }
        }
    }

    /** The normalised chars and, when tracked, the original range of each. */
    private static final class Output {
        final StringBuilder text;
        private final boolean track;
        private int[] starts;
        private int[] ends;

        Output(int capacity, boolean track) {
            this.text = new StringBuilder(capacity);
            this.track = track;
            this.starts = track ? new int[Math.max(capacity, 4)] : null;
            this.ends = track ? new int[Math.max(capacity, 4)] : null;
        }

        void addFolded(char c, int start, int end) {
            if (!CharTables.isDropped(c)) {
                add(CharTables.folded(c), start, end);
            }
        }

        void add(char c, int start, int end) {
            if (track) {
                int n = text.length();
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n] = end;
            }
            text.append(c);
        }

        int[] starts() {
            return Arrays.copyOf(starts, text.length());
        }

        int[] ends() {
            return Arrays.copyOf(ends, text.length());
        }
    }
}
