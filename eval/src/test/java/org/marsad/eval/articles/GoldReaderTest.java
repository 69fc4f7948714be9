package org.marsad.eval.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

class GoldReaderTest {

    @Test
    void readsEveryScoredFieldAndItsAlternatives() {
        GoldPage page = Gold.page("""
                {"page":"amman.txt","notes":"ignored","articles":[
                 {"headline":"لقاء في عمّان","published":"2025-03-10","events":[
                  {"type":"CONSULT","status":"occurred","actor":"jorgov","recipient":"EGYGOV","alt_recipient":[null],
                   "date":"2025-03","place":"عمّان","lat":31.95,"lon":35.91,"dead":null,"alt_dead":[0],
                   "trigger":"التقى","optional":false,"symmetric":true,"country":"JO",
                   "alt_place":[null,{"place":"الزرقاء","lat":32.07,"lon":36.09}]}]}]}""");
        assertEquals("amman.txt", page.page());
        GoldArticle a = page.articles().get(0);
        assertEquals(LocalDate.of(2025, 3, 10), a.published());
        GoldEvent e = a.events().get(0);
        assertEquals(EventType.CONSULT, e.type().primary());
        assertEquals(EventStatus.OCCURRED, e.status().primary());
        assertEquals("JORGOV", e.actor().primary(), "codes are upper-cased");
        assertTrue(e.recipient().allowsEmpty());
        assertEquals(Arrays.asList(null, 0), e.dead().all());
        assertEquals("2025-03", e.date().primary());
        assertEquals(new GoldPlace("عمّان", 31.95, 35.91), e.place().primary());
        assertEquals(Arrays.asList(null, new GoldPlace("الزرقاء", 32.07, 36.09)), e.place().alternatives());
        assertTrue(e.symmetric());
        assertFalse(e.optional());
    }

    @Test
    void absentFieldsAreNullAndFlagsFalse() {
        GoldEvent e = Gold.event("{\"type\":\"PROTEST\"}");
        assertNull(e.actor().primary());
        assertNull(e.place().primary());
        assertEquals(List.of(), e.place().alternatives());
        assertFalse(e.optional());
        assertFalse(e.symmetric());
    }

    @Test
    void unknownTypeIsReportedWithFileAndPath() {
        GoldFormatException e = assertThrows(GoldFormatException.class, () -> new GoldReader().parse(
                "{\"page\":\"p.txt\",\"articles\":[{\"headline\":\"خبر\",\"events\":[{\"type\":\"ATTACK\"}]}]}",
                "bad.gold.json"));
        assertTrue(e.getMessage().startsWith("bad.gold.json: articles[0].events[0].type"), e.getMessage());
    }

    @Test
    void brokenJsonIsReportedWithFile() {
        GoldFormatException e = assertThrows(GoldFormatException.class,
                () -> new GoldReader().parse("{\"page\": \"p.txt\", \"articles\": [", "cut.gold.json"));
        assertTrue(e.getMessage().startsWith("cut.gold.json: not JSON"), e.getMessage());
    }

    @Test
    void missingPageAndMalformedDatesAreReported() {
        GoldReader r = new GoldReader();
        assertThrows(GoldFormatException.class, () -> r.parse("{\"articles\":[]}", "x"));
        assertThrows(GoldFormatException.class, () -> r.parse(
                "{\"page\":\"p\",\"articles\":[{\"published\":\"10/03/2025\",\"events\":[]}]}", "x"));
        assertThrows(GoldFormatException.class, () -> r.parse(
                "{\"page\":\"p\",\"articles\":[{\"events\":[{\"type\":\"PROTEST\",\"date\":\"March\"}]}]}", "x"));
        assertThrows(GoldFormatException.class, () -> r.parse(
                "{\"page\":\"p\",\"articles\":[{\"events\":[{\"type\":\"PROTEST\",\"lat\":31.9}]}]}", "x"));
    }

    @Test
    void malformedShapesAreFormatErrorsNeverCrashes() {
        List<String> bad = List.of("", "null", "[]", "1", "{\"page\":3,\"articles\":[]}",
                "{\"page\":\"p\",\"articles\":{}}", "{\"page\":\"p\",\"articles\":[1]}",
                event("{\"type\":5}"), event("{\"type\":\"PROTEST\",\"alt_place\":[3]}"),
                event("{\"type\":\"PROTEST\",\"alt_actor\":\"JORGOV\"}"),
                event("{\"type\":\"PROTEST\",\"alt_actor\":[{}]}"),
                event("{\"type\":\"PROTEST\",\"dead\":1.5}"), event("{\"type\":\"PROTEST\",\"alt_date\":[5]}"),
                event("{\"type\":\"PROTEST\",\"optional\":\"yes\"}"), event("{\"type\":\"PROTEST\",\"lat\":\"31\"}"),
                event("{\"type\":\"PROTEST\",\"status\":\"maybe\"}"), event("7"));
        for (String json : bad) {
            assertThrows(GoldFormatException.class, () -> new GoldReader().parse(json, "x"), json);
        }
    }

    private static String event(String json) {
        return "{\"page\":\"p\",\"articles\":[{\"headline\":null,\"events\":[" + json + "]}]}";
    }
}
