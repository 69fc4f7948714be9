package org.marsad.eval.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/**
 * Reads the gold format of {@code spec/evaluation.md} section 2. Unknown keys (notes, ...) are
 * ignored; a missing or malformed field the scorer needs is a {@link GoldFormatException} naming the file and
 * the JSON path, e.g. {@code x.gold.json: articles[0].events[3].type: "ATTACK" is not a PLOVER type}.
 */
public final class GoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public GoldPage read(Path file) throws GoldFormatException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new GoldFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses gold JSON; {@code origin} names it in messages. */
    public GoldPage parse(String json, String origin) throws GoldFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage().replaceAll("\\s*\\(start marker at .*", "");
            throw new GoldFormatException(origin + ": not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + why, e);
        }
        try {
            return page(root, origin);
        } catch (BadField e) {
            throw new GoldFormatException(origin + ": " + e.getMessage(), e);
        }
    }

    private GoldPage page(JsonNode root, String origin) {
        if (root == null || !root.isObject()) {
            throw new BadField("", "the gold file must hold one JSON object");
        }
        String page = text(root, "page", "");
        if (page == null || page.isBlank()) {
            throw new BadField("page", "missing: name the page file this gold belongs to");
        }
        JsonNode list = array(root, "articles", "");
        List<GoldArticle> articles = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            articles.add(article(list.get(i), i, "articles[" + i + "]"));
        }
        return new GoldPage(origin, page, articles);
    }

    private GoldArticle article(JsonNode a, int index, String where) {
        if (!a.isObject()) {
            throw new BadField(where, "must be an object");
        }
        String published = text(a, "published", where);
        LocalDate date = null;
        if (published != null) {
            try {
                date = LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                throw new BadField(where + ".published", "\"" + published + "\" is not YYYY-MM-DD");
            }
        }
        JsonNode list = array(a, "events", where);
        List<GoldEvent> events = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            events.add(event(list.get(i), i, where + ".events[" + i + "]"));
        }
        return new GoldArticle(index, text(a, "headline", where), date, events);
    }

    private GoldEvent event(JsonNode e, int index, String where) {
        if (!e.isObject()) {
            throw new BadField(where, "must be an object");
        }
        String typeName = text(e, "type", where);
        if (typeName == null) {
            throw new BadField(where + ".type", "missing");
        }
        return new GoldEvent(index,
                choice(e, "type", where, v -> enumValue(EventType.class, v, where + ".type")),
                choice(e, "status", where, v -> enumValue(EventStatus.class, v, where + ".status")),
                choice(e, "actor", where, v -> code(v, where + ".actor")),
                choice(e, "recipient", where, v -> code(v, where + ".recipient")),
                choice(e, "date", where, v -> date(v, where)),
                new Choice<>(place(e, where), altPlaces(e, where)),
                choice(e, "dead", where, v -> count(v, where)),
                choice(e, "country", where, v -> code(v, where + ".country")),
                flag(e, "optional", where), flag(e, "symmetric", where),
                text(e, "trigger", where), text(e, "note", where));
    }

    private <T> Choice<T> choice(JsonNode e, String field, String where, Function<JsonNode, T> value) {
        T primary = value.apply(e.get(field));
        JsonNode alt = e.get("alt_" + field);
        List<T> alternatives = new ArrayList<>();
        if (alt != null && !alt.isNull()) {
            if (!alt.isArray()) {
                throw new BadField(where + ".alt_" + field, "must be a list");
            }
            alt.forEach(v -> alternatives.add(value.apply(v)));
        }
        return new Choice<>(primary, alternatives);
    }

    private GoldPlace place(JsonNode e, String where) {
        String name = text(e, "place", where);
        Double lat = number(e, "lat", where);
        Double lon = number(e, "lon", where);
        if ((lat == null) != (lon == null)) {
            throw new BadField(where, "lat and lon come together");
        }
        return name == null && lat == null ? null : new GoldPlace(name, lat, lon);
    }

    private List<GoldPlace> altPlaces(JsonNode e, String where) {
        JsonNode alt = e.get("alt_place");
        List<GoldPlace> out = new ArrayList<>();
        if (alt == null || alt.isNull()) {
            return out;
        }
        if (!alt.isArray()) {
            throw new BadField(where + ".alt_place", "must be a list of {place, lat, lon} or null");
        }
        for (int i = 0; i < alt.size(); i++) {
            JsonNode p = alt.get(i);
            if (p.isNull()) {
                out.add(null);
            } else if (p.isObject()) {
                out.add(place(p, where + ".alt_place[" + i + "]"));
            } else {
                throw new BadField(where + ".alt_place[" + i + "]", "must be {place, lat, lon} or null");
            }
        }
        return out;
    }

    private String code(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadField(where, v + " is not a code such as \"SYRMIL\"");
        }
        return v.asText().trim().toUpperCase(Locale.ROOT);
    }

    private String date(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual() || !DATE.matcher(v.asText()).matches()) {
            throw new BadField(where + ".date", v + " is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        return v.asText();
    }

    private Integer count(JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new BadField(where + ".dead", v + " is not a whole number");
        }
        return v.asInt();
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, JsonNode v, String where) {
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v.asText().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadField(where, v + " is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String text(JsonNode o, String field, String where) {
        return scalar(o, field, where, JsonNode::isTextual, "a string", JsonNode::asText);
    }

    private static Double number(JsonNode o, String field, String where) {
        return scalar(o, field, where, JsonNode::isNumber, "a number", JsonNode::asDouble);
    }

    private static boolean flag(JsonNode o, String field, String where) {
        return Boolean.TRUE.equals(scalar(o, field, where, JsonNode::isBoolean, "true or false", JsonNode::asBoolean));
    }

    /** The field's value, null when absent or null; a value of another JSON kind is a {@link BadField}. */
    private static <T> T scalar(JsonNode o, String field, String where, Predicate<JsonNode> kind, String expected,
                                Function<JsonNode, T> value) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!kind.test(v)) {
            throw new BadField(join(where, field), "must be " + expected + " or null");
        }
        return value.apply(v);
    }

    private static JsonNode array(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || !v.isArray()) {
            throw new BadField(join(where, field), "missing or not a list");
        }
        return v;
    }

    private static String join(String where, String field) {
        return where.isEmpty() ? field : where + "." + field;
    }

    /** A field that is not in the gold format; caught in {@link #parse} and given the file name. */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String where, String reason) {
            super((where.isEmpty() ? "" : where + ": ") + reason);
        }
    }
}
