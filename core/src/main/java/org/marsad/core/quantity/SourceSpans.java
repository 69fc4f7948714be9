package org.marsad.core.quantity;

import org.marsad.core.text.AlignedText;
import org.marsad.model.Span;

/**
 * Maps a span of a normalised sentence back to the page text: through the alignment, shifted by the sentence's
 * start, and widened over diacritics and tatweel that end the last word in the original ({@code أمسِ} stays whole).
 */
public final class SourceSpans {
    private SourceSpans() {
    }

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

    /** Length of a leading و or ف that the lexeme only carries as a conjunction (0 if none). */
    public static int conjunction(Lexeme l) {
        String w = l.text();
        return l.isWord() && l.forms().length > 1 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? 1 : 0;
    }

    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }
}
