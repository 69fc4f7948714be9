package org.marsad.core.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;

/**
 * What the rules propose in one article: its candidate events, in sentence order, each with its sentence
 * ({@link Candidate}). {@code published} (may be null) is the date relative dates were resolved against.
 * {@code references}: the acts on the ground its sentences tell of without reporting them, each dated to a day
 * ("بعد الهجوم على البلدة السبت"), in order; no decider sees them, the article stage dates a happening by them.
 */
public record Candidates(Page page, Article article, LocalDate published, List<Candidate> list,
                         List<Event> references) {
    public Candidates {
        list = List.copyOf(list);
        references = List.copyOf(references);
    }

    /** Candidates without references. */
    public Candidates(Page page, Article article, LocalDate published, List<Candidate> list) {
        this(page, article, published, list, List.of());
    }

    /** The page text every offset points into. */
    public String text() {
        return page.text();
    }

    /** The candidate events alone, in order. */
    public List<Event> events() {
        List<Event> out = new ArrayList<>(list.size());
        for (Candidate c : list) {
            out.add(c.event());
        }
        return out;
    }
}
