package org.marsad.core.segment.html;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page, in the order browsers use: a byte-order mark wins; then the charset of the
 * HTTP or WARC header, when there is one; then a {@code <meta charset>} or {@code http-equiv} declaration in the
 * first 4 KB; then strict UTF-8; then ICU4J's statistical detection (which tells windows-1256 from ISO-8859-6);
 * else windows-1256, the common legacy Arabic code page. A declared UTF-8 or Latin-1 that does not fit the bytes
 * falls through to detection; a legacy declaration on bytes that are valid UTF-8 with multi-byte sequences is
 * overruled (and noted). Text that is UTF-8 once read as windows-1256 (mojibake, "ط§ظ„") is repaired when
 * the whole round trip is clean, and reported in {@link Decoded#note()} either way.
 */
final class HtmlDecoder {
    static final Charset ARABIC = Charset.forName("windows-1256");
    /** How many bytes detection looks at: enough for any page's statistics, bounded for huge pages. */
    static final int DETECT_BYTES = 64 * 1024;
    /** Mojibake pairs needed before a repair is tried. */
    static final int MOJIBAKE_PAIRS = 8;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /** Text, the charset it was decoded from, and a note on a repaired or suspected mis-decoding (may be null). */
    record Decoded(String text, Charset charset, String note) {
        Decoded(String text, Charset charset) {
            this(text, charset, null);
        }
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** {@code contentType} is the HTTP or WARC {@code Content-Type} header value, or null. */
    static Decoded decode(byte[] bytes, String contentType) {
        Decoded raw = decodeBytes(bytes, fromHeader(contentType));
        return raw.charset().equals(StandardCharsets.UTF_8) ? Mojibake.repair(raw) : raw;
    }

    private static Decoded decodeBytes(byte[] bytes, Charset header) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE),
                    StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE),
                    StandardCharsets.UTF_16LE);
        }
        Charset declared = header != null ? header : declared(bytes);
        String utf8 = strictUtf8(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isLatin(declared)) {
            if (utf8 != null && hasMultiByte(bytes)) {
                return new Decoded(utf8, StandardCharsets.UTF_8, "declared " + declared.name()
                        + " but the bytes are UTF-8");
            }
            return new Decoded(new String(bytes, declared), declared);
        }
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset detected = detect(bytes);
        if (detected != null) {
            return new Decoded(new String(bytes, detected), detected);
        }
        Charset fallback = declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared : ARABIC;
        return new Decoded(new String(bytes, fallback), fallback);
    }

    /** The charset a {@code Content-Type} value names, if Java knows it; null otherwise. */
    static Charset fromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER.matcher(contentType);
        return m.find() ? charset(m.group(1)) : null;
    }

    /** The charset named in a meta tag near the top, if Java knows it. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? charset(m.group(1)) : null;
    }

    private static Charset charset(String label) {
        String name = label.toLowerCase(Locale.ROOT);
        if (name.equals("cp1256") || name.equals("x-cp1256")) {
            name = "windows-1256";
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /**
     * ICU4J's guess from the first {@link #DETECT_BYTES} bytes, markup filtered out; null when ICU is not
     * confident or Java cannot decode what it names.
     */
    static Charset detect(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes.length > DETECT_BYTES ? Arrays.copyOf(bytes, DETECT_BYTES) : bytes);
        CharsetMatch best = detector.detect();
        if (best == null || best.getConfidence() < 20) {
            return null;
        }
        Charset c = charset(best.getName());
        return c;
    }

    /** Latin-1 and ASCII declarations are so often wrong that the bytes are tested as UTF-8 first. */
    private static boolean isLatin(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("us-ascii") || n.equals("iso-8859-1") || n.equals("windows-1252");
    }

    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * True when the bytes hold UTF-8 multi-byte sequences: legacy Arabic text is almost never valid UTF-8 by
     * chance, so valid UTF-8 with such sequences overrides a wrong declaration.
     */
    private static boolean hasMultiByte(byte[] bytes) {
        for (byte b : bytes) {
            if ((b & 0xE0) == 0xC0 || (b & 0xF0) == 0xE0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
