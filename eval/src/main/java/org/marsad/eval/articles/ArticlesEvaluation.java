package org.marsad.eval.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;

/**
 * Runs the articles evaluation over a folder: finds every {@code NAME.gold.json} (recursively, in path order),
 * reads the page its {@code page} field names (relative to the gold file), and scores it with a
 * {@link PageScorer}. A gold file that does not parse, a page that is missing or unreadable, or a page the
 * system fails on is reported in {@link ArticlesReport#errors()} with its path, and the rest goes on.
 */
public final class ArticlesEvaluation {
    public static final String GOLD_SUFFIX = ".gold.json";

    private final PageScorer scorer;
    private final GoldReader goldReader = new GoldReader();
    private final PageReader pageReader = new PageReader();

    public ArticlesEvaluation(PageCoder coder) {
        this.scorer = new PageScorer(coder);
    }

    /**
     * Scores every gold file under {@code dir}.
     *
     * @throws IllegalArgumentException when {@code dir} is not a folder or holds no gold file
     */
    public ArticlesReport run(Path dir) {
        long start = System.nanoTime();
        List<Path> golds = goldFiles(dir);
        if (golds.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no *" + GOLD_SUFFIX
                    + " files: put NAME" + GOLD_SUFFIX + " beside each page (see spec/evaluation.md, section 2)");
        }
        List<PageScore> pages = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path g : golds) {
            scoreOne(g, pages, errors);
        }
        return new ArticlesReport(pages, errors, (System.nanoTime() - start) / 1e9);
    }

    /**
     * Scores the stand-off gold under {@code dir} (docs/annotation.md) against the corpus files it names under
     * {@code corpora}; {@code split} (train, dev, test) keeps that part of the manifest only, null keeps all.
     *
     * @throws IllegalArgumentException when {@code dir} holds no stand-off gold of that split
     */
    public ArticlesReport runStandoff(Path dir, Path corpora, String split) {
        long start = System.nanoTime();
        StandoffSet set = new StandoffSet(dir);
        List<Path> files = set.files(split);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no stand-off gold" + (split == null ? "" : " of split "
                    + split) + " (see docs/annotation.md)");
        }
        StandoffGold reader = new StandoffGold(corpora);
        List<PageScore> pages = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                StandoffGold.Entry e = reader.read(f);
                scorePage(f, e.pageFile(), e.gold(), pages, errors);
            } catch (GoldFormatException e) {
                errors.add(e.getMessage());
            }
        }
        return new ArticlesReport(pages, errors, (System.nanoTime() - start) / 1e9);
    }

    /** Whether {@code dir} holds stand-off gold rather than pages with NAME.gold.json beside them. */
    public static boolean isStandoffFolder(Path dir) {
        return Files.isDirectory(dir) && goldFiles(dir).isEmpty() && !new StandoffSet(dir).files(null).isEmpty();
    }

    /** The gold files under {@code dir}, sorted by path. */
    public static List<Path> goldFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder: give the folder that holds the pages and their"
                    + GOLD_SUFFIX + " files");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(GOLD_SUFFIX) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    private void scoreOne(Path goldFile, List<PageScore> pages, List<String> errors) {
        GoldPage gold;
        try {
            gold = goldReader.read(goldFile);
        } catch (GoldFormatException e) {
            errors.add(e.getMessage());
            return;
        }
        scorePage(goldFile, goldFile.resolveSibling(gold.page()), gold, pages, errors);
    }

    private void scorePage(Path goldFile, Path pageFile, GoldPage gold, List<PageScore> pages, List<String> errors) {
        if (!Files.isRegularFile(pageFile)) {
            errors.add(goldFile + ": page file " + pageFile + " not found");
            return;
        }
        List<Page> read = new ArrayList<>();
        pageReader.read(pageFile, new PageSink() {
            @Override
            public void page(Page page) {
                read.add(page);
            }

            @Override
            public void problem(Diagnostic diagnostic) {
                errors.add(goldFile + ": " + diagnostic);
            }
        });
        if (read.size() > 1) {
            errors.add(goldFile + ": " + pageFile + " holds " + read.size() + " pages; a gold file describes one");
            return;
        }
        for (Page page : read) {
            try {
                pages.add(scorer.score(page, gold));
            } catch (RuntimeException e) {
                errors.add(goldFile + ": the system failed on " + page.origin() + ": " + e);
            }
        }
    }
}
