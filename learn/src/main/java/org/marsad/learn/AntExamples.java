package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;
import org.marsad.model.Event;

/**
 * Examples from the project's stand-off gold of real articles (docs/annotation.md): every candidate the rules
 * propose in a coded article (before the article's reports are merged), positive when it pairs with a coded event
 * as {@code marsad eval articles} pairs them (same type, compatible actor, one-to-one, best agreement first). So a
 * second mention of a happening already paired, a background recap and an event with the wrong actor are
 * negatives: the decider learns what the article score rewards.
 */
public final class AntExamples {
    private final Candidates candidates;
    private final StandoffGold reader;
    private final List<Coded> coded = new ArrayList<>();
    private int articles;

    /**
     * A coded article read for examples, kept so that a decision threshold can be chosen on whole articles: its
     * document key (as the examples'), the page, its main article, the publication date and the coded events.
     */
    public record Coded(String document, Page page, Article article, java.time.LocalDate published,
                        List<org.marsad.eval.articles.GoldEvent> gold) {
    }

    public AntExamples(Candidates candidates, Path corpora) {
        this.candidates = candidates;
        this.reader = new StandoffGold(corpora);
    }

    public int articles() {
        return articles;
    }

    /** The articles whose candidates were read, in reading order. */
    public List<Coded> coded() {
        return List.copyOf(coded);
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

    /**
     * A candidate's label: whether it reports a coded event, that is matches one (type and actor, as
     * {@code marsad eval articles} pairs them), whether or not another candidate matches it too. A second report of the
     * same happening is a reported event; keeping one event per happening is the article merge's work, after the
     * decision. (Until the thirteenth session the label was the one-to-one pairing, so a happening's second report was
     * a negative and the decider learned to drop later reports of a type, distinct happenings among them.)
     */
    static boolean reports(List<org.marsad.eval.articles.GoldEvent> gold, Event candidate) {
        for (org.marsad.eval.articles.GoldEvent g : gold) {
            if (org.marsad.eval.articles.Judgement.of(g, candidate).matches()) {
                return true;
            }
        }
        return false;
    }

    List<Example> of(StandoffGold.Entry entry, List<String> problems) {
        List<Example> out = new ArrayList<>();
        Page page = CorpusPage.read(entry.pageFile(), problems).orElse(null);
        if (page == null) {
            return out;
        }
        articles++;
        Article main = CorpusPage.mainArticle(candidates.rules().articleSplitter().split(page)).orElse(null);
        if (main == null) {
            return out;
        }
        var goldArticle = entry.gold().articles().get(0);
        coded.add(new Coded("ant:" + entry.path(), page, main, goldArticle.published(), goldArticle.events()));
        List<Candidates.Candidate> found = candidates.ofArticle(page, main, goldArticle.published());
        List<org.marsad.eval.articles.GoldEvent> gold = goldArticle.events();
        for (Candidates.Candidate c : found) {
            out.add(new Example(c.features(), reports(gold, c.event()), "ant:" + entry.path(), "ant"));
        }
        return out;
    }
}
