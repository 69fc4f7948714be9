package org.marsad.export;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Location;
import org.marsad.model.Sector;

/**
 * The GDELT 2.0 event table ("GDELT Event Codebook V2.0"): its 61 tab-separated columns in its order, no header row,
 * as GDELT's {@code .export.CSV} files are, so that the tools and schemas written for them read this file as it is.
 *
 * <ul>
 * <li>{@code GlobalEventID}: an integer, the first 15 hex digits of the Marsad id (stable for the same event).</li>
 * <li>Actor codes are CAMEO codes (country alpha-3 + sector), actor country codes CAMEO's three letters, as GDELT
 * writes them; {@code Actor1Name} is the English name in capitals, {@code Actor1Type1Code} the sector.</li>
 * <li>Place country codes are FIPS 10-4 (Lebanon LE, Iraq IZ; ISO's LB would be Liberia), from {@code
 * countries.tsv}; {@code ADM1Code} is the FIPS country code alone when the place is the country, else empty
 * (Marsad knows the first-level division's name, not its FIPS code); {@code FeatureID} the GeoNames id.</li>
 * <li>{@code IsRootEvent} 0 (Marsad does not know the paragraph), {@code NumMentions} the reports of the event in
 * the article, {@code NumSources} and {@code NumArticles} 1, {@code AvgTone} empty (Marsad measures no tone);
 * actor geographies are empty (Marsad places the event, not each actor).</li>
 * <li>{@code DATEADDED}: the publication day at 00:00:00 (YYYYMMDDHHMMSS), else the event day.</li>
 * </ul>
 * Events whose date is not known to the day (GDELT's {@code Day} is a full date) are written with the day their
 * date stands for (the first of a month or year), events whose text gives no date with the publication day (as
 * GDELT does); the Marsad precision is not in the table: use the JSON Lines export when that matters. Events with
 * neither a date nor a publication day are left out and counted.
 */
final class GdeltEventWriter implements EventWriter {
    static final List<String> COLUMNS = columns();
    private final Writer out;
    private int undated;

    GdeltEventWriter(Writer out) {
        this.out = out;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"));
        for (String a : List.of("Actor1", "Actor2")) {
            for (String f : List.of("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                    "Religion2Code", "Type1Code", "Type2Code", "Type3Code")) {
                c.add(a + f);
            }
        }
        c.addAll(List.of("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                "NumMentions", "NumSources", "NumArticles", "AvgTone"));
        for (String g : List.of("Actor1Geo", "Actor2Geo", "ActionGeo")) {
            for (String f : List.of("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
                    "FeatureID")) {
                c.add(g + "_" + f);
            }
        }
        c.add("DATEADDED");
        c.add("SOURCEURL");
        return List.copyOf(c);
    }

    @Override
    public void write(Event e, String sentence) throws IOException {
        LocalDate day = day(e);
        if (day == null) {
            undated++;
            return;
        }
        List<Object> row = new ArrayList<>(COLUMNS.size());
        row.add(Long.parseLong(hex(e.id()), 16));
        row.add(day.toString().replace("-", ""));
        row.add(day.toString().substring(0, 7).replace("-", ""));
        row.add(day.getYear());
        row.add(Numbers.fixed(day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear(), 4));
        actor(row, e.actor());
        actor(row, e.recipient());
        String cameo = e.cameo() == null ? "" : e.cameo();
        row.add(0);
        row.add(cameo);
        row.add(cameo.length() >= 3 ? cameo.substring(0, 3) : cameo);
        row.add(cameo.length() >= 2 ? cameo.substring(0, 2) : "");
        row.add(e.quadClass() == null ? "" : e.quadClass());
        row.add(Goldstein.score(cameo).map(Object::toString).orElse(""));
        row.add(1 + e.mentions().size());
        row.add(1);
        row.add(1);
        row.add("");
        emptyGeo(row);
        emptyGeo(row);
        place(row, e.location());
        String published = e.source() == null ? null : e.source().published();
        row.add((published != null && published.length() == 10 ? published : day.toString()).replace("-", "")
                + "000000");
        row.add(e.source() == null ? "" : Csv.nz(e.source().url()));
        out.write(row.stream().map(Csv::tsv).collect(Collectors.joining("\t")));
        out.write('\n');
    }

    private static String hex(String id) {
        String h = id.startsWith("e-") ? id.substring(2) : id;
        return h.length() > 15 ? h.substring(0, 15) : h;
    }

    /**
     * The event's day: its date, or the first day of its month or year; for an event whose text gives no date, the
     * publication day (as GDELT dates such events); null when neither is known.
     */
    private static LocalDate day(Event e) {
        String v = e.date().value();
        if (v == null) {
            v = e.source() == null ? null : e.source().published();
        }
        if (v == null) {
            return null;
        }
        try {
            return v.length() == 10 ? LocalDate.parse(v) : v.length() == 7 ? LocalDate.parse(v + "-01")
                    : v.length() == 4 ? LocalDate.of(Integer.parseInt(v), 1, 1) : null;
        } catch (RuntimeException x) {
            return null;
        }
    }

    private static void actor(List<Object> row, Entity x) {
        if (x == null) {
            for (int i = 0; i < 10; i++) {
                row.add("");
            }
            return;
        }
        row.add(Csv.nz(x.code()));
        String name = x.nameEn() != null ? x.nameEn() : "";
        row.add(name.toUpperCase(Locale.ROOT));
        row.add(Csv.nz(x.country()));
        row.add("");
        row.add("");
        row.add("");
        row.add("");
        row.add(Csv.nz(Sector.json(x.sector())));
        row.add("");
        row.add("");
    }

    private static void emptyGeo(List<Object> row) {
        row.add(0);
        for (int i = 0; i < 7; i++) {
            row.add("");
        }
    }

    /** ActionGeo: type (1 country, 4 world city, 5 world state), full name, FIPS country, ADM1, ADM2, lat, long, id. */
    private static void place(List<Object> row, Location l) {
        if (l == null || l.lat() == null || l.lon() == null) {
            emptyGeo(row);
            return;
        }
        var country = Countries.of(l.countryCode());
        String feature = l.featureCode() == null ? "" : l.featureCode();
        boolean isCountry = feature.startsWith("PCL");
        int type = isCountry ? 1 : feature.equals("ADM1") ? 5 : 4;
        String fips = country.map(Countries.Country::fips).orElse("");
        if ("WE".equals(fips) && l.admin1() != null && l.admin1().toLowerCase(Locale.ROOT).contains("gaza")) {
            fips = "GZ";
        }
        List<String> full = new ArrayList<>();
        String name = l.name() != null ? l.name() : l.text();
        full.add(name);
        if (!isCountry && l.admin1() != null && !l.admin1().equals(name)) {
            full.add(l.admin1());
        }
        if (!isCountry) {
            country.map(Countries.Country::name).ifPresent(full::add);
        }
        row.add(type);
        row.add(String.join(", ", full));
        row.add(fips);
        row.add(isCountry ? fips : "");
        row.add("");
        row.add(Numbers.fixed(l.lat(), 4));
        row.add(Numbers.fixed(l.lon(), 4));
        row.add(l.geonameid() == null ? (isCountry ? fips : "") : l.geonameid());
    }

    @Override
    public String summary() {
        return undated == 0 ? "" : undated + " events without a date or publication day left out (GDELT's Day is a full date)";
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
