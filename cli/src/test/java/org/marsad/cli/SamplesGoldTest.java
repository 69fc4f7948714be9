package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/**
 * The gold codings of the project's sample pages ({@code samples/NAME.gold.json}) follow
 * {@code spec/evaluation.md} section 2, and every string they quote is really in the page.
 */
class SamplesGoldTest {
    static final Path SAMPLES = Path.of("..", "samples");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENT_KEYS = List.of("type", "status", "actor", "recipient", "date", "place",
            "country", "lat", "lon", "dead", "trigger", "optional");
    private static final Set<String> TYPES = Arrays.stream(EventType.values()).map(Enum::name)
            .collect(Collectors.toSet());
    private static final Set<String> STATUSES = Arrays.stream(EventStatus.values()).map(EventStatus::json)
            .collect(Collectors.toSet());

    static List<Path> pages() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    @Test
    void everyPageHasAGoldFileAndAnIndexLine() throws IOException {
        List<Path> pages = pages();
        assertTrue(pages.size() >= 12, "at least twelve sample pages, found " + pages.size());
        Map<String, LocalDate> index = DemoCommand.parseIndex(
                Files.readString(SAMPLES.resolve(DemoCommand.INDEX), StandardCharsets.UTF_8), "index.tsv");
        for (Path p : pages) {
            String name = p.getFileName().toString();
            assertTrue(Files.isRegularFile(gold(p)), "no gold file for " + name);
            assertTrue(index.containsKey(name), "index.tsv does not list " + name);
        }
        assertEquals(pages.size(), index.size(), "index.tsv lists a page that does not exist");
    }

    @Test
    void theIndexDateIsThePublicationDateOfThePagesFirstArticle() throws IOException {
        Map<String, LocalDate> index = DemoCommand.parseIndex(
                Files.readString(SAMPLES.resolve(DemoCommand.INDEX), StandardCharsets.UTF_8), "index.tsv");
        for (Path p : pages()) {
            JsonNode first = JSON.readTree(gold(p).toFile()).get("articles").get(0);
            assertEquals(first.get("published").asText(), index.get(p.getFileName().toString()).toString(),
                    p.getFileName().toString());
        }
    }

    @TestFactory
    Stream<DynamicTest> eachGoldFileFollowsTheSpecAndQuotesItsPage() throws IOException {
        return pages().stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static Path gold(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".gold.json");
    }

    private static void check(Path page) throws IOException {
        String text = Files.readString(page, StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(gold(page).toFile());
        assertEquals(page.getFileName().toString(), root.path("page").asText(), "the page key names the page");
        JsonNode articles = root.get("articles");
        assertTrue(articles != null && articles.isArray() && !articles.isEmpty(), "articles must be a list");
        List<String> regions = regions(text, articles);
        for (int i = 0; i < articles.size(); i++) {
            JsonNode a = articles.get(i);
            LocalDate.parse(a.get("published").asText());
            JsonNode events = a.get("events");
            assertTrue(events != null && events.isArray(), "events must be a list");
            for (JsonNode e : events) {
                checkEvent(e, regions.get(i), a.path("headline").asText());
            }
        }
    }

    /** Each article's text runs from its headline's first line to the next gold article's headline. */
    private static List<String> regions(String text, JsonNode articles) {
        List<Integer> starts = new ArrayList<>();
        int from = 0;
        for (JsonNode a : articles) {
            String h = a.get("headline").asText();
            int at = text.indexOf(h + "\n", from);
            assertTrue(at >= 0 && (at == 0 || text.charAt(at - 1) == '\n'),
                    "the headline must be a whole line of the page, in order: " + h);
            starts.add(at);
            from = at + h.length();
        }
        List<String> regions = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            regions.add(text.substring(starts.get(i), end));
        }
        return regions;
    }

    private static void checkEvent(JsonNode e, String article, String headline) {
        String where = headline + " / " + e;
        for (String k : EVENT_KEYS) {
            assertTrue(e.has(k), "missing key " + k + " in " + where);
        }
        assertTrue(TYPES.contains(e.get("type").asText()), "bad type in " + where);
        assertTrue(STATUSES.contains(e.get("status").asText()), "bad status in " + where);
        assertTrue(e.get("optional").isBoolean(), "optional must be true or false in " + where);
        checkCode(e.get("actor"), where);
        checkCode(e.get("recipient"), where);
        checkDate(e.get("date"), where);
        checkPlace(e, article, where);
        JsonNode dead = e.get("dead");
        assertTrue(dead.isNull() || dead.isInt() && dead.asInt() >= 0, "dead must be null or a count in " + where);
        String trigger = e.get("trigger").asText();
        assertFalse(trigger.isBlank(), "empty trigger in " + where);
        assertTrue(article.contains(trigger), "trigger not in the article's text: " + where);
        checkAlternatives(e, where);
    }

    private static void checkCode(JsonNode code, String where) {
        assertTrue(code.isNull() || code.asText().matches("[A-Z]{3}([A-Z]{3})*"),
                "a code is null or letters in threes (country + sector): " + where);
    }

    private static void checkDate(JsonNode date, String where) {
        if (date.isNull()) {
            return;
        }
        String d = date.asText();
        if (d.length() == 7) {
            YearMonth.parse(d);
        } else {
            LocalDate.parse(d);
        }
        assertTrue(d.length() == 7 || d.length() == 10, "date is YYYY-MM or YYYY-MM-DD: " + where);
    }

    private static void checkPlace(JsonNode e, String article, String where) {
        JsonNode place = e.get("place");
        assertTrue(place.isNull() || article.contains(place.asText()), "place not as written: " + where);
        JsonNode lat = e.get("lat");
        JsonNode lon = e.get("lon");
        assertEquals(lat.isNull(), lon.isNull(), "lat and lon come together: " + where);
        if (!lat.isNull()) {
            assertFalse(place.isNull(), "coordinates need a place: " + where);
            assertTrue(Math.abs(lat.asDouble()) <= 90 && Math.abs(lon.asDouble()) <= 180, "bad coordinates " + where);
        }
        JsonNode country = e.get("country");
        assertTrue(country.isNull() || country.asText().matches("[A-Z]{2}"), "country is ISO-2: " + where);
    }

    private static void checkAlternatives(JsonNode e, String where) {
        e.fieldNames().forEachRemaining(k -> {
            if (!k.startsWith("alt_")) {
                return;
            }
            JsonNode list = e.get(k);
            assertTrue(list.isArray() && !list.isEmpty(), k + " must be a non-empty list: " + where);
            for (JsonNode v : list) {
                switch (k) {
                    case "alt_type" -> assertTrue(TYPES.contains(v.asText()), "bad alt_type " + where);
                    case "alt_status" -> assertTrue(STATUSES.contains(v.asText()), "bad alt_status " + where);
                    case "alt_actor", "alt_recipient" -> checkCode(v, where);
                    case "alt_date" -> checkDate(v, where);
                    case "alt_place" -> assertTrue(v.isNull() || v.has("place") && v.has("lat") && v.has("lon"),
                            "alt_place entries are {place, lat, lon}: " + where);
                    case "alt_dead" -> assertTrue(v.isNull() || v.isInt(), "bad alt_dead " + where);
                    default -> fail("unknown alternative " + k + " in " + where);
                }
            }
        });
    }
}
