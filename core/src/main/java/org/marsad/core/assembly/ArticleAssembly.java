package org.marsad.core.assembly;

import java.util.List;
import org.marsad.core.decide.Decided;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.geo.ArticlePlace;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.proposal.Candidate;
import org.marsad.model.Location;
import java.util.ArrayList;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.quantity.ForceCounts;
import org.marsad.core.quantity.VagueCounts;
import org.marsad.core.time.ArticleDate;
import org.marsad.core.time.ReportDate;
import org.marsad.model.Event;

/**
 * The events kept, merged into one per happening in the article ({@link ArticleEventMerger}), counts left only on
 * acts of force ({@link ForceCounts}), a vague plural giving no number ({@link VagueCounts}), "منذ" after an
 * imperfect verb giving no day ({@link DurationStart}), an event the text
 * gives no date dated by its report ({@link ReportDate}).
 */
public final class ArticleAssembly implements EventAssembly {
    private final ArticleEventMerger merger;

    public ArticleAssembly(ArticleEventMerger merger) {
        this.merger = merger;
    }

    @Override
    public List<Event> assemble(Decided decided) {
        List<Event> merged = VagueCounts.dropped(ForceCounts.only(merger.merge(decided.events(),
                decided.candidates().text())), counts(decided));
        if (merged.isEmpty()) {
            return merged;
        }
        List<Event> placed = DurationStart.dropped(ArticlePlace.fill(merged, places(decided)), decided.candidates());
        List<Event> reports = new ArrayList<>(decided.candidates().events());
        reports.addAll(decided.candidates().references());
        List<Event> dated = ReportDate.fill(ArticleDate.fill(placed, reports), decided.candidates().published());
        return ArticleEventMerger.sameDayRepeats(dated, modes(decided.events()));
    }

    /** The counts of the article's candidate sentences, by the sentence's start. */
    static java.util.Map<Integer, List<CountMention>> counts(Decided decided) {
        java.util.Map<Integer, List<CountMention>> out = new java.util.HashMap<>();
        for (Candidate c : decided.candidates().list()) {
            out.putIfAbsent(c.at().sentence().start(), c.reading().counts());
        }
        return out;
    }

    /** The mode of each of the article's reports before the merge, by its trigger's offsets. */
    static java.util.function.Function<org.marsad.model.Trigger, org.marsad.model.Mode> modes(List<Event> reports) {
        java.util.Map<Long, org.marsad.model.Mode> byTrigger = new java.util.HashMap<>();
        for (Event e : reports) {
            if (e.mode() != null) {
                byTrigger.put(key(e.trigger()), e.mode());
            }
        }
        return t -> byTrigger.get(key(t));
    }

    private static long key(org.marsad.model.Trigger t) {
        return (long) t.start() << 32 | t.end() & 0xffffffffL;
    }

    /** The places the article's candidate sentences name, by the type of the candidates read there, in text order. */
    static java.util.Map<org.marsad.model.EventType, List<Location>> places(Decided decided) {
        java.util.Map<org.marsad.model.EventType, List<Location>> out = new java.util.EnumMap<>(org.marsad.model.EventType.class);
        java.util.Map<org.marsad.model.EventType, Object> last = new java.util.EnumMap<>(org.marsad.model.EventType.class);
        for (Candidate c : decided.candidates().list()) {
            org.marsad.model.EventType type = c.event().type();
            if (c.at().sentence() == last.get(type)) {
                continue;
            }
            last.put(type, c.at().sentence());
            for (PlaceMention m : c.named().places()) {
                if (m.location() != null) {
                    out.computeIfAbsent(type, t -> new ArrayList<>()).add(m.location());
                }
            }
        }
        return out;
    }
}
