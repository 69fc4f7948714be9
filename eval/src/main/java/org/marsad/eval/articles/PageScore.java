package org.marsad.eval.articles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.segment.Page;
import org.marsad.eval.Prf;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/** One page scored: the gold file and the page it came from, each gold article, and the stray system articles. */
public record PageScore(String gold, Page page, List<ArticleScore> articles, List<StrayArticle> strays) {
    public PageScore {
        articles = List.copyOf(articles);
        strays = List.copyOf(strays);
    }

    /** Event counts: pairs and leftovers of the aligned articles, plus every stray article's events as FP. */
    public Prf events() {
        Prf p = Prf.ZERO;
        for (ArticleScore a : articles) {
            p = p.plus(new Prf(a.pairing().tp(), a.pairing().fp(), a.pairing().fn()));
        }
        return p.plus(new Prf(0, strayEvents(false) + strayEvents(true), 0));
    }

    /** Events yielded by stray articles that are teasers ({@code true}) or not. */
    public int strayEvents(boolean teasers) {
        return strays.stream().filter(s -> s.article().teaser() == teasers).mapToInt(s -> s.events().size()).sum();
    }

    public int optionalMatched() {
        return articles.stream().mapToInt(a -> a.pairing().optionalMatched()).sum();
    }

    public FieldScores fields() {
        FieldScores f = FieldScores.ZERO;
        for (ArticleScore a : articles) {
            for (Judgement j : a.pairing().pairs()) {
                f = f.plus(FieldScores.of(j));
            }
        }
        return f;
    }

    public int aligned() {
        return (int) articles.stream().filter(a -> a.alignment().aligned()).count();
    }

    /**
     * Event counts by type: a true positive and a false negative under the gold event's type, a false positive
     * under the system event's type.
     */
    public Map<EventType, Prf> byType() {
        Map<EventType, Prf> out = new EnumMap<>(EventType.class);
        for (ArticleScore a : articles) {
            a.pairing().pairs().stream().filter(j -> !j.gold().optional())
                    .forEach(j -> add(out, j.gold().type().primary(), new Prf(1, 0, 0)));
            a.pairing().unpairedGold().stream().filter(g -> !g.optional())
                    .forEach(g -> add(out, g.type().primary(), new Prf(0, 0, 1)));
            a.pairing().unpairedSystem().forEach(e -> add(out, e.type(), new Prf(0, 1, 0)));
        }
        for (StrayArticle s : strays) {
            for (Event e : s.events()) {
                add(out, e.type(), new Prf(0, 1, 0));
            }
        }
        return out;
    }

    static void add(Map<EventType, Prf> counts, EventType type, Prf p) {
        counts.merge(type, p, Prf::plus);
    }
}
