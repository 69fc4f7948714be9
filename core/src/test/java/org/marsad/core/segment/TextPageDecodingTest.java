package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text pages go through the HTML path's decoder: every encoding read as meant, or reported. */
class TextPageDecodingTest {
    @TempDir
    Path dir;

    static final String TEXT = "افتتاح مستشفى جديد في شمال المدينة\n\n"
            + "افتتح وزير الصحة صباح اليوم مستشفى جديدا في الحي الشمالي من المدينة، يضم مئة وعشرين سريرا.\n"
            + "وقال الوزير في كلمة أمام الحضور إن المستشفى سيخدم نحو مئتي ألف نسمة من سكان الأحياء المجاورة.\n"
            + "وأضاف أن العمل جار على إنشاء مركزين صحيين آخرين في الجنوب قبل نهاية العام المقبل.\n";

    private Collect read(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        Collect c = new Collect();
        new PageReader().read(f, c);
        return c;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    /** Before: "not a text page (binary)". */
    @Test
    void utf16WithAndWithoutAByteOrderMarkIsRead() throws IOException {
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = TEXT.getBytes(StandardCharsets.UTF_16BE);
        for (byte[] bytes : new byte[][] {concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le),
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be), le, be}) {
            Collect c = read("u16.txt", bytes);
            assertEquals(java.util.List.of(), c.problems);
            assertEquals(TEXT, c.pages.get(0).text());
        }
    }

    /** Before: ISO-8859-6 was read as windows-1256, garbled. */
    @Test
    void legacyArabicCharsetsAreDetected() throws IOException {
        for (String cs : new String[] {"ISO-8859-6", "windows-1256"}) {
            Collect c = read("legacy.txt", TEXT.getBytes(Charset.forName(cs)));
            assertEquals(TEXT, c.pages.get(0).text(), cs);
            assertEquals(cs, c.pages.get(0).meta().encoding());
        }
    }

    /** Before: the whole page was read as windows-1256 (0 events); now the bytes are kept and the page reported. */
    @Test
    void utf8WithAFewBrokenSequencesIsReadWithReplacementsAndReported() throws IOException {
        byte[] good = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        int at = TEXT.indexOf("وقال");
        int byteAt = TEXT.substring(0, at).getBytes(StandardCharsets.UTF_8).length;
        bad[byteAt] = (byte) 0xFF;
        bad[byteAt + 20] = (byte) 0xC3;
        Collect c = read("broken.txt", bad);
        String text = c.pages.get(0).text();
        assertTrue(text.startsWith(TEXT.substring(0, at)), text);
        assertTrue(text.endsWith(TEXT.substring(TEXT.indexOf("وأضاف"))), text);
        assertEquals(1, c.problems.size());
        assertTrue(c.problems.get(0).reason().endsWith("broken UTF-8 sequences replaced"), c.problems.toString());
        assertTrue(c.problems.get(0).origin().endsWith("broken.txt"));
    }

    /** Before: mojibake was read as it was (0 events). */
    @Test
    void mojibakeIsRepaired() throws IOException {
        String mojibake = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1256"));
        Collect c = read("moji.txt", mojibake.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, c.pages.get(0).text());
        assertTrue(c.pages.get(0).meta().encoding().contains("repaired"), c.pages.get(0).meta().encoding());
    }

    /** Latin-1 has bytes above 0x7F but no valid UTF-8 sequence: it is not "UTF-8 with broken bytes". */
    @Test
    void latinTextIsNotTakenForBrokenUtf8() throws IOException {
        String german = "Die Schüler öffnen am Montag die Türen der neuen Bücherei für die Großeltern der Stadt. "
                .repeat(3);
        Collect c = read("latin.txt", german.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(german, c.pages.get(0).text());
        assertTrue(c.problems.get(0).reason().startsWith("charset not recognised as Arabic"), c.problems.toString());
    }

    @Test
    void bytesNoCharsetFitsAreReadAsAGuessAndReported() throws IOException {
        byte[] noise = new byte[600];
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (0x80 + r.nextInt(0x80));
        }
        Collect c = read("noise.txt", noise);
        assertEquals(1, c.problems.size(), c.problems + " " + c.pages.get(0).meta());
        assertTrue(c.problems.get(0).reason().contains("charset") || c.problems.get(0).reason().contains("UTF-8"),
                c.problems.toString());
    }
}
