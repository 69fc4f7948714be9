package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Mode;

/**
 * ACLED CSV ({@code spec/acled.md}): ACLED's 31 columns in its order and vocabulary, then Marsad's own columns.
 * Only what ACLED codes is written (political violence, demonstrations, the strategic developments it lists, events
 * that happened and are dated to the month or better) unless {@link ExportOptions#allEvents()} asks for every event;
 * those ACLED would not code are then typed {@code Strategic developments / Other} and their {@code acled_coded}
 * column is {@code false}.
 */
final class AcledCsvWriter implements EventWriter {
    /** ACLED's columns, in the order of its exports. */
    static final List<String> ACLED_COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2",
            "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
            "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
            "notes", "fatalities", "tags", "timestamp");
    /** Marsad's columns after ACLED's. */
    static final List<String> MARSAD_COLUMNS = List.of("marsad_id", "acled_coded", "plover_type", "plover_mode",
            "cameo", "status", "date_precision", "source_url", "published", "confidence");

    private final Writer out;
    private final boolean all;
    private final long timestamp;
    private int written;
    private final Map<String, Integer> left = new TreeMap<>();

    AcledCsvWriter(Writer out, ExportOptions options) throws IOException {
        this.out = out;
        this.all = options.allEvents();
        this.timestamp = options.now().getEpochSecond();
        if (options.bom()) {
            out.write('\uFEFF');
        }
        List<String> header = new ArrayList<>(ACLED_COLUMNS);
        header.addAll(MARSAD_COLUMNS);
        out.write(String.join(",", header));
        out.write("\r\n");
    }

    @Override
    public void write(Event e, String sentence) throws IOException {
        AcledMapping.Coding coding = AcledMapping.of(e);
        var dated = AcledMapping.dated(e.date());
        var country = AcledMapping.country(e);
        String reason = coding.notCoded() != null ? coding.notCoded() : dated.isEmpty()
                ? "date precision " + e.date().precision().json() : country.isEmpty() ? "no country" : null;
        if (reason != null && !all) {
            left.merge(reason, 1, Integer::sum);
            return;
        }
        Location l = e.location();
        // ACLED's two sides have no direction, and a lone side is actor1
        Entity first = e.actor() != null ? e.actor() : e.recipient();
        Entity second = e.actor() != null ? e.recipient() : null;
        int firstSide = e.actor() != null ? 1 : 2;
        int inter1 = AcledMapping.inter(first, e, firstSide);
        int inter2 = AcledMapping.inter(second, e, 2);
        String disorder = coding.disorderType();
        List<Object> row = new ArrayList<>(ACLED_COLUMNS.size() + MARSAD_COLUMNS.size());
        row.add(country.map(Countries.Country::iso3).orElse("XXX") + number(e.id()));
        row.add(dated.map(AcledMapping.Dated::day).orElse(""));
        row.add(dated.map(d -> d.day().substring(0, 4)).orElse(""));
        row.add(dated.map(d -> (Object) d.timePrecision()).orElse(""));
        row.add(disorder);
        row.add(coding.eventType());
        row.add(coding.subEventType());
        row.add(AcledMapping.name(first, e, firstSide));
        row.add(AcledMapping.associated(first, e, firstSide));
        row.add(first == null ? "" : inter1);
        row.add(AcledMapping.name(second, e, 2));
        row.add(AcledMapping.associated(second, e, 2));
        row.add(inter2);
        row.add(first == null ? "" : AcledMapping.interaction(inter1, inter2));
        boolean civilianTarget = e.recipient() != null && AcledMapping.inter(e.recipient(), e, 2) == 7;
        row.add(civilianTarget && disorder.startsWith("Political violence") ? "Civilian targeting" : "");
        row.add(country.map(c -> c.numeric() == null ? "" : (Object) c.numeric()).orElse(""));
        row.add(country.map(Countries.Country::region).orElse(""));
        row.add(country.map(Countries.Country::name).orElse(""));
        row.add(l == null ? "" : Csv.nz(l.admin1()));
        row.add("");
        row.add("");
        row.add(l == null ? "" : l.name() != null ? l.name() : l.text());
        row.add(l == null || l.lat() == null ? "" : Numbers.fixed(l.lat(), 4));
        row.add(l == null || l.lon() == null ? "" : Numbers.fixed(l.lon(), 4));
        row.add(l == null ? "" : Csv.nz(GeoPrecision.code(l.precision())));
        row.add(e.source() == null ? "" : Csv.nz(e.source().outlet()));
        row.add("");
        row.add(sentence != null ? sentence.strip() : e.trigger().text());
        row.add(e.size().dead() == null ? 0 : e.size().dead());
        row.add("");
        row.add(timestamp);
        row.add(e.id());
        row.add(reason == null);
        row.add(e.type().name());
        row.add(Csv.nz(Mode.json(e.mode())));
        row.add(Csv.nz(e.cameo()));
        row.add(e.status().json());
        row.add(e.date().precision().json());
        row.add(e.source() == null ? "" : Csv.nz(e.source().url()));
        row.add(e.source() == null ? "" : Csv.nz(e.source().published()));
        row.add(Numbers.fixed(e.confidence(), 3));
        out.write(row.stream().map(Csv::csv).collect(Collectors.joining(",")));
        out.write("\r\n");
        written++;
    }

    /** A stable number for the event: the first 7 hex digits of its id, in decimal (up to 268,435,455). */
    private static long number(String id) {
        String hex = id.startsWith("e-") ? id.substring(2) : id;
        try {
            return Long.parseLong(hex.substring(0, Math.min(7, hex.length())), 16);
        } catch (NumberFormatException x) {
            return Math.abs((long) id.hashCode());
        }
    }

    @Override
    public String summary() {
        if (left.isEmpty()) {
            return "";
        }
        int n = left.values().stream().mapToInt(Integer::intValue).sum();
        return n + " events ACLED does not code left out (" + left.entrySet().stream()
                .map(x -> x.getValue() + " " + x.getKey()).collect(Collectors.joining(", "))
                + "); --all-events writes them as Strategic developments / Other";
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
