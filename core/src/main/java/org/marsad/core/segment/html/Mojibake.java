package org.marsad.core.segment.html;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 Arabic that was once decoded as windows-1256 and saved again: every Arabic letter (UTF-8 lead byte D8 or
 * D9, then a continuation byte 80-BF) shows as "ط" or "ظ" followed by a symbol ("ط§ظ„" for "ال"). When the text
 * holds enough such pairs, each word holding one is encoded back to windows-1256 and decoded as strict UTF-8;
 * a clean round trip is the repair of that word. When most broken words cannot be repaired the text is returned
 * unchanged with a note.
 */
public final class Mojibake {
    /** How the note of an unrepaired text begins. */
    public static final String SUSPECTED = "looks like UTF-8 read as windows-1256";
    private Mojibake() {
    }

    static HtmlDecoder.Decoded repair(HtmlDecoder.Decoded decoded) {
        String text = decoded.text();
        int pairs = pairs(text);
        if (pairs < HtmlDecoder.MOJIBAKE_PAIRS || pairs * 4 < arabicLetters(text)) {
            return decoded;
        }
        String fixed = repairWords(text);
        if (fixed == null) {
            return new HtmlDecoder.Decoded(text, decoded.charset(),
                    SUSPECTED + " (" + pairs + " broken letters), not repaired");
        }
        return new HtmlDecoder.Decoded(fixed, decoded.charset(),
                "repaired UTF-8 that had been read as windows-1256 (" + pairs + " letters)");
    }

    /** "ط" or "ظ" followed by a character that windows-1256 encodes as a UTF-8 continuation byte. */
    static int pairs(String text) {
        CharsetEncoder enc = HtmlDecoder.ARABIC.newEncoder();
        int n = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'ط' || c == 'ظ') && isContinuation(enc, text.charAt(i + 1))) {
                n++;
                i++;
            }
        }
        return n;
    }

    private static boolean isContinuation(CharsetEncoder enc, char c) {
        if (c < 0x80 || !enc.canEncode(c)) {
            return false;
        }
        try {
            int b = enc.encode(CharBuffer.wrap(new char[] {c})).get() & 0xFF;
            return b >= 0x80 && b <= 0xBF;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static int arabicLetters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0621' && c <= '\u064A') {
                n++;
            }
        }
        return n;
    }

    /** Every word with a broken pair round-tripped; null when fewer than half of those words come back clean. */
    static String repairWords(String text) {
        java.util.regex.Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int broken = 0;
        int fixed = 0;
        while (m.find()) {
            String word = m.group();
            String repaired = null;
            if (pairs(word) > 0) {
                broken++;
                repaired = roundTrip(word);
                fixed += repaired == null ? 0 : 1;
            }
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(repaired == null ? word : repaired));
        }
        m.appendTail(out);
        return fixed * 2 >= broken ? out.toString() : null;
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[^\\s<>\"'=]+");

    /** The text encoded to windows-1256 and decoded as strict UTF-8, or null when either step fails. */
    static String roundTrip(String text) {
        try {
            ByteBuffer bytes = HtmlDecoder.ARABIC.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
