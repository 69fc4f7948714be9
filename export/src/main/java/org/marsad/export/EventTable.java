package org.marsad.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;

/**
 * The events table of the Parquet exports, one definition for both writers: {@code marsad export --format parquet}
 * (through DuckDB) and the Spark job's {@code events} table. Flat typed columns to filter and join on, floats
 * rounded (coordinates to 5 decimals, about a metre; confidence to 3), {@code event_date} a DATE (the day, the
 * middle of a month, null when known only to the year), and the whole record as JSON in {@code record}.
 * {@code month} is the partition the Spark job writes by: the date's month, else the publication's, else "unknown".
 */
public final class EventTable {
    /** A column's type; Parquet and DuckDB: VARCHAR, INTEGER, DOUBLE, DATE; Spark: the matching DataTypes. */
    public enum Kind { STRING, INT, DOUBLE, DATE }

    /** One column. */
    public record Column(String name, Kind kind) {
    }

    public static final String UNKNOWN_MONTH = "unknown";

    public static final List<Column> COLUMNS = columns("id", "doc_id", "article:int", "type", "mode", "contexts",
            "status", "cameo", "quad_class:int", "actor_code", "actor_name", "actor_text", "recipient_code",
            "recipient_name", "recipient_text", "date_value", "event_date:date", "date_precision", "place",
            "place_text", "lat:double", "lon:double", "country_code", "admin1", "geo_precision:int", "dead:int",
            "injured:int", "arrested:int", "displaced:int", "source_url", "outlet", "published:date",
            "attributed_to", "rule", "confidence:double", "record", "month");

    private EventTable() {
    }

    private static List<Column> columns(String... specs) {
        List<Column> out = new ArrayList<>();
        for (String s : specs) {
            String[] p = s.split(":");
            out.add(new Column(p[0], p.length == 1 ? Kind.STRING : Kind.valueOf(p[1].toUpperCase(java.util.Locale.ROOT))));
        }
        return List.copyOf(out);
    }

    /** The event's values in column order: String, Integer, Double or LocalDate, null where unknown. */
    public static List<Object> row(Event e) {
        Location l = e.location();
        List<Object> v = new ArrayList<>(COLUMNS.size());
        v.add(e.id());
        v.add(e.docId());
        v.add(e.article());
        v.add(e.type().name());
        v.add(Mode.json(e.mode()));
        v.add(e.contexts().isEmpty() ? null : String.join(";", e.contexts()));
        v.add(e.status().json());
        v.add(e.cameo());
        v.add(e.quadClass());
        entity(v, e.actor());
        entity(v, e.recipient());
        v.add(e.date().value());
        v.add(AcledMapping.dated(e.date()).map(d -> (Object) LocalDate.parse(d.day())).orElse(null));
        v.add(e.date().precision().json());
        v.add(l == null ? null : l.name() != null ? l.name() : l.text());
        v.add(l == null ? null : l.text());
        v.add(l == null ? null : Numbers.rounded(l.lat(), 5));
        v.add(l == null ? null : Numbers.rounded(l.lon(), 5));
        v.add(l == null ? null : l.countryCode());
        v.add(l == null ? null : l.admin1());
        v.add(l == null ? null : GeoPrecision.code(l.precision()));
        v.add(e.size().dead());
        v.add(e.size().injured());
        v.add(e.size().arrested());
        v.add(e.size().displaced());
        v.add(e.source() == null ? null : e.source().url());
        v.add(e.source() == null ? null : e.source().outlet());
        v.add(e.source() == null ? null : day(e.source().published()));
        v.add(e.source() == null ? null : e.source().attributedTo());
        v.add(e.rule());
        v.add(Numbers.rounded(e.confidence(), 3));
        v.add(EventJson.toJson(e));
        v.add(month(e));
        return v;
    }

    private static void entity(List<Object> v, Entity x) {
        v.add(x == null ? null : x.code());
        v.add(x == null ? null : x.nameEn());
        v.add(x == null ? null : x.text());
    }

    private static LocalDate day(String iso) {
        if (iso == null || iso.length() != 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException x) {
            return null;
        }
    }

    /** The month partition: the date's, else the publication's, else {@value #UNKNOWN_MONTH}. */
    public static String month(Event e) {
        String date = e.date().value();
        if (date != null && date.length() >= 7) {
            return date.substring(0, 7);
        }
        String p = e.source() == null ? null : e.source().published();
        return p != null && p.length() >= 7 ? p.substring(0, 7) : UNKNOWN_MONTH;
    }
}
