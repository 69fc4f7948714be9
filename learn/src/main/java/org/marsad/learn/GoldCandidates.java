package org.marsad.learn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.Decided;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.FieldDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.eval.articles.FieldRules;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.eval.articles.Judgement;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.model.Event;

/**
 * The rules' candidates in the coded articles of the stand-off gold (their own fields, before any trained decision),
 * each held against the coded event of its type it agrees with best: the same trigger words count 3, each of
 * recipient, date, place, toll and status 1, and at least {@value #MIN_AGREEMENT} are needed. What the trained field
 * decisions learn from.
 */
public final class GoldCandidates {
    static final int MIN_AGREEMENT = 3;

    private final Pipeline rules;
    private final StandoffGold reader;

    public GoldCandidates(Pipeline pipeline, Path corpora) {
        this.rules = pipeline.withFields(FieldDecider.RULES).withDecider(EventDecider.RULES);
        this.reader = new StandoffGold(corpora);
    }

    /** A candidate, the gold event it agrees with, the page text and the document it comes from. */
    public record Held(Candidate candidate, GoldEvent gold, String text, String document) {
    }

    /** The held candidates of the stand-off files of {@code split} under {@code gold}. */
    public List<Held> of(Path gold, String split, List<String> problems) {
        List<Held> out = new ArrayList<>();
        for (CodedArticles.Coded a : CodedArticles.of(gold, split, reader, rules, problems)) {
            of(a, out);
        }
        return out;
    }

    private void of(CodedArticles.Coded a, List<Held> out) {
        var goldArticle = a.gold();
        Page page = a.page();
        StandoffGold.Entry entry = a.entry();
        Article main = a.main();
        for (Candidate c : candidates(page, main, goldArticle.published()).list()) {
            GoldEvent g = best(goldArticle.events(), c.event());
            if (g != null) {
                out.add(new Held(c, g, page.text(), "ant:" + entry.path()));
            }
        }
    }

    private Candidates candidates(Page page, Article article, LocalDate published) {
        List<Candidates> seen = new ArrayList<>(1);
        rules.withDecider(new EventDecider() {
            @Override
            public List<Event> decide(List<Event> candidates, String text) {
                return candidates;
            }

            @Override
            public Decided decide(Candidates candidates) {
                seen.add(candidates);
                return EventDecider.super.decide(candidates);
            }
        }).events(page, article, published);
        return seen.get(0);
    }

    /** The gold event of the candidate's type it agrees with best, if it agrees enough. */
    static GoldEvent best(List<GoldEvent> gold, Event e) {
        GoldEvent best = null;
        int bestScore = MIN_AGREEMENT - 1;
        for (GoldEvent g : gold) {
            if (!FieldRules.type(e.type(), g.type())) {
                continue;
            }
            Judgement j = Judgement.of(g, e);
            int score = (Judgement.sameTrigger(g.trigger(), e.trigger().text()) ? 3 : 0) + j.fieldsRight();
            if (score > bestScore) {
                bestScore = score;
                best = g;
            }
        }
        return best;
    }
}
