package org.marsad.learn;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;
import org.marsad.model.Event;

/**
 * Examples from the project's stand-off gold of real articles (docs/annotation.md): every candidate the rules
 * propose in a coded article, positive when the coders labelled the sentence that holds its trigger with the
 * candidate's type as a reported event (any status but {@code background}). A candidate whose sentence cannot
 * be found in the corpus file is left out and counted.
 */
public final class AntExamples {
    private final Candidates candidates;
    private final StandoffGold reader;
    private int unmapped;
    private int articles;

    public AntExamples(Candidates candidates, Path corpora) {
        this.candidates = candidates;
        this.reader = new StandoffGold(corpora);
    }

    public int unmapped() {
        return unmapped;
    }

    public int articles() {
        return articles;
    }

    /** The examples of the stand-off files of {@code split} under {@code gold} (null: every split). */
    public List<Example> of(Path gold, String split, List<String> problems) {
        List<Example> out = new ArrayList<>();
        for (Path f : new StandoffSet(gold).files(split)) {
            try {
                out.addAll(of(reader.read(f), problems));
            } catch (GoldFormatException e) {
                problems.add(e.getMessage());
            }
        }
        return out;
    }

    List<Example> of(StandoffGold.Entry entry, List<String> problems) {
        List<Page> pages = new ArrayList<>();
        new PageReader().read(entry.pageFile(), new PageSink() {
            @Override
            public void page(Page page) {
                pages.add(page);
            }

            @Override
            public void problem(Diagnostic d) {
                problems.add(entry.pageFile() + ": " + d);
            }
        });
        List<Example> out = new ArrayList<>();
        if (pages.size() != 1) {
            return out;
        }
        articles++;
        Page page = pages.get(0);
        Article main = candidates.rules().articleSplitter().split(page).stream().filter(a -> !a.teaser())
                .max(Comparator.comparingInt(Article::bodyLength)).orElse(null);
        if (main == null) {
            return out;
        }
        Labels labels = new Labels(entry.standoff().path("sentences"));
        for (Candidates.Candidate c : candidates.ofArticle(page, main, entry.gold().articles().get(0).published())) {
            int at = fileOffset(c.event(), page.text(), entry.text());
            if (at < 0) {
                unmapped++;
                continue;
            }
            out.add(new Example(c.features(), labels.reports(at, c.event().type().name()), "ant:" + entry.path(), "ant"));
        }
        return out;
    }

    /** Where the candidate's trigger stands in the corpus file: its sentence looked up verbatim; -1 if absent. */
    static int fileOffset(Event e, String pageText, String fileText) {
        int ss = e.sentence().start();
        String sentence = pageText.substring(ss, Math.min(e.sentence().end(), pageText.length()));
        int at = fileText.indexOf(sentence);
        return at < 0 ? -1 : at + (e.trigger().start() - ss);
    }

    /** The coders' sentence labels: spans and their {@code TYPE:status} lists. */
    static final class Labels {
        private final JsonNode sentences;

        Labels(JsonNode sentences) {
            this.sentences = sentences;
        }

        boolean reports(int offset, String type) {
            for (JsonNode s : sentences) {
                JsonNode span = s.path("span");
                if (span.size() == 2 && span.get(0).asInt() <= offset && offset < span.get(1).asInt()) {
                    for (JsonNode l : s.path("labels")) {
                        String v = l.asText();
                        if (v.startsWith(type + ":") && !v.endsWith(":background")) {
                            return true;
                        }
                    }
                    return false;
                }
            }
            return false;
        }
    }
}
