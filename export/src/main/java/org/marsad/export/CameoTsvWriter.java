package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Location;

/** A GDELT-like tab-separated table: date, actors, CAMEO code, quad class, Goldstein score, action geography. */
final class CameoTsvWriter implements EventWriter {
    static final List<String> COLUMNS = List.of("GlobalEventID", "Day", "Actor1Code", "Actor1CountryCode",
            "Actor2Code", "Actor2CountryCode", "EventCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long",
            "SOURCEURL", "PloverType", "Status");
    private final Writer out;

    CameoTsvWriter(Writer out) throws IOException {
        this.out = out;
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
    }

    @Override
    public void write(Event e) throws IOException {
        Location l = e.location();
        String day = e.date().value() == null ? "" : e.date().value().replace("-", "");
        String cameo = e.cameo() == null ? "" : e.cameo();
        List<Object> row = List.of(e.id(), day, code(e.actor()), country(e.actor()), code(e.recipient()),
                country(e.recipient()), cameo, cameo.length() >= 2 ? cameo.substring(0, 2) : "",
                e.quadClass() == null ? "" : e.quadClass(), Goldstein.score(cameo).map(Object::toString).orElse(""),
                1, l == null ? "" : l.name() != null ? l.name() : l.text(), l == null ? "" : Csv.nz(l.countryCode()),
                l == null ? "" : Csv.nz(l.lat()), l == null ? "" : Csv.nz(l.lon()),
                e.source() == null ? "" : Csv.nz(e.source().url()), e.type().name(), e.status().json());
        out.write(row.stream().map(Csv::tsv).collect(Collectors.joining("\t")));
        out.write('\n');
    }

    private static String code(Entity x) {
        return x == null ? "" : Csv.nz(x.code());
    }

    private static String country(Entity x) {
        return x == null ? "" : Csv.nz(x.country());
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
