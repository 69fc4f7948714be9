package org.marsad.core.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.LinearCost;

class TextMeasureTest {
    private static final String[] PIECES = {"<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<br>", "<td>",
        "<table><tr>", "</table>", "<pre>", "</pre>", "<li>", "<ul>", "</ul>", "<b>", "</b>", "<a href=x>", "</a>",
        "<figcaption>", "</figcaption>", "<![CDATA[ مقطع ]]>", " ", "  \n ", "\t", "&nbsp;", "نص عربي", "، ", ",",
        "قال الشاهد، إن", "x", "\u200b", "<h2>", "</h2>", "<section>", "</section>", "<script>var a=1;</script>"};

    /** Every element's length, text, commas and paragraph prose, as jsoup's own text() gives them. */
    @Test
    void givesJsoupsTextOfEveryElementOfRandomPages() {
        Random r = new Random(20261207L);
        for (int round = 0; round < 1500; round++) {
            StringBuilder sb = new StringBuilder(round % 2 == 0 ? "<!DOCTYPE html><body>" : "<body>");
            int n = r.nextInt(60);
            for (int i = 0; i < n; i++) {
                sb.append(PIECES[r.nextInt(PIECES.length)]);
            }
            Document doc = Jsoup.parse(sb.toString());
            TextMeasure m = TextMeasure.of(doc.body());
            for (Element e : doc.body().getAllElements()) {
                String text = e.text();
                assertEquals(text, m.text(e), sb.toString());
                assertEquals(text.length(), m.length(e));
                assertEquals(ContentScorer.commas(text), m.commas(e));
                int prose = 0;
                for (Element p : e.getElementsByTag("p")) {
                    prose += p.text().length();
                }
                assertEquals(prose, m.prose(e), sb.toString());
            }
        }
    }

    /** Before the one pass, scoring called text() on each nested block: 20,000 nested tables took 110 s. */
    @Test
    void nestedTablesAndUnclosedBlocksAreExtractedInLinearTime() {
        HtmlExtractor extractor = new HtmlExtractor();
        String cell = "<table><tr><td>خلية فيها نص قصير، للاختبار فقط";
        LinearCost.assertLinear("nested tables", n -> {
            byte[] page = ("<html><body>" + cell.repeat(n) + "</td></tr></table>".repeat(n) + "</body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return () -> extractor.extract(page, null);
        }, 1000, 8000);
    }

    /** The lead finder read text() of every named leaf: a chain of unclosed spans named "lead". */
    @Test
    void unclosedSpansNamedLeadAreExtractedInLinearTime() {
        HtmlExtractor extractor = new HtmlExtractor();
        LinearCost.assertLinear("unclosed spans named lead", n -> {
            byte[] page = ("<html><body><p>" + "<span class=\"lead\">نص المقدمة القصيرة ".repeat(n) + "</body></html>")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return () -> extractor.extract(page, null);
        }, 1000, 8000);
    }

    /** Boilerplate removal summed the paragraphs of every caption again: nested captions holding prose. */
    @Test
    void nestedCaptionsHoldingProseAreExtractedInLinearTime() {
        HtmlExtractor extractor = new HtmlExtractor();
        LinearCost.assertLinear("nested captions holding prose", n -> {
            byte[] page = ("<html><body>" + "<div class=\"caption\"><b></b><b></b><b></b><b></b><b></b><b></b>".repeat(n) + "<p>" + "نص طويل للفقرة ".repeat(20)
                    + "</p></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return () -> extractor.extract(page, null);
        }, 1000, 8000);
    }
}
