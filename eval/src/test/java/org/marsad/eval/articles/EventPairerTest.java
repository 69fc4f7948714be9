package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventType;

class EventPairerTest {

    @Test
    void symmetricEventMatchesWithSidesSwapped() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"CONSULT","actor":"JORGOV","recipient":"EGYGOV","symmetric":true}]""");
        Event met = Sys.event(EventType.CONSULT).actor("EGYGOV").recipient("JORGOV").build();
        Pairing p = EventPairer.pair(gold, List.of(met));
        assertEquals(1, p.tp());
        assertTrue(p.pairs().get(0).swapped());
        assertTrue(p.pairs().get(0).recipient(), "recipient is judged against the gold actor after the swap");
    }

    @Test
    void asymmetricEventDoesNotMatchWithSidesSwapped() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"ACCUSE","actor":"JORGOV","recipient":"EGYGOV"}]""");
        Event accused = Sys.event(EventType.ACCUSE).actor("EGYGOV").recipient("JORGOV").build();
        Pairing p = EventPairer.pair(gold, List.of(accused));
        assertEquals(0, p.tp());
        assertEquals(1, p.fp());
        assertEquals(1, p.fn());
    }

    @Test
    void missingOptionalIsNotFalseNegativeAndMatchedOptionalIsNotFalsePositive() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"PROTEST","actor":"JORCVL","optional":true},
                 {"type":"ASSAULT","actor":"JORMIL","optional":true}]""");
        Event protest = Sys.event(EventType.PROTEST).actor("JORCVL").build();
        Pairing p = EventPairer.pair(gold, List.of(protest));
        assertEquals(0, p.tp());
        assertEquals(0, p.fp());
        assertEquals(0, p.fn());
        assertEquals(1, p.optionalMatched());
    }

    @Test
    void altActorCountsAsTheActor() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"AGREE","actor":"JORGOV","alt_actor":["SYRGOV"],"recipient":"EGYGOV"}]""");
        Event agreed = Sys.event(EventType.AGREE).actor("SYRGOV").recipient("EGYGOV").build();
        Event other = Sys.event(EventType.AGREE).actor("LBNGOV").recipient("EGYGOV").build();
        assertEquals(1, EventPairer.pair(gold, List.of(agreed)).tp());
        assertEquals(0, EventPairer.pair(gold, List.of(other)).tp());
    }

    @Test
    void actorAgreesOnFirstThreeLettersOnly() {
        List<GoldEvent> gold = Gold.events("[{\"type\":\"PROTEST\",\"actor\":\"JOR\"}]");
        assertEquals(1, EventPairer.pair(gold, List.of(Sys.event(EventType.PROTEST).actor("JOROPP").build())).tp());
    }

    @Test
    void typeMismatchNeverMatches() {
        List<GoldEvent> gold = Gold.events("[{\"type\":\"PROTEST\",\"actor\":null}]");
        Pairing p = EventPairer.pair(gold, List.of(Sys.event(EventType.THREATEN).actor("JORCVL").build()));
        assertEquals(0, p.tp());
        assertEquals(1, p.fp());
        assertEquals(1, p.fn());
    }

    @Test
    void bestAgreementPairsFirstWhateverTheOrder() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"ASSAULT","actor":"JORMIL","place":"إربد","lat":32.5556,"lon":35.85},
                 {"type":"ASSAULT","actor":"JORMIL","place":"العقبة","lat":29.53,"lon":35.0}]""");
        Event inAqaba = Sys.event(EventType.ASSAULT).actor("JORMIL").place("العقبة", 29.53, 35.0).trigger("هاجم", 10)
                .build();
        Event inIrbid = Sys.event(EventType.ASSAULT).actor("JORMIL").place("إربد", 32.55, 35.85).trigger("هاجم", 50)
                .build();
        Pairing p = EventPairer.pair(gold, List.of(inAqaba, inIrbid));
        assertEquals(2, p.tp());
        assertSame(inIrbid, p.pairs().get(0).system());
        assertSame(inAqaba, p.pairs().get(1).system());
        assertTrue(p.pairs().stream().allMatch(Judgement::place));
    }

    @Test
    void requiredGoldWinsATieWithOptionalGold() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"PROTEST","actor":"JORCVL","optional":true},
                 {"type":"PROTEST","actor":"JORCVL"}]""");
        Pairing p = EventPairer.pair(gold, List.of(Sys.event(EventType.PROTEST).actor("JORCVL").build()));
        assertEquals(1, p.tp());
        assertEquals(0, p.fn());
    }

    @Test
    void oneSystemEventPairsWithOneGoldEventOnly() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"PROTEST","actor":"JORCVL"}, {"type":"PROTEST","actor":"JORCVL"}]""");
        Pairing p = EventPairer.pair(gold, List.of(Sys.event(EventType.PROTEST).actor("JORCVL").build()));
        assertEquals(1, p.tp());
        assertEquals(1, p.fn());
        assertEquals(0, p.fp());
    }

    @Test
    void fieldsOfMatchedPairAreJudged() {
        List<GoldEvent> gold = Gold.events("""
                [{"type":"ASSAULT","status":"occurred","actor":"JORMIL","recipient":"SYRREB","date":"2025-03-08",
                  "place":"العقبة","lat":29.53,"lon":35.0,"dead":2}]""");
        Event e = Sys.event(EventType.ASSAULT).actor("JORMIL").recipient("SYRREB").date("2025-03-09")
                .place("العقبة", 29.53, 35.0).dead(2).build();
        Judgement j = EventPairer.pair(gold, List.of(e)).pairs().get(0);
        assertTrue(j.recipient());
        assertFalse(j.date());
        assertTrue(j.place());
        assertTrue(j.dead());
        assertTrue(j.status());
        assertEquals(4, j.fieldsRight());
    }
}
