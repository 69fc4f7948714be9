package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.FeatureHash;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * The trained article merge (issue 16: one event per happening inside an article): the mechanism with weights set
 * by hand, then the shipped model on stories of our own: a lead told again in detail and a toll update make one
 * event, two strikes on two towns on two days stay two.
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

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> assaults(String body) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("story.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 12), null, null));
        return PIPELINE.process(page).events().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
    }

    @Test
    void theLeadItsDetailAndItsTollUpdateAreOneHappening() {
        assertNotNull(HappeningChoice.shipped(), "the build ships the article merge");
        List<Event> out = assaults("قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية استهدفت سوقا شعبيا في بلدة "
                + "معرة النعمان بريف إدلب صباح اليوم. وقال الدفاع المدني إن الغارة دمرت عددا من المحال التجارية في "
                + "السوق. وارتفعت حصيلة القتلى في الغارة إلى سبعة مدنيين بعد وفاة اثنين من الجرحى.");
        assertEquals(1, out.size(), "one strike in: " + out);
        assertTrue(!out.get(0).mentions().isEmpty(), "its other reports are its mentions: " + out);
    }

    @Test
    void twoStrikesOnTwoTownsOnTwoDaysStayTwo() {
        List<Event> out = assaults("قصفت طائرات حربية بلدة سراقب يوم الاثنين ما أدى إلى مقتل ثلاثة مدنيين. "
                + "وفي يوم الأربعاء قصفت الطائرات مدينة أريحا في جنوب إدلب وقتل فيها طفلان.");
        assertEquals(2, out.size(), "two strikes in: " + out);
    }
}
