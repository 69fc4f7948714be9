package org.marsad.eval.articles;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.eval.Prf;
import org.marsad.model.EventType;

/**
 * The whole evaluation: every page scored, the gold files or pages that could not be scored (each message names
 * its path), and the wall time.
 */
public record ArticlesReport(List<PageScore> pages, List<String> errors, double seconds) {
    public ArticlesReport {
        pages = List.copyOf(pages);
        errors = List.copyOf(errors);
    }

    public Prf events() {
        return pages.stream().map(PageScore::events).reduce(Prf.ZERO, Prf::plus);
    }

    public FieldScores fields() {
        return pages.stream().map(PageScore::fields).reduce(FieldScores.ZERO, FieldScores::plus);
    }

    /** Gold articles scored. */
    public int articles() {
        return pages.stream().mapToInt(p -> p.articles().size()).sum();
    }

    /** Gold articles that found a system article. */
    public int aligned() {
        return pages.stream().mapToInt(PageScore::aligned).sum();
    }

    /** Events yielded by teasers: should be 0 by construction; each is also counted as a false positive. */
    public int teaserEvents() {
        return pages.stream().mapToInt(p -> p.strayEvents(true)).sum();
    }

    /** Events yielded by non-teaser system articles that no gold article aligned to (also false positives). */
    public int unalignedEvents() {
        return pages.stream().mapToInt(p -> p.strayEvents(false)).sum();
    }

    /** Optional gold events the system found: neither true nor false positives. */
    public int optionalMatched() {
        return pages.stream().mapToInt(PageScore::optionalMatched).sum();
    }

    /** Event counts by type, over all pages (see {@link PageScore#byType()}). */
    public Map<EventType, Prf> byType() {
        Map<EventType, Prf> out = new EnumMap<>(EventType.class);
        pages.forEach(p -> p.byType().forEach((t, c) -> PageScore.add(out, t, c)));
        return out;
    }
}
