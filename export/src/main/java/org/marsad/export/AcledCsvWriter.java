package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Location;

/** ACLED-style CSV: ACLED's column names, one row an event, notes from the trigger and rule. */
final class AcledCsvWriter implements EventWriter {
    static final List<String> COLUMNS = List.of("event_id_cnty", "event_date", "year", "time_precision",
            "event_type", "sub_event_type", "actor1", "actor1_code", "actor2", "actor2_code", "civilian_targeting",
            "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
            "fatalities", "status", "plover_type", "cameo");
    private final Writer out;

    AcledCsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(String.join(",", COLUMNS));
        out.write('\n');
    }

    @Override
    public void write(Event e) throws IOException {
        AcledMapping.Type t = AcledMapping.of(e);
        Location l = e.location();
        String date = e.date().value();
        List<Object> row = List.of(e.id(), Csv.nz(date), date == null ? "" : date.substring(0, 4),
                Csv.nz(AcledMapping.timePrecision(e.date().precision())), t.eventType(), t.subEventType(),
                name(e.actor()), code(e.actor()), name(e.recipient()), code(e.recipient()),
                e.recipient() != null && "CVL".equals(e.recipient().sector()) ? "Civilian targeting" : "",
                l == null ? "" : Csv.nz(l.countryCode()), l == null ? "" : Csv.nz(l.countryCode()),
                l == null ? "" : Csv.nz(l.admin1()), l == null ? "" : Csv.nz(l.name() != null ? l.name() : l.text()),
                l == null ? "" : Csv.nz(l.lat()), l == null ? "" : Csv.nz(l.lon()), l == null ? "" : Csv.nz(l.precision()),
                e.source() == null ? "" : Csv.nz(e.source().outlet()),
                e.trigger().text() + " [" + e.rule() + "]", e.size().dead() == null ? 0 : e.size().dead(),
                e.status().json(), e.type().name(), Csv.nz(e.cameo()));
        out.write(row.stream().map(Csv::csv).collect(Collectors.joining(",")));
        out.write('\n');
    }

    private static String name(Entity x) {
        return x == null ? "" : x.nameEn() != null ? x.nameEn() : x.text();
    }

    private static String code(Entity x) {
        return x == null ? "" : Csv.nz(x.code());
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
