package org.marsad.core.segment;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text for pages: a UTF-8 byte-order mark is dropped; strict UTF-8 first; when the bytes are not valid
 * UTF-8, windows-1256 (the usual legacy Arabic charset), unless the text is plainly UTF-8 with a few broken
 * bytes, which are then replaced.
 */
final class TextDecoder {
    static final String WINDOWS_1256 = "windows-1256";
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    /** Decoded text and the charset it came from ({@code null} for clean UTF-8). */
    record Decoded(String text, String encoding) {
    }

    static Decoded decode(byte[] bytes) {
        int from = hasBom(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(in);
            return new Decoded(chars.toString(), null);
        } catch (CharacterCodingException e) {
            return fallback(bytes, from);
        }
    }

    private static Decoded fallback(byte[] bytes, int from) {
        String lenient = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        long arabic = lenient.chars().filter(c -> c >= '\u0600' && c <= '\u06FF').count();
        if (arabic > 20 * broken) {
            return new Decoded(lenient, "utf-8 (" + broken + " broken bytes replaced)");
        }
        Charset cp1256 = Charset.forName(WINDOWS_1256);
        return new Decoded(new String(bytes, from, bytes.length - from, cp1256), WINDOWS_1256);
    }

    static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** True when the first bytes hold a NUL or many control bytes: an image, an archive, a UTF-16 file. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
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
