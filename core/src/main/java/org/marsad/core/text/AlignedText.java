package org.marsad.core.text;

import org.marsad.model.Span;

/**
 * A normalised text with, for each of its chars, the original span it came from.
 * {@code starts[i]}/{@code ends[i]} bound the original chars that normalised char {@code i} stands for;
 * several normalised chars may share one original span (a ligature expanded by NFKC).
 */
public final class AlignedText {
    private final String original;
    private final String normalized;
    private final int[] starts;
    private final int[] ends;

    public AlignedText(String original, String normalized, int[] starts, int[] ends) {
        if (starts.length != normalized.length() || ends.length != normalized.length()) {
            throw new IllegalArgumentException("alignment length differs from the normalised text");
        }
        this.original = original;
        this.normalized = normalized;
        this.starts = starts;
        this.ends = ends;
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** The original span that the normalised span {@code [start, end)} came from. */
    public Span toOriginal(int start, int end) {
        if (start < 0 || end > normalized.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + "," + end + ") outside 0.." + normalized.length());
        }
        if (start == end) {
            int at = start < normalized.length() ? starts[start]
                    : (normalized.isEmpty() ? original.length() : ends[normalized.length() - 1]);
            return new Span(at, at);
        }
        return new Span(starts[start], ends[end - 1]);
    }

    /** Convenience for {@link #toOriginal(int, int)}. */
    public Span toOriginal(Span normalizedSpan) {
        return toOriginal(normalizedSpan.start(), normalizedSpan.end());
    }
}
