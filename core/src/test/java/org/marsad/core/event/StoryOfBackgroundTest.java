package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.EventDecider;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 16, background on real articles, told in our own sentences: a tally over weeks or months sums earlier
 * happenings and is no new event; the day's own happening beside it stays. Scored on the rules' candidates (every
 * candidate kept), since the rules decide what is background before any trained decision.
 */
class StoryOfBackgroundTest {
    private static final Pipeline RULES = Pipeline.standard().withDecider(EventDecider.RULES);

    private static List<Event> ofType(String body, EventType type) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("story.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 6, 10), null, null));
        return RULES.process(page).events().stream().filter(e -> e.type() == type).toList();
    }

    @Test
    void aTollOverWeeksOrDaysIsBackground() {
        assertEquals(List.of(), ofType("وقتل نحو أربعين متظاهرا برصاص الشرطة خلال ثلاثة أسابيع في العاصمة.",
                EventType.ASSAULT));
        assertEquals(List.of(), ofType("وقتلت القوات الحكومية أكثر من مئة مدني خلال الأشهر الأربعة الماضية.",
                EventType.ASSAULT));
        assertEquals(List.of(), ofType("وأصيب مئات المحتجين على مدى عشرة أيام من المواجهات مع الشرطة.",
                EventType.ASSAULT));
    }

    @Test
    void protestsAndArrestsOverMonthsAreBackground() {
        assertEquals(List.of(), ofType("وخرجت احتجاجات واسعة في المدن الجنوبية طيلة الأسابيع الماضية.",
                EventType.PROTEST));
        assertEquals(List.of(), ofType("واعتقلت الشرطة عشرات الناشطين خلال الشهور الثلاثة الأخيرة.",
                EventType.COERCE));
    }

    @Test
    void theDaysOwnHappeningBesideATallyStays() {
        assertEquals(1, ofType("قتل مزارع في قصف مدفعي على قرية الزيتون صباح اليوم، ليرتفع عدد القتلى خلال"
                + " الأشهر الماضية إلى أربعين.", EventType.ASSAULT).size());
        assertEquals(1, ofType("وشنت الطائرات غارات على مواقع المسلحين خلال الساعات الماضية في ريف المدينة.",
                EventType.ASSAULT).size());
        assertEquals(1, ofType("وتظاهر آلاف الطلاب أمام البرلمان اليوم خلال زيارة الوزير.", EventType.PROTEST).size());
    }
}
