package org.marsad.core.segment;

/**
 * What a page's text must not hold before it is read: bidirectional controls (U+061C, U+200E, U+200F,
 * U+202A-U+202E, U+2066-U+2069), which split words for no reader's benefit, are removed; a lone surrogate,
 * which no store can keep (it became "?"), is replaced by U+FFFD and counted so that the reader reports it.
 * Applied by {@link PageReader} to every page it gives; the server's pages can use {@link #clean} too.
 *
 * @param text       the cleaned text (the same instance when nothing was changed)
 * @param bidi       how many bidirectional controls were removed
 * @param surrogates how many lone surrogates were replaced
 */
public record PageText(String text, int bidi, int surrogates) {
    /** The text cleaned. */
    public static PageText clean(String text) {
        int i = 0;
        int n = text.length();
        while (i < n && !needsWork(text, i)) {
            i++;
        }
        if (i == n) {
            return new PageText(text, 0, 0);
        }
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        int bidi = 0;
        int surrogates = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (isBidiControl(c)) {
                bidi++;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                sb.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                sb.append('\uFFFD');
                surrogates++;
            } else {
                sb.append(c);
            }
        }
        return new PageText(sb.toString(), bidi, surrogates);
    }

    /** A page whose text needed no cleaning is returned as it is. */
    public static Page clean(Page page) {
        PageText t = clean(page.text());
        return t.text() == page.text() ? page : new Page(page.docId(), page.origin(), page.format(), t.text(),
                page.meta());
    }

    private static boolean needsWork(String text, int i) {
        char c = text.charAt(i);
        if (isBidiControl(c)) {
            return true;
        }
        if (!Character.isSurrogate(c)) {
            return false;
        }
        if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            return false; // a pair; its low half is checked next and seen as preceded by its high half
        }
        return !(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
    }

    static boolean isBidiControl(char c) {
        return c == '\u061C' || c == '\u200E' || c == '\u200F' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069';
    }
}
