package org.marsad.eval.articles;

import org.marsad.core.segment.Article;

/**
 * Which system article a gold article was aligned to ({@code system}, null when none), the system article
 * nearest by headline ({@code nearest}, for reports; the aligned one when aligned), its headline similarity,
 * and whether the alignment came from the main-article rule (gold headline null).
 */
public record Alignment(GoldArticle gold, Article system, Article nearest, double similarity, boolean main) {
    public boolean aligned() {
        return system != null;
    }
}
