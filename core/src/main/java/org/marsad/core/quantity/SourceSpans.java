package org.marsad.core.quantity;

import java.util.Objects;
import java.util.function.Predicate;
import org.marsad.core.text.AlignedText;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.model.Span;

/**
 * Maps a span of a normalised sentence back to the page text: through the alignment, shifted by the sentence's
 * start, and widened over diacritics and tatweel that end the last word in the original ({@code أمسِ} stays whole).
 */
public final class SourceSpans {
    private SourceSpans() {
    }

    /** The normalised text of {@code sentence}, checking that it lies inside {@code page}. */
    public static AlignedText align(ArabicNormalizer normalizer, String page, Sentence sentence) {
        Objects.requireNonNull(page, "text");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.end() > page.length()) {
            throw new IllegalArgumentException("sentence " + sentence.span() + " outside text of length " + page.length());
        }
        Aligned last = LAST.get();
        if (last != null && last.page == page && last.normalizer == normalizer && last.start == sentence.start()
                && last.end == sentence.end()) {
            return last.text;
        }
        AlignedText at = normalizer.align(page.substring(sentence.start(), sentence.end()));
        LAST.set(new Aligned(page, normalizer, sentence.start(), sentence.end(), at));
        return at;
    }

    /**
     * The last sentence this thread aligned: the date and count finders read the same sentence one after the other,
     * and {@link AlignedText} is immutable, so the second gets the first's.
     */
    private record Aligned(String page, ArabicNormalizer normalizer, int start, int end, AlignedText text) {
    }

    private static final ThreadLocal<Aligned> LAST = new ThreadLocal<>();

    /** The page span of normalised {@code [start, end)} of {@code at}, whose original begins at {@code offset}. */
    public static Span toPage(String page, AlignedText at, int offset, int start, int end) {
        Span s = at.toOriginal(start, end);
        int e = s.end() + offset;
        int limit = offset + at.original().length();
        while (e < limit && isMark(page.charAt(e))) {
            e++;
        }
        return new Span(s.start() + offset, e);
    }

    /**
     * Length of the proclitics ({@code و ف ب ل ك}) a matched lexeme carries: none when the word as written is
     * {@code known}, else what the first known stripped form leaves out ({@code لعام} -> 1, {@code وبعد} -> 0).
     */
    public static int clitics(Lexeme l, Predicate<String> known) {
        if (!l.isWord() || known.test(l.text())) {
            return 0;
        }
        String[] forms = l.forms();
        for (int k = 1; k < forms.length; k++) {
            if (known.test(forms[k])) {
                return Math.max(0, l.text().length() - forms[k].length());
            }
        }
        return 0;
    }

    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }
}
