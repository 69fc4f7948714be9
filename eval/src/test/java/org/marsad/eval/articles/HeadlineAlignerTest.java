package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.model.Span;

class HeadlineAlignerTest {
    private static final String HEADLINE = "وزيرا خارجية الأردن ومصر يبحثان أزمة المياه";

    @Test
    void punctuationDiacriticsAndSpacingDoNotMatter() {
        assertEquals(1.0, HeadlineAligner.similarity(HEADLINE, "وزيرا خارجيّة «الأردن» ومصر… يبحثان أزمة المياه"), 1e-9);
    }

    @Test
    void smallEditsStayAboveThresholdOtherHeadlinesFallBelow() {
        assertTrue(HeadlineAligner.similarity(HEADLINE, "وزيرا خارجية الأردن ومصر يبحثان أزمة المياه اليوم")
                >= HeadlineAligner.THRESHOLD);
        assertTrue(HeadlineAligner.similarity(HEADLINE, "أمطار غزيرة تغلق طرقاً في جنوب الأردن")
                < HeadlineAligner.THRESHOLD);
        assertEquals(0, HeadlineAligner.similarity(HEADLINE, null));
    }

    @Test
    void levenshteinCountsEdits() {
        assertEquals(1, HeadlineAligner.levenshtein("قصف", "قصفت"));
        assertEquals(2, HeadlineAligner.levenshtein("مصر", "نصل"));
    }

    @Test
    void nonTeaserWinsOverTeaserWithTheSameHeadline() {
        Article teaser = article(0, HEADLINE, true, 40);
        Article real = article(1, HEADLINE, false, 900);
        List<Alignment> a = HeadlineAligner.align(List.of(gold(HEADLINE)), List.of(teaser, real));
        assertSame(real, a.get(0).system());
    }

    @Test
    void belowThresholdStaysUnalignedAndNamesTheNearest() {
        Article other = article(0, "أمطار غزيرة تغلق طرقاً في جنوب الأردن", false, 500);
        Alignment a = HeadlineAligner.align(List.of(gold(HEADLINE)), List.of(other)).get(0);
        assertFalse(a.aligned());
        assertSame(other, a.nearest());
    }

    @Test
    void goldWithoutHeadlineTakesTheLongestNonTeaserArticle() {
        Article shortOne = article(0, "خبر قصير", false, 100);
        Article teaser = article(1, "خبر ذو صلة", true, 5000);
        Article longOne = article(2, "خبر طويل", false, 800);
        Alignment a = HeadlineAligner.align(List.of(gold(null)), List.of(shortOne, teaser, longOne)).get(0);
        assertSame(longOne, a.system());
        assertTrue(a.main());
    }

    @Test
    void alignmentIsOneToOne() {
        Article only = article(0, HEADLINE, false, 100);
        List<Alignment> a = HeadlineAligner.align(List.of(gold(HEADLINE), gold(HEADLINE)), List.of(only));
        assertSame(only, a.get(0).system());
        assertNull(a.get(1).system());
    }

    static GoldArticle gold(String headline) {
        return new GoldArticle(0, headline, null, List.of());
    }

    static Article article(int index, String headline, boolean teaser, int bodyLength) {
        return new Article(index, headline, null, List.of(new Block(BlockKind.BODY, new Span(0, bodyLength))), teaser);
    }
}
