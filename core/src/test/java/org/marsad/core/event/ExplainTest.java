package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.quantity.CountFinder;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateResolver;
import org.marsad.model.EventType;

/**
 * {@link EventCoder#explain}: why each trigger of a sentence is or is not reported, in the report filter's own words,
 * and in agreement with what the coder codes. Our own sentences.
 */
class ExplainTest {
    private static final LocalDate PUBLISHED = Fixture.PUBLISHED;

    private static List<String> explain(String text) {
        Sentence s = new Sentence(0, text.length(), new Tokenizer(Fixture.NORMALIZER).tokenize(text, 0, text.length()));
        return Fixture.CODER.explain(text, s, PUBLISHED, new DateResolver(Fixture.NORMALIZER).find(text, s, PUBLISHED),
                new CountFinder(Fixture.NORMALIZER).find(text, s));
    }

    @Test
    void aReportedAttackSaysReported() {
        assertEquals(List.of("ASSAULT/قصف#1 قصفت: reported"), explain("قصفت الطائرات القرية أمس"));
    }

    @Test
    void aCondemnedAttackIsContent() {
        // "أدان" before the event noun makes it the content of the condemnation
        assertTrue(explain("وأدان الوزير الهجوم على المدرسة").stream()
                .anyMatch(l -> l.startsWith("ASSAULT/") && l.contains("content")), () -> explain("وأدان الوزير الهجوم على المدرسة").toString());
    }

    @Test
    void anAttackInASentenceOfHistoryIsHistory() {
        List<String> why = explain("قصفت الطائرات القرية عام 1995");
        assertEquals(1, why.size(), why::toString);
        assertTrue(why.get(0).endsWith(": history"), why::toString);
    }

    @Test
    void anUnanchoredEventNounSaysSo() {
        List<String> why = explain("وتحدث التقرير عن انفجار في الميناء");
        assertTrue(why.stream().anyMatch(l -> l.startsWith("ASSAULT/") && l.endsWith("unanchored")), why::toString);
    }

    @Test
    void aSentenceWithoutTriggerExplainsNothing() {
        assertEquals(List.of(), explain("وصل الوفد إلى المدينة"));
    }

    @Test
    void reportedInTheExplanationIsWhatTheCoderCodes() {
        for (String s : List.of("قصفت الطائرات القرية أمس", "قصفت الطائرات القرية عام 1995", "وأدان الوزير الهجوم على المدرسة",
                "وتحدث التقرير عن انفجار في الميناء", "وقام مسلحون ملثمون بخطف مهندس من سيارته", "تظاهر المئات أمام البرلمان")) {
            boolean explained = explain(s).stream().anyMatch(l -> l.startsWith("ASSAULT/") && l.endsWith(": reported")
                    || l.startsWith("PROTEST/") && l.endsWith(": reported"));
            boolean coded = Fixture.of(s).code().stream()
                    .anyMatch(e -> e.type() == EventType.ASSAULT || e.type() == EventType.PROTEST);
            assertEquals(coded, explained, s + ": " + explain(s));
        }
    }
}
