package org.marsad.eval.articles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;

/**
 * Scores one page against its gold: split, align by headline, code each aligned article with the gold
 * publication date and pair its events; code every other system article (teasers included) with the page's own
 * date, its events all false positives. Teasers are coded too, so that a regression that lets a teaser
 * yield events shows up here.
 */
public final class PageScorer {
    private final PageCoder coder;

    public PageScorer(PageCoder coder) {
        if (coder == null) {
            throw new IllegalArgumentException("a page scorer needs a coder");
        }
        this.coder = coder;
    }

    public PageScore score(Page page, GoldPage gold) {
        List<Article> system = coder.split(page);
        List<Alignment> alignments = HeadlineAligner.align(gold.articles(), system);
        Map<Article, Boolean> used = new IdentityHashMap<>();
        List<ArticleScore> scores = new ArrayList<>();
        for (Alignment a : alignments) {
            List<Event> events = List.of();
            if (a.aligned()) {
                used.put(a.system(), true);
                events = coder.events(page, a.system(), a.gold().published());
            }
            scores.add(new ArticleScore(a, events, EventPairer.pair(a.gold().events(), events)));
        }
        LocalDate pageDate = page.meta().published();
        List<StrayArticle> strays = new ArrayList<>();
        for (Article s : system) {
            if (!used.containsKey(s)) {
                strays.add(new StrayArticle(s, coder.events(page, s, pageDate)));
            }
        }
        return new PageScore(gold.origin(), page, scores, strays);
    }
}
