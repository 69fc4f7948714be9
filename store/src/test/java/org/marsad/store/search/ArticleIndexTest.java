package org.marsad.store.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Span;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;

class ArticleIndexTest {
    @TempDir
    Path dir;

    /** A page of one article: headline, blank line, body; the optional second article is a teaser. */
    static PageResult page(String name, String headline, String body, String teaser) {
        String text = headline + "\n\n" + body + (teaser == null ? "" : "\n\n" + teaser);
        Page page = Page.of(name, PageFormat.SCRAPED_TEXT, text,
                new PageMeta("https://example.org/" + name, "example.org", LocalDate.of(2024, 11, 10), headline));
        int b = text.indexOf(body);
        List<Article> articles = new ArrayList<>();
        articles.add(new Article(0, headline, new Span(0, headline.length()),
                List.of(new Block(BlockKind.BODY, new Span(b, b + body.length()))), false));
        if (teaser != null) {
            int t = text.indexOf(teaser);
            articles.add(new Article(1, null, null, List.of(new Block(BlockKind.BODY, new Span(t, text.length()))), true));
        }
        return new PageResult(page, articles, List.of());
    }

    private static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream(ArticleIndex.BODY, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    private void storeTwoCities(EventStore s) {
        s.storeAll(List.of(
                page("a.txt", "غارات على ريف المدينة", "قصفت الطائرات أطراف إدلب صباح الأحد وتضررت مدرسة.", null),
                page("b.txt", "اجتماع في حلب", "عقد المجلس المحلي في حلب اجتماعا لبحث توزيع الخبز.",
                        "تقرير قصير عن إدلب في صفحة أخرى")));
    }

    @Test
    void theFourSpellingsOfIdlibAnalyseToOneTerm() throws IOException {
        Analyzer a = new ArabicSearchAnalyzer();
        List<String> plain = terms(a, "إدلب");
        assertEquals(1, plain.size());
        for (String form : new String[] {"ادلب", "بإدلب", "وإدلب"}) {
            assertEquals(plain, terms(a, form), form);
        }
        assertFalse(plain.equals(terms(a, "حلب")), "a different city must not collapse into Idlib");
    }

    @Test
    void eachSpellingOfIdlibFindsTheIdlibArticleAndOnlyIt() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            for (String form : new String[] {"إدلب", "ادلب", "بإدلب", "وإدلب"}) {
                SearchResult r = s.search(form, 10, 0);
                assertEquals(1, r.total(), form);
                assertEquals("a.txt", s.page(r.hits().get(0).docId()).orElseThrow().origin(), form);
            }
        }
    }

    @Test
    void prefixesAndTheArticleAreStrippedAlike() throws IOException {
        Analyzer a = new ArabicSearchAnalyzer();
        assertEquals(terms(a, "مدرسة"), terms(a, "المدرسة"));
        assertEquals(terms(a, "مدرسة"), terms(a, "بالمدرسة"));
        assertEquals(terms(a, "مدينة"), terms(a, "للمدينة"));
        assertEquals(terms(a, "مدينة"), terms(a, "وبالمدينة"));
        assertEquals(List.of("ولد"), terms(a, "ولد"), "a three-letter word keeps its first letter");
    }

    @Test
    void teasersAreNotIndexed() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            SearchResult r = s.search("تقرير قصير", 10, 0);
            assertEquals(0, r.total());
        }
    }

    @Test
    void theSnippetIsPlainTextAndItsMarksPointAtTheMatchedWord() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            SearchHit h = s.search("ادلب", 10, 0).hits().get(0);
            assertEquals("غارات على ريف المدينة", h.headline());
            assertEquals(1, h.marks().size());
            Mark m = h.marks().get(0);
            assertEquals("إدلب", h.snippet().substring(m.start(), m.end()));
            assertEquals("2024-11-10", h.published());
            assertEquals("https://example.org/a.txt", h.url());
            assertTrue(h.score() > 0);
        }
    }

    @Test
    void allWordsAreRequiredAndPhrasesKeepTheirOrder() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            assertEquals(1, s.search("المجلس حلب", 10, 0).total());
            assertEquals(0, s.search("المجلس إدلب", 10, 0).total());
            assertEquals(1, s.search("\"المجلس المحلي\"", 10, 0).total());
            assertEquals(0, s.search("\"المحلي المجلس\"", 10, 0).total());
        }
    }

    @Test
    void luceneSyntaxInTheTextIsReadAsPlainWords() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            for (String q : new String[] {"حلب AND (", "*:*", "\"حلب", "حلب~ ^2 [a TO", "OR", "\"\"", "!حلب", "/x/"}) {
                SearchResult r = s.search(q, 10, 0);
                assertTrue(r.total() <= 1, q);
            }
            assertEquals(0, s.search("في على من", 10, 0).total(), "only stop words match nothing");
            assertThrows(IllegalArgumentException.class, () -> s.search(" ", 10, 0));
            assertThrows(IllegalArgumentException.class, () -> s.search("حلب", 0, 0));
        }
    }

    @Test
    void storingThePagesAgainAddsNoDuplicateHits() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            storeTwoCities(s);
        }
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            assertEquals(1, s.search("إدلب", 10, 0).total());
        }
    }

    @Test
    void everyDocumentHasAHeadlineAndBodyNormButOnlyArticlesCountForTheScores() throws IOException {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            s.storeAll(List.of(page("c.txt", "", "خبر بلا عنوان عن المطر في حماة.", null)));
        }
        try (org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(
                org.apache.lucene.store.FSDirectory.open(dir.resolve(ArticleIndex.FOLDER)))) {
            int docs = 0;
            for (org.apache.lucene.index.LeafReaderContext leaf : r.leaves()) {
                for (String field : List.of(ArticleIndex.HEADLINE, ArticleIndex.BODY)) {
                    org.apache.lucene.index.NumericDocValues norms = leaf.reader().getNormValues(field);
                    int n = 0;
                    while (norms.nextDoc() != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                        n++;
                    }
                    assertEquals(leaf.reader().maxDoc(), n, field + " norms in a segment of " + leaf.reader().maxDoc());
                }
                docs += leaf.reader().maxDoc();
            }
            assertEquals(6, docs); // three page markers, three articles (the teaser is not indexed)
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(r);
            // the markers' empty fields have no terms: the statistics BM25 reads are the articles' alone
            assertEquals(3, searcher.collectionStatistics(ArticleIndex.BODY).docCount());
            assertEquals(2, searcher.collectionStatistics(ArticleIndex.HEADLINE).docCount());
        }
    }

    @Test
    void replacingAPageSwapsItsArticles() {
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), StoreException::new)) {
            index.replace("d1", List.of(new ArticleDoc("d1", 0, "عنوان", "زار الوفد إدلب", null, null, null, 0)));
            index.commit();
            index.replace("d1", List.of(new ArticleDoc("d1", 0, "عنوان", "زار الوفد حماة", null, null, null, 2)));
            index.commit();
            assertEquals(0, index.search("إدلب", 10, 0).total());
            SearchResult r = index.search("الوفد", 10, 0);
            assertEquals(1, r.total());
            assertEquals(2, r.hits().get(0).events());
        }
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheStoreOnOpen() throws IOException {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
        }
        Path lucene = dir.resolve(ArticleIndex.FOLDER);
        assertTrue(Files.isDirectory(lucene));
        delete(lucene);
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(1, s.search("بإدلب", 10, 0).total());
            assertEquals(1, s.search("حلب", 10, 0).total());
        }
    }

    @Test
    void catchUpIndexesOnlyThePagesTheIndexLacks() {
        try (EventStore s = EventStore.open(dir)) {
            storeTwoCities(s);
            try (ArticleIndex other = ArticleIndex.open(dir.resolve("second"), StoreException::new)) {
                other.replace(s.docIds().get(0), s.articleDocs(s.docIds().get(0)));
                other.commit();
                assertEquals(1, other.catchUp(s));
                assertEquals(0, other.catchUp(s));
                assertEquals(2, other.pages().size());
            }
        }
    }

    @Test
    void limitAndOffsetPageThroughTheHits() {
        try (EventStore s = EventStore.open(dir)) {
            List<PageResult> pages = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                pages.add(page("p" + i + ".txt", "خبر " + i, "وصلت قافلة مساعدات إلى القرية رقم " + i + ".", null));
            }
            s.storeAll(pages);
            SearchResult first = s.search("قافلة", 2, 0);
            SearchResult last = s.search("قافلة", 2, 4);
            assertEquals(5, first.total());
            assertEquals(2, first.hits().size());
            assertEquals(1, last.hits().size());
        }
    }

    @Test
    void aLongBodyIsCutAroundTheFirstMatchAtWordBoundaries() {
        String filler = "كلام عام عن الطقس والأسواق 😀 ".repeat(30);
        String body = filler + "ثم وصل وفد إلى بإدلب ظهرا. " + filler;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), StoreException::new)) {
            index.replace("d1", List.of(new ArticleDoc("d1", 0, "", body, null, null, null, 0)));
            index.commit();
            SearchHit h = index.search("إدلب", 1, 0).hits().get(0);
            assertTrue(h.snippet().length() <= Snippets.WIDTH + 20, h.snippet());
            assertTrue(body.contains(h.snippet()), "the snippet is a piece of the body");
            assertEquals(1, h.marks().size());
            Mark m = h.marks().get(0);
            assertEquals("بإدلب", h.snippet().substring(m.start(), m.end()));
            assertTrue(m.start() > 0, "some context is kept before the match");
            assertFalse(Character.isLowSurrogate(h.snippet().charAt(0)));
        }
    }

    @Test
    void theSnippetIsTheBestPassageNotTheFirstMatch() {
        String caption = "صورة أرشيفية من إدلب.\n";
        String filler = "وتحدث السكان عن الأسعار والطقس في الأسواق المحلية. ".repeat(8);
        String best = "وتواصل القصف على ريف إدلب الجنوبي حيث طال القصف بلدات إدلب الشرقية.";
        String body = caption + filler + best + " " + filler;
        try (ArticleIndex index = ArticleIndex.open(dir.resolve("idx"), StoreException::new)) {
            index.replace("d1", List.of(new ArticleDoc("d1", 0, "", body, null, null, null, 0)));
            index.commit();
            SearchHit h = index.search("القصف إدلب", 1, 0).hits().get(0);
            assertTrue(h.snippet().contains("طال القصف بلدات"), h.snippet());
            assertFalse(h.snippet().contains("صورة أرشيفية"), "not the caption that comes first: " + h.snippet());
            assertTrue(h.marks().size() >= 4, h.marks().toString());
            for (Mark m : h.marks()) {
                String word = h.snippet().substring(m.start(), m.end());
                assertTrue(word.equals("إدلب") || word.equals("القصف"), word);
            }
        }
    }

    @Test
    void aBodyThatRepeatsTheHeadlineIsIndexedWithoutIt() {
        ArticleDoc d = new ArticleDoc("d1", 0, "عنوان الخبر", "عنوان الخبر\n\nنص الخبر هنا.", null, null, null, 0);
        assertEquals("نص الخبر هنا.", d.body());
    }

    @Test
    void anIndexThatFellBehindTheStoreCatchesUpOnOpen() throws IOException {
        try (EventStore s = EventStore.open(dir)) {
            s.store(page("a.txt", "غارات", "قصفت الطائرات أطراف إدلب.", null));
        }
        Path lucene = dir.resolve(ArticleIndex.FOLDER);
        Path saved = copy(lucene, dir.resolve("saved"));
        try (EventStore s = EventStore.open(dir)) {
            s.store(page("b.txt", "اجتماع", "عقد المجلس في حلب اجتماعا.", null));
        }
        delete(lucene);
        copy(saved, lucene);
        try (ArticleIndex old = ArticleIndex.open(lucene, StoreException::new)) {
            assertEquals(1, old.pages().size(), "the restored index is one commit behind, as after a crash");
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(1, s.search("حلب", 10, 0).total());
            assertEquals(1, s.search("إدلب", 10, 0).total());
        }
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (!f.getFileName().toString().equals("write.lock")) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
