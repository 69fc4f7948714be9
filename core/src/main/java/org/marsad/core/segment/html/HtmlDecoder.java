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
 * <p>
 * The one decoder of every page: text pages ({@code .txt}, ANT, JSON Lines) go through it too. UTF-16 is read
 * with or without a byte-order mark (Arabic or Latin text in UTF-16 shows as a regular pattern of zero and 0x06
 * bytes); bytes that are UTF-8 but for a few broken sequences are read as UTF-8 with those replaced (U+FFFD);
 * when nothing fits, windows-1256 is a guess. A replacement, a guess and a suspected mis-decoding are
 * {@link Decoded#doubtful()}: the reader reports them with the page's path.
 */
public final class HtmlDecoder {
    static final Charset ARABIC = Charset.forName("windows-1256");
    /** How many bytes detection looks at: enough for any page's statistics, bounded for huge pages. */
    static final int DETECT_BYTES = 64 * 1024;
    /** Mojibake pairs needed before a repair is tried. */
    static final int MOJIBAKE_PAIRS = 8;
    private static final Pattern DECLARED = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADER = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]+)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Text, the charset it was decoded from, and a note on a repaired or suspected mis-decoding (may be null);
     * {@code doubtful}: the note says the text may not be what the bytes meant, and is to be reported.
     */
    public record Decoded(String text, Charset charset, String note, boolean doubtful) {
        Decoded(String text, Charset charset, String note) {
            this(text, charset, note, isDoubtful(note));
        }

        Decoded(String text, Charset charset) {
            this(text, charset, null, false);
        }
    }

    /** True for a note saying the text may not be what the bytes meant (to be reported with the page). */
    public static boolean isDoubtful(String note) {
        return note != null && (note.startsWith(Mojibake.SUSPECTED) || note.endsWith(BROKEN_UTF8)
                || note.startsWith(GUESSED));
    }

    /** How a note on broken UTF-8 ends. */
    static final String BROKEN_UTF8 = "broken UTF-8 sequences replaced";
    /** How the note of a guessed charset begins. */
    static final String GUESSED = "charset not recognised";
    /** At most one broken sequence per this many decoded characters for bytes to count as UTF-8. */
    static final int CHARS_PER_BROKEN = 50;
    /** At least this many valid multi-byte characters per broken sequence for bytes to count as UTF-8. */
    static final int VALID_PER_BROKEN = 20;

    private HtmlDecoder() {
    }

    /** The bytes of a page with no header: a text page, or HTML whose only declaration is its own. */
    public static Decoded decode(byte[] bytes) {
        return decode(bytes, null);
    }

    /** {@code contentType} is the HTTP or WARC {@code Content-Type} header value, or null. */
    public static Decoded decode(byte[] bytes, String contentType) {
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
        Charset utf16 = utf16(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16);
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
        Decoded mostly = mostlyUtf8(bytes);
        if (mostly != null) {
            return mostly;
        }
        Charset detected = detect(bytes);
        if (detected != null && (isArabicCapable(detected) || declared != null)) {
            return new Decoded(new String(bytes, detected), detected);
        }
        if (detected != null) {
            // undeclared, and ICU names a charset without Arabic (GB18030 for noise, Latin-1...): read, reported
            return new Decoded(new String(bytes, detected), detected, GUESSED + " as Arabic, read as "
                    + detected.name(), true);
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(bytes, declared), declared);
        }
        return new Decoded(new String(bytes, ARABIC), ARABIC, GUESSED + ", read as windows-1256", true);
    }

    /**
     * UTF-8 but for a few broken sequences (a truncated copy, a bad byte): read as UTF-8 with each replaced, and
     * noted. Null when the broken sequences are too many for that, or the text has no multi-byte character.
     */
    static Decoded mostlyUtf8(byte[] bytes) {
        if (!hasMultiByte(bytes)) {
            return null;
        }
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        int broken = 0;
        int multiByte = 0;
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c == '\uFFFD') {
                broken++;
            } else if (c >= 0x80) {
                multiByte++;
            }
        }
        // Latin-1 or windows-1252 text has bytes above 0x7F too, but almost no valid UTF-8 sequence among them
        if ((long) broken * CHARS_PER_BROKEN > lenient.length() || multiByte < VALID_PER_BROKEN * broken) {
            return null;
        }
        return new Decoded(lenient, StandardCharsets.UTF_8, broken + " " + BROKEN_UTF8, true);
    }

    /**
     * UTF-16 without a byte-order mark: in the first bytes, the high byte of (nearly) every code unit is 0x00
     * (ASCII) or 0x06 (Arabic), and the low bytes are not; LE or BE by which half holds them. Null otherwise.
     */
    public static Charset utf16(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenHigh = 0;
        int oddHigh = 0;
        int zeros = 0;
        for (int i = 0; i < n; i += 2) {
            int a = bytes[i] & 0xFF;
            int b = bytes[i + 1] & 0xFF;
            evenHigh += a == 0 || a == 6 ? 1 : 0;
            oddHigh += b == 0 || b == 6 ? 1 : 0;
            zeros += (a == 0 ? 1 : 0) + (b == 0 ? 1 : 0);
        }
        int units = n / 2;
        if (zeros == 0) {
            return null; // Arabic alone never has a zero byte: a space or digit would
        }
        Charset c = oddHigh * 10 >= units * 9 && evenHigh * 2 < units ? StandardCharsets.UTF_16LE
                : evenHigh * 10 >= units * 9 && oddHigh * 2 < units ? StandardCharsets.UTF_16BE : null;
        if (c == null) {
            return null;
        }
        try {
            c.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, bytes.length & ~1));
            return c;
        } catch (CharacterCodingException e) {
            return null;
        }
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

    /** UTF-8, UTF-16 and the legacy Arabic charsets: windows-1256, ISO-8859-6, the IBM Arabic code pages. */
    private static boolean isArabicCapable(Charset c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return n.startsWith("utf-") || n.equals("windows-1256") || n.equals("iso-8859-6") || n.equals("ibm420")
                || n.equals("ibm864") || n.startsWith("x-ibm420") || n.equals("x-mac-arabic");
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
