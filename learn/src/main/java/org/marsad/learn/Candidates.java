package org.marsad.learn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.CandidateFeatures;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * What the rules propose: the pipeline with the rules' own decision ({@link EventDecider#RULES}), and each
 * candidate's features as the trained decider will see them.
 */
public final class Candidates {
    private final Pipeline rules;
    private final CandidateFeatures features;

    public Candidates(Pipeline pipeline, CandidateFeatures features) {
        this.rules = pipeline.withDecider(EventDecider.RULES);
        this.features = features;
    }

    public Pipeline rules() {
        return rules;
    }

    public CandidateFeatures features() {
        return features;
    }

    /** A candidate with its features. */
    public record Candidate(Event event, int[] features) {
    }

    /** The candidates of one sentence coded alone, as a one-block article (the GSR's setting). */
    public List<Candidate> ofSentence(String id, String text, LocalDate date) {
        Page page = Page.of(id, PageFormat.JSONL, text, new PageMeta(null, null, date, null));
        Article article = new Article(0, null, null, List.of(new Block(BlockKind.BODY, new Span(0, text.length()))), false);
        return withFeatures(rawEvents(page, article, date), text);
    }

    /** The candidates of one article of a page. */
    public List<Candidate> ofArticle(Page page, Article article, LocalDate published) {
        return withFeatures(rawEvents(page, article, published), page.text());
    }

    /**
     * The candidates before merging: a decider that records what it is given and keeps nothing but passes the
     * candidates on, so what the trained decider would see is exactly what is recorded.
     */
    private List<Event> rawEvents(Page page, Article article, LocalDate published) {
        List<Event> seen = new ArrayList<>();
        rules.withDecider((candidates, text) -> {
            seen.addAll(candidates);
            return candidates;
        }).events(page, article, published);
        return seen;
    }

    private List<Candidate> withFeatures(List<Event> events, String text) {
        int[] sentence = TrainedDecider.sentenceIndices(events);
        int[] earlier = TrainedDecider.earlierSameType(events);
        List<Candidate> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            out.add(new Candidate(events.get(i), features.of(events.get(i), text, sentence[i], earlier[i])));
        }
        return out;
    }
}
