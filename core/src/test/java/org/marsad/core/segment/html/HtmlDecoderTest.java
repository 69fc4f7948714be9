package org.marsad.core.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlDecoderTest {
    private static final Charset CP1256 = Charset.forName("windows-1256");
    private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");

    @Test
    void theHttpOrWarcHeaderCharsetComesBeforeTheMetaDeclaration() {
        byte[] bytes = HtmlExtractorTest.newsPage("<meta charset=\"utf-8\">").getBytes(CP1256);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=windows-1256");
        assertEquals(CP1256, d.charset());
        assertTrue(d.text().contains(HtmlExtractorTest.FIRST));
    }

    @Test
    void aLegacyDeclarationOnUtf8BytesIsOverruled() {
        byte[] bytes = HtmlExtractorTest.newsPage("<meta charset=\"windows-1256\">").getBytes(StandardCharsets.UTF_8);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(bytes, "text/html; charset=ISO-8859-6");
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertTrue(d.text().contains(HtmlExtractorTest.FIRST));
        assertTrue(d.note().contains("ISO-8859-6"), d.note());
    }

    @Test
    void anUnknownHeaderCharsetIsIgnored() {
        assertNull(HtmlDecoder.fromHeader("text/html; charset=no-such-thing"));
        assertNull(HtmlDecoder.fromHeader("text/html"));
        assertEquals(CP1256, HtmlDecoder.fromHeader("text/html;charset=\"cp1256\""));
    }

    @Test
    void isoArabicPagesAreDetectedWithoutAnyDeclaration() {
        String page = HtmlExtractorTest.newsPage("");
        HtmlExtraction x = new HtmlExtractor().extract(page.getBytes(ISO_8859_6), null);
        assertTrue(x.text().contains(HtmlExtractorTest.SECOND), x.text());
    }

    @Test
    void windows1256PagesAreDetectedWithoutAnyDeclaration() {
        HtmlDecoder.Decoded d = HtmlDecoder.decode(HtmlExtractorTest.newsPage("").getBytes(CP1256), null);
        assertTrue(d.text().contains(HtmlExtractorTest.THIRD));
    }

    @Test
    void mojibakeOfUtf8ReadAsWindows1256IsRepaired() {
        String page = HtmlExtractorTest.newsPage("<meta charset=\"utf-8\">");
        String broken = new String(page.getBytes(StandardCharsets.UTF_8), CP1256);
        assertTrue(Mojibake.pairs(broken) > HtmlDecoder.MOJIBAKE_PAIRS);
        HtmlDecoder.Decoded d = HtmlDecoder.decode(broken.getBytes(StandardCharsets.UTF_8), null);
        assertTrue(d.text().contains(HtmlExtractorTest.FIRST));
        assertNotNull(d.note());
        assertTrue(d.note().startsWith("repaired"), d.note());
    }

    @Test
    void cleanArabicIsNotTakenForMojibake() {
        String page = HtmlExtractorTest.newsPage("<meta charset=\"utf-8\">") + "<p>ضغط، خطط، نظام ظل</p>";
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null);
        assertNull(d.note());
        assertEquals(page, d.text());
    }

    @Test
    void mojibakeThatCannotBeRepairedIsReported() {
        String broken = new String(HtmlExtractorTest.FIRST.getBytes(StandardCharsets.UTF_8), CP1256);
        // a dangling lead byte closes every word: the round trip can no longer give valid UTF-8
        String mangled = broken.replace(" ", "ط ");
        String page = "<html><body><p>" + mangled + "</p></body></html>";
        HtmlDecoder.Decoded d = HtmlDecoder.decode(page.getBytes(StandardCharsets.UTF_8), null);
        assertNotNull(d.note());
        assertTrue(d.note().startsWith(Mojibake.SUSPECTED), d.note());
    }
}
