package org.marsad.learn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.articles.PageCoder;
import org.marsad.model.Event;

/**
 * {@code marsad eval articles gold/ant --split train --decider oof}: each article of the gold's train part coded by
 * the pipeline deciding with the model that did not see it (trained on the GSR and the other folds' articles, 5
 * folds by document, as {@link EventModelTraining#articleThreshold()} codes them), at the shipped threshold. So the
 * train part's errors can be read honestly: the shipped model saw every one of these articles. A page that is not
 * a coded train article is refused by name (no model is out of fold for it).
 */
public final class OutOfFoldArticles implements PageCoder {
    private final Pipeline pipeline;
    private final Pipeline[] byFold;
    private final Map<String, Integer> folds;

    /** @param threshold the threshold every fold's decider keeps a candidate at (the shipped model's) */
    public OutOfFoldArticles(Pipeline pipeline, EventModelTraining training, float threshold) {
        this.pipeline = pipeline;
        this.folds = training.foldsByPage();
        this.byFold = new Pipeline[EventModelTraining.FOLDS];
        for (int f = 0; f < byFold.length; f++) {
            TrainedDecider d = training.foldDecider(f, threshold);
            byFold[f] = pipeline.withDecider(d);
        }
    }

    @Override
    public List<Article> split(Page page) {
        return pipeline.articleSplitter().split(page);
    }

    @Override
    public List<Event> events(Page page, Article article, LocalDate published) {
        Integer f = folds.get(page.docId());
        if (f == null) {
            throw new IllegalArgumentException(page.origin() + " is not an article of the gold's train part: no model"
                    + " is out of fold for it (--decider oof scores --split train only)");
        }
        return byFold[f].events(page, article, published);
    }
}
