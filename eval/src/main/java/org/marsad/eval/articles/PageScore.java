package org.marsad.eval.articles;

import java.util.List;
import org.marsad.eval.Prf;

/** One page scored: the gold file and page it came from, each gold article, and the stray system articles. */
public record PageScore(String gold, String page, List<ArticleScore> articles, List<StrayArticle> strays) {
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
}
