package org.marsad.eval.articles;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;

/** The system under evaluation: splits a page into articles and codes one article's events. */
public interface PageCoder {
    List<Article> split(Page page);

    /** Events of one article, relative dates against {@code published} (may be null). */
    List<Event> events(Page page, Article article, LocalDate published);

    /** The pipeline's own splitter and {@link Pipeline#events}. */
    static PageCoder of(Pipeline pipeline) {
        return new PageCoder() {
            @Override
            public List<Article> split(Page page) {
                return pipeline.articleSplitter().split(page);
            }

            @Override
            public List<Event> events(Page page, Article article, LocalDate published) {
                return pipeline.events(page, article, published);
            }
        };
    }
}
