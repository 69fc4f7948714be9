package org.marsad.eval.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Validates one JSON Lines event record against {@code marsad.event/1}. With the page text, it also checks that
 * each {@code text} field equals {@code pageText.substring(start, end)}. Returns the problems found (empty: valid).
 */
public final class RecordValidator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> KEYS = List.of("schema", "id", "doc_id", "article", "type", "mode", "contexts",
            "cameo", "quad_class", "status", "actor", "recipient", "trigger", "date", "location", "size", "sentence",
            "source", "rule", "confidence");
    private static final Set<String> STATUSES = Set.of("occurred", "ongoing", "planned", "threatened", "negated",
            "hypothetical");
    private static final Set<String> PRECISIONS = Set.of("day", "week", "month", "year", "unknown");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ENTITY_CODE = Pattern.compile("[A-Z]{3,}");

    /** Problems of the record; {@code pageText} may be null to skip the offset checks. */
    public List<String> validate(String jsonLine, String pageText) {
        List<String> problems = new ArrayList<>();
        JsonNode n;
        try {
            n = MAPPER.readTree(jsonLine);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage());
        }
        if (n == null || !n.isObject()) {
            return List.of("not a JSON object");
        }
        for (String k : KEYS) {
            if (!n.has(k)) {
                problems.add("missing key " + k);
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        check(problems, Event.SCHEMA.equals(n.get("schema").asText()), "schema is not " + Event.SCHEMA);
        check(problems, n.get("id").asText().startsWith("e-"), "id does not start with e-");
        check(problems, n.get("article").isInt() && n.get("article").asInt() >= 0, "article is not an index");
        check(problems, isType(n.get("type").asText()), "type is not one of PLOVER's 16");
        check(problems, n.get("contexts").isArray(), "contexts is not a list");
        check(problems, STATUSES.contains(n.get("status").asText()), "bad status " + n.get("status"));
        int quad = n.get("quad_class").asInt(-1);
        check(problems, n.get("quad_class").isNull() || quad >= 1 && quad <= 4, "quad_class outside 1..4");
        entity(problems, "actor", n.get("actor"), pageText);
        entity(problems, "recipient", n.get("recipient"), pageText);
        span(problems, "trigger", n.get("trigger"), pageText, true);
        date(problems, n.get("date"), pageText);
        location(problems, n.get("location"), pageText);
        size(problems, n.get("size"));
        span(problems, "sentence", n.get("sentence"), pageText, false);
        JsonNode mentions = n.path("mentions");
        check(problems, mentions.isMissingNode() || mentions.isArray(), "mentions is not a list");
        for (JsonNode m : mentions) {
            span(problems, "mentions.sentence", m.path("sentence"), pageText, false);
            span(problems, "mentions.trigger", m.path("trigger"), pageText, true);
        }
        double c = n.get("confidence").asDouble(-1);
        check(problems, c >= 0 && c <= 1, "confidence outside 0..1");
        check(problems, n.get("rule").isTextual() && !n.get("rule").asText().isEmpty(), "rule is empty");
        return problems;
    }

    private static boolean isType(String s) {
        for (EventType t : EventType.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static void entity(List<String> problems, String name, JsonNode e, String page) {
        if (e.isNull()) {
            return;
        }
        span(problems, name, e, page, true);
        JsonNode code = e.get("code");
        check(problems, code == null || code.isNull() || ENTITY_CODE.matcher(code.asText()).matches(),
                name + ".code is not a CAMEO-style code: " + code);
        for (String k : List.of("country", "sector", "name_en")) {
            check(problems, e.has(k), name + " lacks " + k);
        }
    }

    private static void date(List<String> problems, JsonNode d, String page) {
        String p = d.path("precision").asText("");
        check(problems, PRECISIONS.contains(p), "bad date precision " + p);
        JsonNode v = d.get("value");
        check(problems, v != null && (v.isNull() || DATE.matcher(v.asText()).matches()), "bad date value " + v);
        check(problems, !"unknown".equals(p) || v == null || v.isNull(), "an unknown date has a value");
        if (d.hasNonNull("start")) {
            span(problems, "date", d, page, true);
        }
    }

    private static void location(List<String> problems, JsonNode l, String page) {
        if (l.isNull()) {
            return;
        }
        span(problems, "location", l, page, true);
        JsonNode lat = l.get("lat");
        JsonNode lon = l.get("lon");
        check(problems, lat != null && (lat.isNull() || Math.abs(lat.asDouble()) <= 90), "bad lat");
        check(problems, lon != null && (lon.isNull() || Math.abs(lon.asDouble()) <= 180), "bad lon");
        JsonNode pr = l.get("precision");
        check(problems, pr != null && (pr.isNull() || pr.asInt() >= 1 && pr.asInt() <= 3), "bad geo precision");
    }

    private static void size(List<String> problems, JsonNode s) {
        for (String k : List.of("dead", "injured", "arrested", "displaced")) {
            JsonNode v = s.get(k);
            check(problems, v != null && (v.isNull() || v.isInt() && v.asInt() >= 0), "bad size." + k);
        }
        check(problems, s.path("approximate").isBoolean(), "size.approximate is not a boolean");
    }

    private static void span(List<String> problems, String name, JsonNode n, String page, boolean hasText) {
        if (!n.path("start").isInt() || !n.path("end").isInt()) {
            problems.add(name + " has no integer start/end");
            return;
        }
        int s = n.get("start").asInt();
        int e = n.get("end").asInt();
        if (s < 0 || e < s || page != null && e > page.length()) {
            problems.add(name + " span [" + s + "," + e + ") is outside the page");
            return;
        }
        if (hasText && page != null && !page.substring(s, e).equals(n.path("text").asText())) {
            problems.add(name + ".text differs from the page at [" + s + "," + e + ")");
        }
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
