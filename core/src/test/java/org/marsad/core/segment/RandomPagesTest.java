package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random pages built from the pieces real pages are made of: the splitter never throws and its spans hold. */
class RandomPagesTest {
    private static final String[] PIECES = {
        "قصف", "الجيش", "في", "على", "،", ".", "؟", "…", "(", ")", "«", "»", "(أ.ف.ب)", "TT", "شارك", "مقالات ذات صلة",
        "اقرأ أيضاً", ":", "-", "2024", "نوفمبر", "\n", "\n", "\n\n", "\r\n", " ", " ", " ", "\u200f", "\uD800", "x",
        "سمير حداد (بيروت)", "وقال الوزير إن المحادثات ستستمر الأسبوع المقبل في العاصمة.",
    };

    private static String randomPage(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(400);
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
            if (r.nextInt(4) > 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }

    @Test
    void randomPagesSplitWithoutErrorIntoOrderedSpansInsideThePage() {
        ArticleSplitter splitter = new ArticleSplitter();
        Random r = new Random(20261129L);
        for (int round = 0; round < 1500; round++) {
            String text = randomPage(r);
            PageFormat format = round % 3 == 0 ? PageFormat.JSONL : PageFormat.SCRAPED_TEXT;
            String title = round % 3 == 0 && text.length() > 5 ? text.substring(0, 5) : null;
            List<Article> articles = splitter.split(Page.of("r", format, text, new PageMeta(null, null, null, title)));
            long full = articles.stream().filter(x -> !x.teaser()).count();
            int nextArticle = 0;
            int nextTeaser = (int) full;
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                assertEquals(a.teaser() ? nextTeaser++ : nextArticle++, a.index(), "articles count first, teasers after");
                if (a.headlineSpan() != null) {
                    assertEquals(a.headline(), a.headlineSpan().of(text));
                }
                for (int b = 0; b < a.blocks().size(); b++) {
                    var span = a.blocks().get(b).span();
                    assertTrue(span.end() <= text.length() && span.length() > 0);
                    assertTrue(b == 0 || a.blocks().get(b - 1).span().end() <= span.start(), "blocks in page order");
                }
            }
        }
    }
}
