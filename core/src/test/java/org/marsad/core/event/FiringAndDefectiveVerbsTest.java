package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Attack forms the lexicon missed: a defective verb's conjugations (اعتدى+ gives اعتدت، يعتدون), firing of guns,
 * fire, shells and rockets in every person (اطلق+ النيران، اطلاق صواريخ), and قام بـ as the light verb of a verbal
 * noun. Our own sentences.
 */
class FiringAndDefectiveVerbsTest {

    private static boolean has(List<Event> events, EventType t) {
        return events.stream().anyMatch(e -> e.type() == t);
    }

    private static Event assault(String sentence) {
        List<Event> of = Fixture.of(sentence).code().stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertEquals(1, of.size(), () -> "expected one ASSAULT in " + sentence + ": " + of);
        return of.get(0);
    }

    @Test
    void aDefectiveVerbDropsItsFinalYaBeforeTaAndWaw() {
        // past: the verb as written, then ت, وا, the dual ا, تا; imperfect: ي ت ن, then ون and ان
        assertEquals(List.of("اعتدي", "اعتدت", "اعتدوا", "اعتديا", "اعتدتا", "يعتدي", "تعتدي", "نعتدي",
                "يعتدون", "تعتدون", "يعتديان", "تعتديان"), TriggerLexicon.conjugate("اعتدي"));
        // a verb whose stem does not start with ا keeps it in the imperfect: تعدى -> يتعدى
        assertTrue(TriggerLexicon.conjugate("تعدي").containsAll(List.of("تعدت", "تعدوا", "يتعدي", "يتعدون")));
    }

    @Test
    void aRegularVerbIsConjugatedAsBefore() {
        assertEquals(List.of("هاجم", "هاجمت", "هاجموا", "هاجما", "هاجمتا", "يهاجم", "تهاجم", "نهاجم",
                "يهاجمون", "تهاجمون", "يهاجمان", "تهاجمان"), TriggerLexicon.conjugate("هاجم"));
    }

    @Test
    void theFeminineOfAnAssaultVerbIsAnAttack() {
        Event e = assault("واعتدت دورية للشرطة على ثلاثة صيادين قرب الميناء أمس");
        assertEquals("ASSAULT/هجوم#2", e.rule());
        assertEquals("واعتدت", e.trigger().text());
    }

    @Test
    void thePastOfADefectiveVerbIsNotReadAsAHabit() {
        // "اعتدوا" is past: it needs no anchor; "يعتدون" is imperfect, a habit without one
        assertTrue(has(Fixture.of("اعتدوا على سائق الحافلة في الطريق الساحلي").code(), EventType.ASSAULT));
        assertFalse(has(Fixture.of("يعتدون على سائقي الحافلات في الطريق الساحلي").code(), EventType.ASSAULT));
    }

    @Test
    void firingItsGunsIsAnAttackInEveryPerson() {
        assertEquals("ASSAULT/نار#1", assault("والزوارق أطلقت نيرانها على قارب الصيد").rule());
        // the subject between the verb and its object: the gapped row, the trigger at the verb
        Event vso = assault("وأطلقت الزوارق نيرانها على قارب الصيد");
        assertEquals("ASSAULT/نار#3", vso.rule());
        assertEquals("وأطلقت", vso.trigger().text());
        assertEquals("ASSAULT/صاروخ#3", assault("وأطلق المسلحون ثلاثة صواريخ على المستوطنة").rule());
        // a rocket named with no firing verb before it is no trigger of this row
        assertFalse(has(Fixture.of("وعرض الجيش منظومة صواريخ جديدة").code(), EventType.ASSAULT));
        assertEquals("ASSAULT/نار#3", assault("أطلق المسلحون أعيرة نارية على الحافلة").rule());
        assertEquals("ASSAULT/صاروخ#1", assault("والدبابة أطلقت القذيفة على البيت").rule());
    }

    @Test
    void firingRocketsAsAVerbalNounNeedsAnAnchor() {
        assertEquals("ASSAULT/صاروخ#2", assault("أسفر إطلاق صواريخ على البلدة أمس عن إصابة طفلين").rule());
        assertFalse(has(Fixture.of("ودعا المجلس إلى وقف إطلاق الصواريخ").code(), EventType.ASSAULT));
    }

    @Test
    void qamaBiCarriesAVerbalNounAsALightVerb() {
        assertTrue(has(Fixture.of("وقام مسلحون ملثمون بخطف مهندس من سيارته").code(), EventType.ASSAULT));
        assertFalse(has(Fixture.of("وتحدث الوزير عن خطف المهندسين").code(), EventType.ASSAULT));
    }
}
