package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.FeatureHash;
import org.marsad.core.decide.LinearModel;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * The trained article merge (issue 16: one event per happening inside an article; not shipped, see
 * docs/learning.md): the mechanism with weights set by hand, and the rule that holds two days apart.
 */
class HappeningChoiceTest {
    private static Event strike(int sentence, EventDate date) {
        Trigger t = new Trigger("غارة", sentence * 100 + 5, sentence * 100 + 9);
        return new Event("e-" + sentence, "d-1", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED,
                null, null, t, date, null, null, new Span(sentence * 100, sentence * 100 + 90), null, "ASSAULT/غارة#1",
                0.5);
    }

    /** A model that likes merging two compatible reports by {@code weight} (log-odds), with a margin. */
    private static HappeningChoice liking(float weight, float margin) {
        int bits = 12;
        float[] w = new float[(1 << bits) + 1];
        w[(FeatureHash.hash("compat", "ASSAULT|true") & ((1 << bits) - 1)) + 1] = weight;
        return new HappeningChoice(new LinearModel(bits, w, 0, margin));
    }

    @Test
    void aMergeMustWinByTheMargin() {
        EventDate friday = new EventDate("2024-11-08", DatePrecision.DAY, "الجمعة", 1, 2);
        List<Event> two = List.of(strike(0, friday), strike(1, friday));
        String text = " ".repeat(300);
        assertEquals(1, new ArticleEventMerger(liking(3, 1)).merge(two, text).size());
        assertEquals(2, new ArticleEventMerger(liking(3, 4)).merge(two, text).size());
        Event merged = new ArticleEventMerger(liking(3, 1)).merge(two, text).get(0);
        assertEquals(1, merged.mentions().size(), "the merged event keeps the other report as a mention");
    }

    @Test
    void anEarlierReportOnAnotherDayIsNoOptionWhateverTheModelSays() {
        EventDate monday = new EventDate("2024-11-04", DatePrecision.DAY, "الاثنين", 1, 2);
        EventDate wednesday = new EventDate("2024-11-06", DatePrecision.DAY, "الأربعاء", 1, 2);
        List<Event> two = List.of(strike(0, monday), strike(1, wednesday));
        assertEquals(2, new ArticleEventMerger(liking(30, 0)).merge(two, " ".repeat(300)).size());
        List<Event> sameDay = List.of(strike(0, monday), strike(1, monday));
        assertEquals(1, new ArticleEventMerger(liking(30, 0)).merge(sameDay, " ".repeat(300)).size());
    }
}
