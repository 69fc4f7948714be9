package org.marsad.core.segment;

import java.nio.charset.StandardCharsets;
import org.marsad.core.segment.html.HtmlDecoder;

/**
 * Bytes to text for text pages (scraped text, ANT, JSON Lines), by the same chain as HTML pages
 * ({@link HtmlDecoder}): byte-order mark (UTF-8, UTF-16LE/BE), UTF-16 without one, strict UTF-8, UTF-8 with a
 * few broken sequences replaced, ICU4J's detection (windows-1256, ISO-8859-6...), mojibake repair; when
 * nothing fits, windows-1256 as a guess. What may not be what the bytes meant is {@link Decoded#problem()}.
 */
final class TextDecoder {
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /**
     * Decoded text, the charset it came from ({@code null} for clean UTF-8, else the charset's name and the
     * decoder's note), and what to report about it ({@code null} when nothing).
     */
    record Decoded(String text, String encoding, String problem) {
    }

    static Decoded decode(byte[] bytes) {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes);
        boolean utf8 = d.charset().equals(StandardCharsets.UTF_8);
        String encoding = d.note() != null ? d.charset().name().toLowerCase(java.util.Locale.ROOT) + " ("
                + d.note() + ")" : utf8 ? null : d.charset().name();
        return new Decoded(d.text(), encoding, d.doubtful() ? d.note() : null);
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** A UTF-16 byte-order mark, or UTF-16 text without one: zero bytes are then text, not binary. */
    static boolean isUtf16(byte[] b) {
        boolean bom = b.length >= 2 && ((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF
                || (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE);
        return bom || HtmlDecoder.utf16(b) != null;
    }

    /** True when the first bytes hold a NUL or many control bytes: an image, an archive (not UTF-16 text). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return !isUtf16(bytes);
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return n > 0 && control * 10 > n;
    }

    /** The first few hundred chars of the bytes after a BOM and leading whitespace, for sniffing the format. */
    static String head(byte[] bytes) {
        int from = hasBom(bytes) ? 3 : 0;
        int n = Math.min(bytes.length - from, 512);
        return new String(bytes, from, n, StandardCharsets.UTF_8).stripLeading();
    }
}
