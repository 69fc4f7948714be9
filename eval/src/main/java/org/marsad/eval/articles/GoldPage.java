package org.marsad.eval.articles;

import java.util.List;

/** A parsed {@code NAME.gold.json}: where it was read from, the page file it names, and its articles. */
public record GoldPage(String origin, String page, List<GoldArticle> articles) {
    public GoldPage {
        articles = List.copyOf(articles);
    }
}
