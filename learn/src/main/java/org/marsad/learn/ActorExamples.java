package org.marsad.learn;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.ActorFeatures;
import org.marsad.core.decide.ActorOption;
import org.marsad.core.decide.Decided;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.RoleDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.core.text.Token;
import org.marsad.eval.articles.CorpusPage;
import org.marsad.eval.articles.FieldRules;
import org.marsad.eval.articles.GoldEvent;
import org.marsad.eval.articles.GoldFormatException;
import org.marsad.eval.articles.Judgement;
import org.marsad.eval.articles.StandoffGold;
import org.marsad.eval.articles.StandoffSet;
import org.marsad.model.Entity;
import org.marsad.model.Event;

/**
 * Examples for the actor choice from the stand-off gold of real articles (docs/annotation.md): each candidate the
 * rules propose is held against the coded event of its type it agrees with best (the same trigger words, or at
 * least three of recipient, date, place, toll and status); each side it could have as actor
 * ({@link ActorChoice#options}) is an example, positive when its code's country is the coded actor's (its
 * first three letters, alternatives and, for a symmetric event, the other side allowed), or, when the coder named
 * no actor, when it is nobody or a side without a country. Candidates whose sides hold no right one teach nothing
 * and are left out.
 */
public final class ActorExamples {
    /** The score a gold event must reach to be a candidate's: the same trigger words count 3, each field 1. */
    static final int MIN_AGREEMENT = 3;

    private final Pipeline rules;
    private final ActorFeatures features;
    private final StandoffGold reader;

    public ActorExamples(Pipeline pipeline, ActorFeatures features, Path corpora) {
        this.rules = pipeline.withRoles(RoleDecider.RULES).withDecider(EventDecider.RULES);
        this.features = features;
        this.reader = new StandoffGold(corpora);
    }

    /** One candidate's sides as examples, and which the rules chose. */
    public record Choice(List<Example> options, int rulesPick) {
        public boolean rulesRight() {
            return rulesPick >= 0 && options.get(rulesPick).positive();
        }
    }

    /** The choices of the stand-off files of {@code split} under {@code gold}. */
    public List<Choice> of(Path gold, String split, List<String> problems) {
        List<Choice> out = new ArrayList<>();
        for (Path f : new StandoffSet(gold).files(split)) {
            try {
                StandoffGold.Entry entry = reader.read(f);
                out.addAll(of(entry, problems));
            } catch (GoldFormatException e) {
                problems.add(e.getMessage());
            }
        }
        return out;
    }

    private List<Choice> of(StandoffGold.Entry entry, List<String> problems) {
        Page page = CorpusPage.read(entry.pageFile(), problems).orElse(null);
        if (page == null) {
            return List.of();
        }
        Article main = CorpusPage.mainArticle(rules.articleSplitter().split(page)).orElse(null);
        if (main == null) {
            return List.of();
        }
        var goldArticle = entry.gold().articles().get(0);
        List<Choice> out = new ArrayList<>();
        for (Candidate c : candidates(page, main, goldArticle.published()).list()) {
            GoldEvent g = best(goldArticle.events(), c.event());
            if (g == null) {
                continue;
            }
            Choice choice = choice(c, g, page.text(), "ant:" + entry.path());
            if (choice != null) {
                out.add(choice);
            }
        }
        return out;
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

    private Choice choice(Candidate c, GoldEvent g, String text, String document) {
        List<ActorOption> options = ActorChoice.options(c);
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = ActorChoice.triggerToken(tokens, c.event());
        List<Example> examples = new ArrayList<>(options.size());
        int pick = -1;
        boolean any = false;
        for (int i = 0; i < options.size(); i++) {
            ActorOption o = options.get(i);
            boolean right = right(o, g);
            any |= right;
            Entity actor = c.event().actor();
            if (actor == null ? o.nobody() : !o.nobody() && o.entity().start() == actor.start()
                    && o.entity().end() == actor.end()) {
                pick = i;
            }
            examples.add(new Example(features.of(c.event(), o, options, text, tokens, trigger), right, document, "ant"));
        }
        return any ? new Choice(examples, pick) : null;
    }

    /**
     * Whether {@code o} is the coded actor: its country is the actor's (or, for a symmetric event, the other
     * side's); when the coder named no actor, nobody or a side without a country (unknown gunmen) is right.
     */
    static boolean right(ActorOption o, GoldEvent g) {
        if (g.actor().primary() == null) {
            return o.nobody() || o.entity().country() == null;
        }
        return !o.nobody() && (FieldRules.actor(o.entity(), g.actor())
                || g.symmetric() && FieldRules.actor(o.entity(), g.recipient()));
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
