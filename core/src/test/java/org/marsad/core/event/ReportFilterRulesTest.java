package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

class ReportFilterRulesTest {

    private static boolean has(List<Event> events, EventType t) {
        return events.stream().anyMatch(e -> e.type() == t);
    }

    /** A filler of commentary words, long enough to push a trigger past the lead of a sentence. */
    private static String filler(int words) {
        String[] w = {"ويرى", "الكاتب", "في", "مقاله", "الطويل", "أن", "السياسة", "الخارجية", "للبلاد", "تغيرت", "كثيرا"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(w[i % w.length]).append(' ');
        }
        return b.toString();
    }

    @Test
    void commentaryAttackDeepInALongSentenceIsNotReported() {
        String s = filler(40) + "وقصفت الطائرات القرية أمس " + filler(20);
        assertTrue(!has(Fixture.of(s).code(), EventType.ASSAULT));
    }

    @Test
    void attackAtTheLeadOfALongSentenceIsReported() {
        String s = "قصفت الطائرات القرية أمس " + filler(60);
        assertTrue(has(Fixture.of(s).code(), EventType.ASSAULT));
    }

    @Test
    void attackDeepInAShortSentenceIsReported() {
        String s = filler(20) + "وقصفت الطائرات القرية أمس";
        assertTrue(has(Fixture.of(s).code(), EventType.ASSAULT));
    }

    @Test
    void protestInsideAQuotationIsTheSpeakersWords() {
        assertTrue(!has(Fixture.of("وقال القيادي «سننظم مظاهرة حاشدة أمام البرلمان» صباح الغد").code(), EventType.PROTEST));
        assertTrue(has(Fixture.of("وقال القيادي إن «الحكومة فشلت» بينما تظاهر المئات أمام البرلمان").code(), EventType.PROTEST));
    }

    @Test
    void anEventNounThatSaysWhatKindABodyIsReportsNothing() {
        // "عمال إغاثة" are relief workers, "قواعد الاشتباك" rules of engagement: neither an aid delivery nor a clash
        assertTrue(!has(Fixture.of("وقال عمال إغاثة في البلدة أمس إن المستشفى امتلأ بالمصابين").code(), EventType.AID));
        assertTrue(!has(Fixture.of("وأكد المتحدث أمس أن الجنود التزموا قواعد الاشتباك قرب الحدود").code(), EventType.ASSAULT));
        // the same nouns reporting what happened stay: a clash with casualties, relief delivered
        assertTrue(has(Fixture.of("وأسفرت اشتباكات عنيفة أمس عن مقتل ثلاثة جنود قرب الحدود").code(), EventType.ASSAULT));
        // a definite noun before the event noun is its subject, not the head of a construct
        assertTrue(has(Fixture.of("وقدمت المنظمة مساعدات غذائية للنازحين في المخيم أمس").code(), EventType.AID));
    }
}
