package org.marsad.eval.articles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;

/**
 * A corpus file that the gold describes as one page (an ANT {@code <DOC>}), read as the pipeline reads it, and the
 * page's main article: the longest non-teaser one, as {@link HeadlineAligner} aligns a gold article without headline.
 */
public final class CorpusPage {
    private CorpusPage() {
    }

    /** The one page of {@code file}; empty, with the reason added to {@code problems}, when it is not one page. */
    public static Optional<Page> read(Path file, List<String> problems) {
        List<Page> read = new ArrayList<>();
        new PageReader().read(file, new PageSink() {
            @Override
            public void page(Page page) {
                read.add(page);
            }

            @Override
            public void problem(Diagnostic d) {
                problems.add(file + ": " + d);
            }
        });
        if (read.size() != 1) {
            problems.add(file + ": read as " + read.size() + " pages, not one");
            return Optional.empty();
        }
        return Optional.of(read.get(0));
    }

    /** The longest non-teaser article, or empty when there is none. */
    public static Optional<Article> mainArticle(List<Article> articles) {
        return articles.stream().filter(a -> !a.teaser()).max(Comparator.comparingInt(Article::bodyLength));
    }
}
