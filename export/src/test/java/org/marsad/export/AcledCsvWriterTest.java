package org.marsad.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

class AcledCsvWriterTest {
    /** ACLED's columns as its codebook lists them, in order (written out here, not taken from the writer). */
    private static final List<String> ACLED_31 = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");

    @TempDir
    Path dir;

    private static String csv(ExportOptions o, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        try (EventWriter w = EventWriter.of("acled", out, o)) {
            for (Event e : events) {
                w.write(e, "نص الجملة، كما كتبت \"هنا\"");
            }
        }
        return out.toString();
    }

    private static ExportOptions opts(boolean bom, boolean all) {
        return new ExportOptions(bom, all, false, Instant.parse("2026-12-07T00:00:00Z"));
    }

    /** The rows as maps by column (a small RFC 4180 reader: quotes, doubled quotes, commas inside quotes). */
    private static List<Map<String, String>> rows(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cur.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                cur.add(cell.toString());
                cell.setLength(0);
                records.add(cur);
                cur = new ArrayList<>();
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        List<String> header = records.get(0);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(header.size(), r.size(), "every row has the header's width: " + r);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void theHeaderIsAcleds31ColumnsInOrderThenMarsads() throws IOException {
        String header = csv(opts(false, false), List.of()).split("\r\n")[0];
        List<String> names = List.of(header.split(","));
        assertEquals(ACLED_31, names.subList(0, 31));
        assertTrue(names.subList(31, names.size()).containsAll(List.of("marsad_id", "plover_type", "status")));
    }

    @Test
    void typesAndInteractionsComeFromAcledsCodebookLists() throws IOException {
        List<Map<String, String>> rows = rows(csv(opts(false, true), Events.all()));
        assertEquals(Events.all().size(), rows.size());
        for (Map<String, String> r : rows) {
            assertTrue(AcledVocabulary.list("disorder_type").contains(r.get("disorder_type")), r.toString());
            assertTrue(AcledVocabulary.list("event_type").contains(r.get("event_type")), r.toString());
            assertTrue(AcledVocabulary.list("sub_event_type").contains(r.get("sub_event_type")), r.toString());
            assertEquals(AcledVocabulary.eventTypeOf(r.get("sub_event_type")), r.get("event_type"));
            assertTrue(r.get("interaction").isEmpty()
                    || AcledVocabulary.list("interaction").contains(r.get("interaction")), r.toString());
            assertTrue(AcledVocabulary.list("inter").contains(r.get("inter2")), r.toString());
        }
    }

    @Test
    void theVocabularyTableHoldsTheCodebooksLists() {
        assertEquals(Set.of("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots",
                "Strategic developments"), AcledVocabulary.list("event_type"));
        assertEquals(25, AcledVocabulary.list("sub_event_type").size());
        assertEquals("Political violence; Demonstrations", AcledVocabulary.disorderOf("Excessive force against protesters"));
        assertTrue(AcledVocabulary.list("interaction").containsAll(Set.of("10", "12", "17", "60", "78")));
        assertFalse(AcledVocabulary.list("interaction").contains("71"), "the smaller code comes first");
    }

    @Test
    void rowsFollowAcledsConventions() throws IOException {
        Map<String, Map<String, String>> byId = new HashMap<>();
        for (Map<String, String> r : rows(csv(opts(false, false), Events.all()))) {
            byId.put(r.get("marsad_id"), r);
        }
        Map<String, String> shelling = byId.get(Events.shelling().id());
        assertTrue(shelling.get("event_id_cnty").matches("SYR\\d+"), shelling.get("event_id_cnty"));
        assertEquals("2024-11-09", shelling.get("event_date"));
        assertEquals("2024", shelling.get("year"));
        assertEquals("1", shelling.get("time_precision"));
        assertEquals("Shelling/artillery/missile attack", shelling.get("sub_event_type"));
        assertEquals("Military Forces of Syria", shelling.get("actor1"));
        assertEquals("1", shelling.get("inter1"));
        assertEquals("2", shelling.get("inter2"));
        assertEquals("12", shelling.get("interaction"));
        assertEquals("760", shelling.get("iso"));
        assertEquals("Syria", shelling.get("country"));
        assertEquals("Middle East", shelling.get("region"));
        assertEquals("35.93", shelling.get("latitude"), "no binary noise in the coordinates");
        assertEquals("3", shelling.get("fatalities"));
        assertEquals("نص الجملة، كما كتبت \"هنا\"", shelling.get("notes"), "notes hold the sentence");
        assertEquals(String.valueOf(Instant.parse("2026-12-07T00:00:00Z").getEpochSecond()), shelling.get("timestamp"));

        Map<String, String> strike = byId.get(Events.airstrikeOnCivilians().id());
        assertEquals("Air/drone strike", strike.get("sub_event_type"));
        assertEquals("Civilian targeting", strike.get("civilian_targeting"));
        assertEquals("Civilians (Syria)", strike.get("actor2"));
        assertEquals("17", strike.get("interaction"));

        Map<String, String> protest = byId.get(Events.protest().id());
        assertEquals("Demonstrations", protest.get("disorder_type"));
        assertEquals("Peaceful protest", protest.get("sub_event_type"));
        assertEquals("2024-10-15", protest.get("event_date"), "a month is dated to its middle");
        assertEquals("3", protest.get("time_precision"));
        assertEquals("Protesters (Lebanon)", protest.get("actor1"));
        assertEquals("60", protest.get("interaction"));
        assertEquals("422", protest.get("iso"));
        assertEquals("Lebanon", protest.get("country"), "the name, not the ISO code");

        assertEquals("Arrests", byId.get(Events.arrest().id()).get("sub_event_type"));
        assertEquals("Violent demonstration", byId.get(Events.riot().id()).get("sub_event_type"));
        assertEquals("50", byId.get(Events.riot().id()).get("interaction"));
    }

    @Test
    void statementsAndPlannedEventsAreLeftOutUnlessAskedFor() throws IOException {
        StringWriter out = new StringWriter();
        String summary;
        try (EventWriter w = EventWriter.of("acled", out, opts(false, false))) {
            for (Event e : Events.all()) {
                w.write(e);
            }
            summary = w.summary();
        }
        List<Map<String, String>> rows = rows(out.toString());
        assertEquals(Events.all().size() - 2, rows.size());
        assertTrue(rows.stream().noneMatch(r -> r.get("marsad_id").equals(Events.statement().id())));
        assertTrue(summary.startsWith("2 events ACLED does not code left out"), summary);
        assertTrue(summary.contains("1 ACCUSE") && summary.contains("1 status planned"), summary);

        Map<String, String> statement = rows(csv(opts(false, true), List.of(Events.statement()))).get(0);
        assertEquals("Strategic developments", statement.get("event_type"));
        assertEquals("Other", statement.get("sub_event_type"));
        assertEquals("false", statement.get("acled_coded"));
    }

    @Test
    void aDateKnownOnlyToTheYearIsNotOneAcledCodes() throws IOException {
        Event yearOnly = Events.of("e-8a1b2c3d4e5f6071", EventType.ASSAULT, null, "190", EventStatus.OCCURRED,
                Events.SYRIAN_ARMY, Events.REBELS, new EventDate("2023", DatePrecision.YEAR, "العام الماضي", 1, 5),
                Events.IDLIB, null);
        assertEquals(0, rows(csv(opts(false, false), List.of(yearOnly))).size());
        assertEquals("", rows(csv(opts(false, true), List.of(yearOnly))).get(0).get("event_date"));
    }

    @Test
    void aReportedDateIsTheReportDayWithAWeeksPrecision() throws IOException {
        DatePrecision reported;
        try {
            reported = DatePrecision.valueOf("REPORTED");
        } catch (IllegalArgumentException notYet) {
            org.junit.jupiter.api.Assumptions.abort("DatePrecision has no REPORTED yet (the lead adds it)");
            return;
        }
        Event e = Events.of("e-9a1b2c3d4e5f6071", EventType.ASSAULT, "heavy-weapons", "194", EventStatus.OCCURRED,
                Events.SYRIAN_ARMY, Events.REBELS, new EventDate("2024-11-10", reported, null, null, null),
                Events.IDLIB, null);
        Map<String, String> r = rows(csv(opts(false, false), List.of(e))).get(0);
        assertEquals("2024-11-10", r.get("event_date"));
        assertEquals("2", r.get("time_precision"));
    }

    @Test
    void aLoneSideIsActor1AndAnEventWithoutACountryIsNotCoded() throws IOException {
        Event strike = Events.of("e-ca1b2c3d4e5f6071", EventType.ASSAULT, "heavy-weapons", "195",
                EventStatus.OCCURRED, null, Events.CIVILIANS, Events.day("2024-11-09"), Events.IDLIB, 2);
        Map<String, String> r = rows(csv(opts(false, false), List.of(strike))).get(0);
        assertEquals("Civilians (Syria)", r.get("actor1"));
        assertEquals("", r.get("actor2"));
        assertEquals("70", r.get("interaction"));
        assertEquals("Civilian targeting", r.get("civilian_targeting"));
        Event nowhere = new Event("e-da1b2c3d4e5f6071", "d-1", 0, EventType.ASSAULT, null, List.of(), "190", 4,
                EventStatus.OCCURRED, null, null, strike.trigger(), Events.day("2024-11-09"), null, null,
                strike.sentence(), null, "test", 0.5);
        assertEquals(0, rows(csv(opts(false, false), List.of(nowhere))).size());
        assertTrue(rows(csv(opts(false, true), List.of(nowhere))).get(0).get("event_id_cnty").startsWith("XXX"));
    }

    @Test
    void aSideCodedAsACountryAloneIsThatStatesForcesAndForeignOnesAreExternal() throws IOException {
        org.marsad.model.Entity israel = new org.marsad.model.Entity("إسرائيل", 5, 12, "ISR", "ISR", null, "Israeli");
        Event strike = Events.of("e-ea1b2c3d4e5f6071", EventType.ASSAULT, "heavy-weapons", "195",
                EventStatus.OCCURRED, israel, null, Events.day("2024-11-09"), Events.TYRE, 0);
        Map<String, String> r = rows(csv(opts(false, false), List.of(strike))).get(0);
        assertEquals("Military Forces of Israel", r.get("actor1"));
        assertEquals("8", r.get("inter1"), "a state's forces outside their country are external forces");
        assertEquals("80", r.get("interaction"));
        assertEquals("Lebanon", r.get("country"));
    }

    @Test
    void theBomOptionStartsTheFileWithTheUtf8Mark() throws IOException {
        assertTrue(csv(opts(true, false), List.of()).startsWith("\uFEFFevent_id_cnty,"));
        assertTrue(csv(opts(false, false), List.of()).startsWith("event_id_cnty,"));
    }

    @Test
    void duckDbReadsEventDateAsADate() throws Exception {
        Path file = dir.resolve("acled.csv");
        Files.writeString(file, csv(opts(true, false), Events.all()), StandardCharsets.UTF_8);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT typeof(event_date), typeof(latitude), typeof(iso), count(*) "
                     + "FROM read_csv('" + file.toString().replace("'", "''") + "') GROUP BY ALL")) {
            assertTrue(r.next());
            assertEquals("DATE", r.getString(1));
            assertEquals("DOUBLE", r.getString(2));
            assertEquals("BIGINT", r.getString(3));
            assertEquals(Events.all().size() - 2, r.getInt(4));
            assertFalse(r.next(), "one type for every row");
        }
    }
}
