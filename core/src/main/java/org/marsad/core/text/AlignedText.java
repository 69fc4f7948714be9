package org.marsad.core.text;

import java.util.Objects;
import org.marsad.model.Span;

/**
 * A normalised text with, for each of its chars, the original span it came from.
 * {@code starts[i]}/{@code ends[i]} bound the original chars that normalised char {@code i} stands for;
 * several normalised chars may share one original span (a ligature expanded by NFKC), and one original span may
 * cover chars that were dropped (a letter and its diacritics). Both arrays are non-decreasing, so a normalised
 * span maps to an original span in order. Offsets are UTF-16 code units.
 */
public final class AlignedText {
    private final String original;
    private final String normalized;
    private final int[] starts;
    private final int[] ends;

    /**
     * Checks and copies the alignment.
     *
     * @throws IllegalArgumentException if the arrays do not match the normalised length, leave the original text,
     *                                  or are not non-decreasing
     */
    public AlignedText(String original, String normalized, int[] starts, int[] ends) {
        this(original, normalized, starts.clone(), ends.clone(), false);
        check();
    }

    /** Trusted: the normaliser builds arrays that are already valid and not shared. */
    AlignedText(String original, String normalized, int[] starts, int[] ends, boolean trusted) {
        this.original = Objects.requireNonNull(original, "original");
        this.normalized = Objects.requireNonNull(normalized, "normalized");
        if (starts.length != normalized.length() || ends.length != normalized.length()) {
            throw new IllegalArgumentException("alignment length differs from the normalised text");
        }
        this.starts = starts;
        this.ends = ends;
    }

    private void check() {
        for (int i = 0; i < starts.length; i++) {
            boolean ok = starts[i] >= 0 && starts[i] <= ends[i] && ends[i] <= original.length()
                    && (i == 0 || starts[i - 1] <= starts[i] && ends[i - 1] <= ends[i]);
            if (!ok) {
                throw new IllegalArgumentException("bad alignment at normalised char " + i);
            }
        }
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** The original start of normalised char {@code i}. */
    public int originalStart(int i) {
        return starts[Objects.checkIndex(i, starts.length)];
    }

    /** The original end of normalised char {@code i}. */
    public int originalEnd(int i) {
        return ends[Objects.checkIndex(i, ends.length)];
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

    /**
     * The normalised chars that come wholly from inside the original span {@code [start, end)}: the inverse of
     * {@link #toOriginal}, e.g. to run a matcher over one sentence of a normalised page.
     */
    public Span fromOriginal(int start, int end) {
        if (start < 0 || end > original.length() || end < start) {
            throw new IndexOutOfBoundsException("[" + start + "," + end + ") outside 0.." + original.length());
        }
        int from = firstAtOrAfter(starts, start);
        int to = firstAtOrAfter(ends, end + 1);
        return new Span(from, Math.max(from, to));
    }

    /**
     * The end {@code end} of a span of {@code original}, moved over the harakat, superscript alef and tatweel that
     * follow it up to {@code limit}: a span found on normalised text, where those marks are gone, ends after the
     * marks of its last letter in the original ({@code أمسِ} stays whole).
     */
    public static int endOverMarks(String original, int end, int limit) {
        int e = end;
        while (e < limit && isTrailingMark(original.charAt(e))) {
            e++;
        }
        return e;
    }

    private static boolean isTrailingMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }

    /** The first index whose value is at least {@code key} in a non-decreasing array. */
    private static int firstAtOrAfter(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "AlignedText[" + normalized.length() + " of " + original.length() + " chars]";
    }
}
