package org.marsad.core.assembly;

import java.util.List;
import org.marsad.core.decide.Decided;
import org.marsad.core.dedup.ArticleEventMerger;
import org.marsad.core.quantity.ForceCounts;
import org.marsad.core.time.ReportDate;
import org.marsad.model.Event;

/**
 * The events kept, merged into one per happening in the article ({@link ArticleEventMerger}), counts left only on
 * acts of force ({@link ForceCounts}), an event the text
 * gives no date dated by its report ({@link ReportDate}).
 */
public final class ArticleAssembly implements EventAssembly {
    private final ArticleEventMerger merger;

    public ArticleAssembly(ArticleEventMerger merger) {
        this.merger = merger;
    }

    @Override
    public List<Event> assemble(Decided decided) {
        return ReportDate.fill(ForceCounts.only(merger.merge(decided.events(), decided.candidates().text())),
                decided.candidates().published());
    }
}
