package org.marsad.core.segment.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of an HTML page: a byte-order mark wins; then a {@code <meta charset>} or
 * {@code http-equiv} declaration in the first 4 KB; then strict UTF-8; else windows-1256 (the common legacy
 * Arabic code page). A declared UTF-8 that is not valid UTF-8 falls through to the same fallback.
 */
final class HtmlDecoder {
    static final Charset ARABIC = Charset.forName("windows-1256");
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);

    /** Text and the charset it was decoded from. */
    record Decoded(String text, Charset charset) {
    }

    private HtmlDecoder() {
    }

    static Decoded decode(byte[] bytes) {
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
        Charset declared = declared(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !isAscii(declared)) {
            return new Decoded(new String(bytes, declared), declared);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        Charset fallback = declared != null && !declared.equals(StandardCharsets.UTF_8) ? declared : ARABIC;
        return new Decoded(new String(bytes, fallback), fallback);
    }

    /** The charset named in a meta tag near the top, if Java knows it. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("iso-8859-6") || name.equals("cp1256")) {
            name = name.equals("cp1256") ? "windows-1256" : name;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    /** Latin-1 and ASCII declarations are so often wrong that the bytes are tested as UTF-8 first. */
    private static boolean isAscii(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.equals("us-ascii") || n.equals("iso-8859-1") || n.equals("windows-1252");
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
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
