package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.eval.articles.GoldArticle;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;

/**
 * The coded articles of one part of the stand-off gold, each read as the pipeline reads it: the stand-off entry, the
 * page, its main article and the coded article. A file that cannot be read, or a page without an article, is left
 * out with its reason in {@code problems}. What the trainings that learn from the article gold start from.
 */
final class CodedArticles {
    /** One coded article. */
    record Coded(StandoffGold.Entry entry, Page page, Article main, GoldArticle gold) {
    }

    private CodedArticles() {
    }

    static List<Coded> of(Path gold, String split, StandoffGold reader, Pipeline pipeline, List<String> problems) {
        List<Coded> out = new ArrayList<>();
        for (Path f : new StandoffSet(gold).files(split)) {
            StandoffGold.Entry entry;
            try {
                entry = reader.read(f);
            } catch (GoldFormatException e) {
                problems.add(e.getMessage());
                continue;
            }
            Page page = CorpusPage.read(entry.pageFile(), problems).orElse(null);
            if (page == null) {
                continue;
            }
            Article main = CorpusPage.mainArticle(pipeline.articleSplitter().split(page)).orElse(null);
            if (main != null) {
                out.add(new Coded(entry, page, main, entry.gold().articles().get(0)));
            }
        }
        return out;
    }
}
