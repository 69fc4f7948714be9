package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/** The GDELT 2.0 event table's layout, written out here from GDELT's Event Codebook V2.0 (61 columns, in order). */
class GdeltEventWriterTest {
    private static final List<String> GDELT_2 = List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
            "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode",
            "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
            "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long",
            "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL");

    private static List<Map<String, String>> rows(List<Event> events, String[] summary) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of("gdelt", out)) {
            for (Event e : events) {
                w.write(e);
            }
            summary[0] = w.summary();
        }
        List<Map<String, String>> rows = new java.util.ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            assertEquals(61, cells.length, "61 columns: " + line);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < cells.length; i++) {
                m.put(GDELT_2.get(i), cells[i]);
            }
            rows.add(m);
        }
        return rows;
    }

    @Test
    void theLayoutIsGdelts61ColumnsWithoutAHeader() throws IOException {
        assertEquals(61, GDELT_2.size());
        assertEquals(GDELT_2, GdeltEventWriter.COLUMNS);
        List<Map<String, String>> rows = rows(Events.all(), new String[1]);
        assertEquals(Events.all().size(), rows.size(), "no header row, one row an event");
        for (Map<String, String> r : rows) {
            assertTrue(r.get("GlobalEventID").matches("\\d+"), "integer ids: " + r.get("GlobalEventID"));
            assertTrue(r.get("Day").matches("\\d{8}"), r.get("Day"));
            assertTrue(r.get("MonthYear").matches("\\d{6}"));
            assertTrue(r.get("FractionDate").matches("\\d{4}\\.\\d{1,4}|\\d{4}"), r.get("FractionDate"));
            assertTrue(r.get("DATEADDED").matches("\\d{14}"), r.get("DATEADDED"));
            assertTrue(r.get("QuadClass").matches("[1-4]"));
            assertTrue(r.get("EventRootCode").matches("\\d{2}"));
            assertTrue(r.get("ActionGeo_Type").matches("[0-5]"));
        }
    }

    @Test
    void placesCarryFipsCountryCodesAndActorsCameoCodes() throws IOException {
        Map<String, Map<String, String>> byCode = new HashMap<>();
        for (Map<String, String> r : rows(List.of(Events.shelling(), Events.protest()), new String[1])) {
            byCode.put(r.get("EventCode"), r);
        }
        Map<String, String> shelling = byCode.get("194");
        assertEquals("20241109", shelling.get("Day"));
        assertEquals("SYRMIL", shelling.get("Actor1Code"));
        assertEquals("SYRIAN ARMED FORCES", shelling.get("Actor1Name"));
        assertEquals("SYR", shelling.get("Actor1CountryCode"));
        assertEquals("MIL", shelling.get("Actor1Type1Code"));
        assertEquals("19", shelling.get("EventRootCode"));
        assertEquals("-10.0", shelling.get("GoldsteinScale"));
        assertEquals("SY", shelling.get("ActionGeo_CountryCode"));
        assertEquals("Idlib, Syria", shelling.get("ActionGeo_FullName"));
        assertEquals("35.93", shelling.get("ActionGeo_Lat"));
        assertEquals("169387", shelling.get("ActionGeo_FeatureID"));
        assertEquals("https://example.org/news/1", shelling.get("SOURCEURL"));
        assertEquals("20241110000000", shelling.get("DATEADDED"));
        assertEquals(Long.parseLong("0a1b2c3d4e5f607", 16), Long.parseLong(shelling.get("GlobalEventID")));

        Map<String, String> tyre = byCode.get("141");
        assertEquals("LE", tyre.get("ActionGeo_CountryCode"), "Lebanon is LE in FIPS 10-4 (LB is Liberia)");
        assertEquals("4", tyre.get("ActionGeo_Type"), "a town: WORLDCITY");
        assertEquals("20241001", tyre.get("Day"), "a month stands as its first day");
    }

    @Test
    void anUndatedEventTakesThePublicationDayAndWithoutOneIsLeftOutAndCounted() throws IOException {
        Event undated = Events.of("e-aa1b2c3d4e5f6071", EventType.ASSAULT, null, "190", EventStatus.OCCURRED,
                Events.SYRIAN_ARMY, null, EventDate.UNKNOWN, Events.IDLIB, null);
        Event unpublished = new Event("e-ba1b2c3d4e5f6071", "d-2", 0, EventType.ASSAULT, null, List.of(), "190", 4,
                EventStatus.OCCURRED, Events.SYRIAN_ARMY, null, undated.trigger(), EventDate.UNKNOWN, Events.IDLIB, null,
                undated.sentence(), null, "test", 0.5);
        String[] summary = new String[1];
        List<Map<String, String>> rows = rows(List.of(undated, unpublished), summary);
        assertEquals(1, rows.size());
        assertEquals("20241110", rows.get(0).get("Day"), "the publication day stands in");
        assertTrue(summary[0].startsWith("1 events without a date or publication day left out"), summary[0]);
    }

    @Test
    void theCountryTableGivesFipsWhereItDiffersFromIso() {
        assertEquals("IZ", Countries.of("IQ").orElseThrow().fips());
        assertEquals("LE", Countries.of("LBN").orElseThrow().fips());
        assertEquals("SU", Countries.of("SD").orElseThrow().fips());
        assertEquals(760, Countries.of("SY").orElseThrow().numeric());
        assertEquals("Bhutan", Countries.of("BT").orElseThrow().name(), "a country outside the table: the JDK's name");
        assertTrue(Countries.of("ZZ").isEmpty());
    }
}
