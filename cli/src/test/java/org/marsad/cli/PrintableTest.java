package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PrintableTest {
    @Test
    void aNewlineInAFileNameCannotForgeALine() {
        String name = "a.txt\nmarsad: 0 pages stored, 0 skipped";
        assertEquals("a.txt\\nmarsad: 0 pages stored, 0 skipped", Printable.of(name));
    }

    @Test
    void terminalEscapesAndOtherControlsAreShownAsCodes() {
        assertEquals("\\x1b[2J\\x1b]0;pwned\\x07x", Printable.of("\u001b[2J\u001b]0;pwned\u0007x"));
        assertEquals("\\r\\t\\x00\\x7f\\x85\\x9b", Printable.of("\r\t\u0000\u007f\u0085\u009b"));
    }

    @Test
    void bidiOverridesAndSeparatorsAreEscapedButArabicAndMarksStay() {
        // U+202E would show "txt.exe" as "exe.txt"; U+2028 breaks a line in some terminals
        assertEquals("\\u202eexe.txt\\u2028\\u2066", Printable.of("\u202eexe.txt\u2028\u2066"));
        String arabic = "صفحة\u200f-أولى.txt";
        assertSame(arabic, Printable.of(arabic));
    }

    @Test
    void theBackslashIsEscapedSoThatAnEscapeIsUnambiguous() {
        assertEquals("a\\\\nb", Printable.of("a\\nb"));
        assertEquals("null", Printable.of(null));
    }

    @Test
    void loneSurrogatesAreEscapedAndPairsKept() {
        assertEquals("\\ud800x\\udc00", Printable.of("\ud800x\udc00"));
        assertEquals("😀", Printable.of("😀"));
    }

    @Test
    void noRandomStringPrintsAControlCharacter() {
        Random r = new Random(19);
        for (int i = 0; i < 2000; i++) {
            char[] c = new char[r.nextInt(20)];
            for (int j = 0; j < c.length; j++) {
                c[j] = (char) (r.nextBoolean() ? r.nextInt(0x100) : r.nextInt(0x10000));
            }
            String p = Printable.of(new String(c));
            assertFalse(p.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f || (ch >= 0x80 && ch <= 0x9f)
                    || ch == 0x2028 || ch == 0x202e), p);
        }
    }
}
