package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.html.HtmlExtractorTest;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void anHtmlPageSplitsIntoItsHeadlineAndOneBodyBlockPerParagraph() {
        Page page = reader.read("page.html", HtmlExtractorTest.newsPage("").getBytes(StandardCharsets.UTF_8))
                .orElseThrow();
        assertEquals(PageFormat.HTML, page.format());
        assertEquals(LocalDate.of(2024, 3, 5), page.meta().published());
        assertEquals("example-news.org", page.meta().outlet());
        List<Article> articles = new ArticleSplitter().split(page);
        assertEquals(1, articles.size());
        assertEquals("مزارعون يحتجون أمام مبنى المحافظة", articles.get(0).headline());
        List<String> body = articles.get(0).bodyBlocks().stream().map(Block::span).map(s -> s.of(page.text()))
                .toList();
        assertEquals(List.of(HtmlExtractorTest.FIRST, HtmlExtractorTest.SECOND, HtmlExtractorTest.THIRD), body);
    }

    @Test
    void aLegacyArabicPageNamesItsEncoding() {
        Page page = reader.read("page.html", HtmlExtractorTest.newsPage("").getBytes(Charset.forName("windows-1256")))
                .orElseThrow();
        assertEquals("windows-1256", page.meta().encoding());
        assertTrue(page.text().contains(HtmlExtractorTest.SECOND));
    }

    @Test
    void aPageWithoutTextGivesNoPage() {
        assertTrue(reader.read("empty.html", "<html><body><script>x()</script></body></html>"
                .getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
