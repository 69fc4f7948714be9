package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.AbstractList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.time.DateMention;

/**
 * The report filter reads a sentence's dates and counts only after its tests of the words have let a trigger
 * through (the reader finds them when first read): a trigger the words already reject costs no date or count search.
 */
class ReportFilterEvidenceTest {
    /** A list that fails when read at all. */
    private static <T> List<T> unread() {
        return new AbstractList<>() {
            @Override
            public T get(int index) {
                throw new AssertionError("read");
            }

            @Override
            public int size() {
                throw new AssertionError("read");
            }
        };
    }

    private static SentenceReading read(String text, List<DateMention> dates, List<CountMention> counts) {
        List<Token> tokens = new Tokenizer(Fixture.NORMALIZER).tokenize(text, 0, text.length());
        Sentence s = new Sentence(0, text.length(), tokens);
        List<TriggerHit> hits = Fixture.CODER.triggers(tokens);
        assertFalse(hits.isEmpty(), text);
        return Fixture.CODER.read(text, s, hits, Fixture.PUBLISHED, dates, counts);
    }

    @Test
    void aTriggerTheWordsRejectNeverReadsTheDatesOrCounts() {
        // a toll counted since the war began (cumulative), and an attack told as commentary in a relative clause
        for (String text : List.of("ومنذ بدء الحرب قتل المسلحون مئات المدنيين في المدينة",
                "ومنذ اندلاع المعارك قصفت الطائرات عشرات القرى في الشمال")) {
            SentenceReading r = read(text, unread(), unread());
            assertFalse(r.reportsAny(), text);
            assertEquals(read(text, List.of(), List.of()).reportsAny(), r.reportsAny(), text);
        }
    }

    @Test
    void anEarlierYearMakesHistoryBeforeTheDatesAreRead() {
        // history: a year before publication, read from the words' hints; the dates are not needed then
        String old = "وفي عام 1995 قصفت الطائرات القرية";
        assertFalse(read(old, unread(), unread()).reportsAny(), old);
        String now = "قصفت الطائرات القرية أمس";
        assertTrue(read(now, List.of(), List.of()).reportsAny(), now);
    }
}
