import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the Arabic gazetteer {@code gazetteer.tsv} of org.marsad.core.geo from public data sets.
 *
 * <pre>java tools/BuildGazetteer.java /work/shared/data core/src/main/resources/org/marsad/core/geo</pre>
 *
 * Sources (under DATA): geonames/cities500.txt and geonames/admin1.json (GeoNames, CC BY 4.0),
 * natural-earth/ne_10m_admin1_mena.geojson and ne_10m_admin1_world_attributes.tsv (Natural Earth, public domain),
 * country-names/i18n-iso-countries.ar.json (MIT) and cldr48.ar.territories.json (Unicode-3.0), plus the JDK's
 * Arabic country display names. Rows: every place of the MENA countries that has an Arabic-script name, places
 * elsewhere with an Arabic name and population >= 100,000 or a capital, places referenced by
 * places_curated.tsv (read from OUT when present), admin-1 units (at their GeoNames seat, as ACLED places a
 * province-level event at the provincial capital; without a seat, MENA: centroid of the Natural Earth polygon,
 * elsewhere: Natural Earth's label point) and countries (MENA: centroid of the country's admin-1 polygons;
 * elsewhere: its capital in GeoNames). A MENA place without a GeoNames admin-1 name takes the Natural Earth unit
 * that contains it. No coordinate is made up: each row names its source.
 * No dependencies; rerunnable; output is deterministic for the same inputs.
 *
 * <p>The pipeline, one class per stage below: {@link CuratedReferences} → {@link GeoNamesCities} (places, capitals,
 * province seats) → {@link MenaAdmin1} (units, polygons, country centroids) → point-in-polygon admin-1 of MENA
 * places → {@link WorldAdmin1} → {@link Countries} → {@link GazetteerWriter}. Rows keep that order.
 */
public final class BuildGazetteer {
    /** The countries the gazetteer covers in full (every named place, polygons for admin-1 and centroids). */
    static final Set<String> MENA = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA",
            "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "SS", "TR", "IL", "IR", "CY", "EH");

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildGazetteer.java DATA_DIR OUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> referenced = CuratedReferences.read(out.resolve("places_curated.tsv"));
        GeoNamesCities.Result cities = GeoNamesCities.read(data.resolve("geonames/cities500.txt"),
                data.resolve("geonames/admin1.json"), referenced);
        MenaAdmin1.Result mena = MenaAdmin1.read(data.resolve("natural-earth/ne_10m_admin1_mena.geojson"),
                cities.seats());
        List<Place> places = new ArrayList<>(cities.places());
        places.addAll(mena.places());
        int located = mena.areas().locateAll(places); // before the countries are added: they have no admin-1
        List<Place> world = WorldAdmin1.read(data.resolve("natural-earth/ne_10m_admin1_world_attributes.tsv"),
                cities.seats());
        List<Place> countries = Countries.read(data.resolve("country-names"), mena.countryCentroids(),
                cities.capitals());
        places.addAll(world);
        places.addAll(countries);
        GazetteerWriter.Counts counts = new GazetteerWriter.Counts(cities.places().size(), mena.places().size(),
                world.size(), countries.size());
        GazetteerWriter.write(out.resolve("gazetteer.tsv"), places, counts);
        System.out.printf("gazetteer.tsv: %d rows (%d GeoNames places, %d MENA admin-1, %d world admin-1,"
                + " %d countries); admin-1 of %d places found by point-in-polygon%n", places.size(), counts.cities(),
                counts.menaAdmin1(), counts.worldAdmin1(), counts.countries(), located);
    }
}

/** One gazetteer row; {@code arabic} is |-separated, {@code admin1} empty when unknown. */
record Place(String arabic, String english, String id, double lat, double lon, String cc, String admin1,
             String fcode, long population, String source) {

    /** This place in admin-1 unit {@code name}, its source saying how that was found. */
    Place withAdmin1(String name, String how) {
        return new Place(arabic, english, id, lat, lon, cc, name, fcode, population, source + "; " + how);
    }

    /** The tab-separated line; the gazetteer's columns are listed in its header. */
    String row() {
        return String.join("\t", arabic, english, id, coord(lat), coord(lon), cc, admin1.isEmpty() ? "-" : admin1,
                fcode, Long.toString(population), source);
    }

    private static String coord(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}

/** A coordinate and the source that gave it, written to the row so no coordinate is unexplained. */
record Point(double lat, double lon, String source) {
}

/**
 * The GeoNames ids that places_curated.tsv refers to. They enter the gazetteer whatever their size or names, since
 * a curated row (a camp, a crossing, a spelling) borrows its coordinates from them.
 */
final class CuratedReferences {
    private CuratedReferences() {
    }

    /**
     * Each referenced id with the Arabic name an ALIAS row puts first (it becomes the place's Arabic name:
     * "أستانا" rather than GeoNames' "أسطانا"), or "" for a SITE or REGION. Empty when the file is absent, so a
     * first build needs no curated table.
     */
    static Map<String, String> read(Path curated) {
        Map<String, String> ids = new HashMap<>();
        if (!Files.exists(curated)) {
            return ids;
        }
        for (String line : Io.readLines(curated)) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 4 || !c[2].strip().startsWith("gn:")) {
                continue;
            }
            String first = ArabicNames.stripMarks(c[0].split("\\|")[0]).strip();
            ids.merge(c[2].strip().substring(3), c[3].strip().equals("ALIAS") ? first : "",
                    (a, b) -> a.isEmpty() ? b : a);
        }
        return ids;
    }
}

/**
 * GeoNames cities500: the gazetteer's populated places. Every line is read, kept or not, because the capitals and
 * province seats it yields place the countries and admin-1 units of the later stages.
 */
final class GeoNamesCities {
    static final int WORLD_MIN_POPULATION = 100_000;

    /** The columns of a cities500 line that the gazetteer uses (GeoNames' readme numbers them 0 to 18). */
    record Row(String id, String name, String alternates, double lat, double lon, String fcode, String cc,
               String admin1Code, long population) {
        /** The row of a line, or empty for a short line. */
        static Optional<Row> parse(String line) {
            String[] c = line.split("\t", -1);
            if (c.length < 15) {
                return Optional.empty();
            }
            return Optional.of(new Row(c[0], c[1], c[3], Double.parseDouble(c[4]), Double.parseDouble(c[5]), c[7],
                    c[8], c[10], c[14].isEmpty() ? 0 : Long.parseLong(c[14])));
        }

        /** The key of admin1.json and of {@link ProvinceSeats}: "SY.12". */
        String admin1Key() {
            return cc + "." + admin1Code;
        }
    }

    /** The kept places, the most populous PPLC of each country, and each admin-1 unit's seat. */
    record Result(List<Place> places, Map<String, Place> capitals, ProvinceSeats seats) {
    }

    private GeoNamesCities() {
    }

    static Result read(Path cities, Path admin1Json, Map<String, String> referenced) {
        Map<String, String> admin1 = admin1Names(admin1Json);
        List<Place> places = new ArrayList<>();
        Map<String, Place> capitals = new HashMap<>();
        Map<String, Place> seats = new HashMap<>();
        for (String line : Io.readLines(cities)) {
            Optional<Row> parsed = Row.parse(line);
            if (parsed.isEmpty()) {
                continue;
            }
            Row r = parsed.get();
            List<String> names = names(r, referenced.getOrDefault(r.id(), ""));
            Place p = new Place(String.join("|", names.isEmpty() ? List.of("-") : names), r.name(), r.id(), r.lat(),
                    r.lon(), r.cc(), admin1.getOrDefault(r.admin1Key(), ""), r.fcode(), r.population(), "GeoNames");
            if (r.fcode().equals("PPLC")) {
                keepMostPopulous(capitals, r.cc(), p);
            }
            if (r.fcode().equals("PPLA") || r.fcode().equals("PPLC")) {
                keepMostPopulous(seats, r.admin1Key(), p);
            }
            if (wanted(r, names, referenced)) {
                places.add(p);
            }
        }
        return new Result(places, capitals, new ProvinceSeats(seats));
    }

    /** GeoNames' admin-1 names by code ("SY.12" → "Idlib"), the admin1 column of the places. */
    static Map<String, String> admin1Names(Path file) {
        Map<String, String> names = new HashMap<>();
        for (Object o : (List<?>) Json.parse(Io.readString(file))) {
            Map<?, ?> m = (Map<?, ?>) o;
            names.put((String) m.get("code"), (String) m.get("name"));
        }
        return names;
    }

    /**
     * The place's Arabic names, best first, without "محافظة إدلب" or "مدينة إدلب" (a town's name for its province,
     * or "city" and the name); a curated ALIAS name ({@code preferred}) replaces its spelling variants and goes first.
     */
    static List<String> names(Row r, String preferred) {
        List<String> names = ArabicNames.ofAlternates(r.alternates());
        names.removeIf(ArabicNames::administrative);
        if (!preferred.isEmpty()) {
            names.removeIf(name -> ArabicNames.fold(name).equals(ArabicNames.fold(preferred)));
            names.add(0, preferred);
        }
        return names;
    }

    /** Referenced, or named in Arabic and either in MENA or big (a capital, or 100,000 people) elsewhere. */
    static boolean wanted(Row r, List<String> names, Map<String, String> referenced) {
        boolean big = r.population() >= WORLD_MIN_POPULATION || r.fcode().equals("PPLC");
        return referenced.containsKey(r.id()) || (!names.isEmpty() && (BuildGazetteer.MENA.contains(r.cc()) || big));
    }

    /** Keeps the first place of the highest population under {@code key}. */
    private static void keepMostPopulous(Map<String, Place> byKey, String key, Place p) {
        Place old = byKey.get(key);
        if (old == null || old.population() < p.population()) {
            byKey.put(key, p);
        }
    }
}

/**
 * The seat (PPLA, or the capital) of each GeoNames admin-1 code ("SY.12" → Idlib). A province is placed at its
 * seat, as ACLED places a province-level event at the provincial capital.
 */
record ProvinceSeats(Map<String, Place> byAdmin1Code) {

    /** The seat of {@code admin1Code} (null when the source has none), else {@code fallback}. */
    Point at(String admin1Code, Point fallback) {
        Place seat = admin1Code == null ? null : byAdmin1Code.get(admin1Code);
        if (seat == null) {
            return fallback;
        }
        return new Point(seat.lat(), seat.lon(), "GeoNames:admin1-seat:" + seat.id());
    }
}

/**
 * Natural Earth's MENA admin-1 polygons, read once for three uses: the MENA units named in Arabic, the polygons
 * that give MENA places the admin-1 name GeoNames lacks, and the point of each MENA country (the area-weighted
 * centroid of its units).
 */
final class MenaAdmin1 {
    /** The units, the polygons, and each country's centroid. */
    record Result(List<Place> places, Admin1Areas areas, Map<String, Point> countryCentroids) {
    }

    private MenaAdmin1() {
    }

    static Result read(Path geojson, ProvinceSeats seats) {
        Map<?, ?> root = (Map<?, ?>) Json.parse(Io.readString(geojson));
        List<Place> places = new ArrayList<>();
        List<Geometry.Area> areas = new ArrayList<>();
        Map<String, double[]> sums = new TreeMap<>();
        for (Object f : (List<?>) root.get("features")) {
            Map<?, ?> props = (Map<?, ?>) ((Map<?, ?>) f).get("properties");
            Map<?, ?> geometry = (Map<?, ?>) ((Map<?, ?>) f).get("geometry");
            double[] c = Geometry.centroid(geometry);
            String cc = (String) props.get("iso_a2");
            areas.add(new Geometry.Area(cc, (String) props.get("name_en"), geometry));
            double[] s = sums.computeIfAbsent(cc, k -> new double[3]);
            s[0] += c[0] * c[2];
            s[1] += c[1] * c[2];
            s[2] += c[2];
            unit(cc, props, c, seats).ifPresent(places::add);
        }
        Map<String, Point> centroids = new HashMap<>();
        sums.forEach((cc, s) -> centroids.put(cc, new Point(s[1] / s[2], s[0] / s[2], "NaturalEarth:admin1-centroid")));
        return new Result(places, new Admin1Areas(areas), centroids);
    }

    /** The unit of a feature with an Arabic name, at its seat or else its polygon's {@code centroid} {lon, lat}. */
    static Optional<Place> unit(String cc, Map<?, ?> props, double[] centroid, ProvinceSeats seats) {
        String ar = (String) props.get("name_ar");
        if (ar == null || ar.isBlank()) {
            return Optional.empty();
        }
        Object gn = props.get("gn_id");
        String id = gn instanceof Double d && d > 0 ? Long.toString(d.longValue()) : "-";
        String en = (String) props.get("name_en");
        Point at = seats.at((String) props.get("gn_a1_code"),
                new Point(centroid[1], centroid[0], "NaturalEarth:centroid"));
        return Optional.of(new Place(ArabicNames.withoutPrefix(ar), en, id, at.lat(), at.lon(), cc, en, "ADM1", 0,
                at.source()));
    }
}

/**
 * The MENA admin-1 polygons, to name the unit of a MENA place GeoNames gives no admin-1: an event's location
 * carries its admin-1, as ACLED's rows do.
 */
record Admin1Areas(List<Geometry.Area> areas) {

    /** Replaces each MENA place without an admin-1 by the same place in the unit containing it; returns how many. */
    int locateAll(List<Place> places) {
        int n = 0;
        for (int i = 0; i < places.size(); i++) {
            Optional<Place> located = locate(places.get(i));
            if (located.isPresent()) {
                places.set(i, located.get());
                n++;
            }
        }
        return n;
    }

    /** The place in the first unit of its country containing it; empty when it has an admin-1 or none contains it. */
    Optional<Place> locate(Place p) {
        if (!p.admin1().isEmpty() || !BuildGazetteer.MENA.contains(p.cc())) {
            return Optional.empty();
        }
        for (Geometry.Area a : areas) {
            if (a.cc().equals(p.cc()) && a.contains(p.lon(), p.lat())) {
                return Optional.of(p.withAdmin1(a.name(), "admin-1 by point-in-polygon (Natural Earth)"));
            }
        }
        return Optional.empty();
    }
}

/**
 * Natural Earth's admin-1 attributes for the rest of the world (names and a label point, no polygons), so that a
 * province abroad still resolves. MENA units come from {@link MenaAdmin1}, so they are skipped here.
 */
final class WorldAdmin1 {
    private WorldAdmin1() {
    }

    /** The units outside MENA with an Arabic name and a label point, at their seat or else that point. */
    static List<Place> read(Path tsv, ProvinceSeats seats) {
        List<String> lines = Io.readLines(tsv);
        List<String> head = List.of(lines.get(0).split("\t", -1));
        List<Place> places = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String cc = c[head.indexOf("iso_a2")];
            String ar = c[head.indexOf("name_ar")];
            String lat = c[head.indexOf("latitude")];
            if (BuildGazetteer.MENA.contains(cc) || ar.isBlank() || lat.isBlank()
                    || !ArabicNames.isArabic(ArabicNames.stripMarks(ar).strip())) {
                continue;
            }
            String gn = c[head.indexOf("gn_id")];
            String id = gn.matches("[1-9][0-9]*") ? gn : "-";
            String en = c[head.indexOf("name_en")];
            Point at = seats.at(c[head.indexOf("gn_a1_code")], new Point(Double.parseDouble(lat),
                    Double.parseDouble(c[head.indexOf("longitude")]), "NaturalEarth:label"));
            places.add(new Place(ArabicNames.withoutPrefix(ar), en, id, at.lat(), at.lon(), cc, en, "ADM1", 0,
                    at.source()));
        }
        return places;
    }
}

/**
 * Countries: every ISO 3166 code, with the Arabic names of three sources (the JDK, i18n-iso-countries, CLDR 48)
 * merged, so that any of their spellings finds the country. Placed at its MENA centroid, else its GeoNames capital;
 * left out when it has neither, as no coordinate is made up.
 */
final class Countries {
    private Countries() {
    }

    static List<Place> read(Path dir, Map<String, Point> centroids, Map<String, Place> capitals) {
        List<Place> places = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : names(dir).entrySet()) {
            String cc = e.getKey();
            place(cc, e.getValue(), centroids.get(cc), capitals.get(cc)).ifPresent(places::add);
        }
        return places;
    }

    /** The Arabic names of each ISO 3166 code, sorted by code, the JDK's name first. */
    static Map<String, Set<String>> names(Path dir) {
        Map<String, Set<String>> names = new TreeMap<>();
        Locale ar = Locale.forLanguageTag("ar");
        for (String cc : Locale.getISOCountries()) {
            names.computeIfAbsent(cc, k -> new LinkedHashSet<>()).add(new Locale("", cc).getDisplayCountry(ar));
        }
        Map<?, ?> i18n = (Map<?, ?>) Json.at(Json.parse(Io.readString(dir.resolve("i18n-iso-countries.ar.json"))),
                "countries");
        i18n.forEach((k, v) -> addNames(names, (String) k, v));
        Map<?, ?> cldr = (Map<?, ?>) Json.at(Json.parse(Io.readString(dir.resolve("cldr48.ar.territories.json"))),
                "main", "ar", "localeDisplayNames", "territories");
        cldr.forEach((k, v) -> addNames(names, ((String) k).replaceAll("-alt-.*", ""), v));
        return names;
    }

    /** Adds the Arabic name or names ({@code value}: a string or a list) of a known two-letter code. */
    static void addNames(Map<String, Set<String>> names, String cc, Object value) {
        if (!cc.matches("[A-Z]{2}") || !names.containsKey(cc)) {
            return;
        }
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        for (Object v : values) {
            String name = ArabicNames.stripMarks((String) v).strip();
            if (ArabicNames.isArabic(name)) {
                names.get(cc).add(name);
            }
        }
    }

    /** The country's row, names deduplicated by folded form; empty without a centroid or capital. */
    static Optional<Place> place(String cc, Set<String> arabic, Point centroid, Place capital) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : arabic) {
            byKey.putIfAbsent(ArabicNames.fold(ArabicNames.stripMarks(name)), ArabicNames.stripMarks(name));
        }
        String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
        Optional<Point> at = Optional.ofNullable(centroid).or(() -> Optional.ofNullable(capital)
                .map(c -> new Point(c.lat(), c.lon(), "GeoNames:capital:" + c.id())));
        return at.map(p -> new Place(String.join("|", byKey.values()), english, "-", p.lat(), p.lon(), cc, "", "PCLI",
                0, p.source()));
    }
}

/** Writes gazetteer.tsv: a header naming sources, licences, counts and the columns, then one line per place. */
final class GazetteerWriter {
    /** The rows each source contributed, for the header's credits. */
    record Counts(int cities, int menaAdmin1, int worldAdmin1, int countries) {
    }

    private GazetteerWriter() {
    }

    static void write(Path file, List<Place> places, Counts n) {
        List<String> lines = new ArrayList<>(header(n));
        for (Place p : places) {
            lines.add(p.row());
        }
        Io.write(file, lines);
    }

    static List<String> header(Counts n) {
        return List.of(
                "# Marsad gazetteer: Arabic place names with coordinates. Generated by tools/BuildGazetteer.java on "
                        + LocalDate.now() + "; do not edit by hand (add to places_curated.tsv instead).",
                "# Sources: GeoNames cities500 and admin1 codes (https://www.geonames.org, CC BY 4.0, credit"
                        + " \"GeoNames\"): " + n.cities() + " places;",
                "#   Natural Earth 10m admin-1 (public domain): " + n.menaAdmin1() + " MENA units, " + n.worldAdmin1()
                        + " elsewhere, placed at their GeoNames seat (ACLED's provincial capital), else at the polygon"
                        + " centroid (MENA) or Natural Earth label point;",
                "#   countries: " + n.countries() + ", Arabic names from the JDK/CLDR (Unicode-3.0) and npm"
                        + " i18n-iso-countries (MIT); coordinates: centroid of Natural Earth admin-1 polygons, else the"
                        + " GeoNames capital. A MENA place without a GeoNames admin-1 name takes the Natural Earth unit"
                        + " containing it (point-in-polygon).",
                "# Columns: arabic names (|-separated)\tenglish name\tgeonameid or -\tlat\tlon\tcountry ISO-2\tadmin1"
                        + "\tfeature code\tpopulation\tsource");
    }
}

/**
 * Arabic name handling shared by the stages: which names are Arabic (not Persian, Urdu or Kurdish), their marks
 * removed, administrative prefixes, and the folding used to deduplicate spellings.
 */
final class ArabicNames {
    /** Letters of Persian, Urdu, Kurdish and Uyghur spelling: a name using them is not Arabic. */
    static final String NON_ARABIC_LETTERS = "پچژگکیەێۆڕڵھےۇۋڤۈۆۉې";
    static final String[] ADMIN_PREFIXES = {"محافظة ", "منطقة ", "ولاية ", "إقليم ", "اقليم ", "مقاطعة ", "شعبية ",
            "إمارة ", "امارة ", "لواء ", "قضاء ", "محافظه "};

    private ArabicNames() {
    }

    /** Arabic-script names of a GeoNames alternatenames field, diacritics removed, deduplicated by folded form. */
    static List<String> ofAlternates(String alternates) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String raw : alternates.split(",")) {
            String name = stripMarks(raw).strip().replaceAll("\\s+", " ");
            if (isArabic(name)) {
                byKey.putIfAbsent(fold(name), name);
            }
        }
        List<String> names = new ArrayList<>(byKey.values());
        names.sort((a, b) -> Integer.compare(preference(a), preference(b)));
        return names;
    }

    /** Lower is better: a bare name before one with an administrative prefix, then shorter, hamza spelled. */
    static int preference(String name) {
        int p = name.length() * 2;
        for (String prefix : ADMIN_PREFIXES) {
            if (name.startsWith(prefix)) {
                p += 100;
            }
        }
        if (name.startsWith("مدينة ")) {
            p += 100;
        }
        if (name.indexOf('أ') >= 0 || name.indexOf('إ') >= 0 || name.indexOf('ة') >= 0) {
            p -= 1;
        }
        return p;
    }

    /** "محافظة إدلب", "مدينة إدلب" among a town's names: the province's name, or the word "city" and the name. */
    static boolean administrative(String name) {
        for (String prefix : ADMIN_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return name.startsWith("مدينة ") || name.startsWith("مدينه ");
    }

    /** The Arabic name as given and without its administrative prefix ("محافظة إدلب" and "إدلب"), |-joined. */
    static String withoutPrefix(String arabic) {
        String name = stripMarks(arabic).strip();
        Set<String> names = new LinkedHashSet<>();
        for (String prefix : ADMIN_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length() + 1) {
                names.add(name.substring(prefix.length()));
            }
        }
        names.add(name);
        return String.join("|", names);
    }

    /** Two or more Arabic letters, spaces and hyphens only, none of another language's letters, not "ااا...". */
    static boolean isArabic(String name) {
        int letters = 0;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (NON_ARABIC_LETTERS.indexOf(ch) >= 0) {
                return false;
            }
            if (ch >= '\u0621' && ch <= '\u064A') {
                letters++;
            } else if (ch != ' ' && ch != '-') {
                return false;
            }
        }
        return letters >= 2 && !name.startsWith("ااا");
    }

    /** Without harakat, superscript alef and tatweel, alef wasla as alef: news text is rarely vocalised. */
    static String stripMarks(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!(ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640')) {
                b.append(ch == 'ٱ' ? 'ا' : ch);
            }
        }
        return b.toString();
    }

    /** The runtime ArabicNormalizer's folding, for deduplication only (the runtime folds keys again at load). */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}

/** UTF-8 file access that names the file when it fails. */
final class Io {
    private Io() {
    }

    static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

/** Area-weighted centroids of GeoJSON polygons, in planar lon/lat (good enough at admin-1 scale). */
final class Geometry {
    /** A named admin-1 polygon (outer rings and holes) for point-in-polygon by ray casting. */
    record Area(String cc, String name, Map<?, ?> geometry) {
        boolean contains(double x, double y) {
            List<?> coords = (List<?>) geometry.get("coordinates");
            List<?> polygons = "Polygon".equals(geometry.get("type")) ? List.of(coords) : coords;
            boolean inside = false;
            for (Object polygon : polygons) {
                for (Object ring : (List<?>) polygon) {
                    inside ^= crossings((List<?>) ring, x, y);
                }
            }
            return inside;
        }

        private static boolean crossings(List<?> ring, double x, double y) {
            boolean odd = false;
            for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                List<?> a = (List<?>) ring.get(i);
                List<?> b = (List<?>) ring.get(j);
                double xi = (Double) a.get(0), yi = (Double) a.get(1), xj = (Double) b.get(0), yj = (Double) b.get(1);
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    odd = !odd;
                }
            }
            return odd;
        }
    }

    /** {lon, lat, area}. */
    static double[] centroid(Map<?, ?> geometry) {
        List<?> coords = (List<?>) geometry.get("coordinates");
        List<List<?>> polygons = new ArrayList<>();
        if ("Polygon".equals(geometry.get("type"))) {
            polygons.add(coords);
        } else {
            for (Object p : coords) {
                polygons.add((List<?>) p);
            }
        }
        double sx = 0, sy = 0, sa = 0;
        for (List<?> polygon : polygons) {
            for (int r = 0; r < polygon.size(); r++) {
                double[] c = ring((List<?>) polygon.get(r));
                double sign = r == 0 ? 1 : -1;
                double a = Math.abs(c[2]) * sign;
                sx += c[0] * a;
                sy += c[1] * a;
                sa += a;
            }
        }
        return new double[] {sx / sa, sy / sa, sa};
    }

    /** {centroid x, centroid y, signed area} of a closed ring by the shoelace formula. */
    static double[] ring(List<?> points) {
        double a = 0, cx = 0, cy = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            List<?> p = (List<?>) points.get(i);
            List<?> q = (List<?>) points.get(i + 1);
            double x0 = (Double) p.get(0), y0 = (Double) p.get(1), x1 = (Double) q.get(0), y1 = (Double) q.get(1);
            double cross = x0 * y1 - x1 * y0;
            a += cross;
            cx += (x0 + x1) * cross;
            cy += (y0 + y1) * cross;
        }
        a /= 2;
        return new double[] {cx / (6 * a), cy / (6 * a), a};
    }
}

/** A minimal JSON reader: objects as LinkedHashMap, arrays as ArrayList, numbers as Double. */
final class Json {
    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Json j = new Json(text);
        Object v = j.value();
        j.ws();
        if (j.i != text.length()) {
            throw new IllegalArgumentException("trailing JSON at " + j.i);
        }
        return v;
    }

    /** The node under {@code keys}, object by object. */
    static Object at(Object node, String... keys) {
        for (String k : keys) {
            node = ((Map<?, ?>) node).get(k);
        }
        return node;
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(i);
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '"') {
            return string();
        } else if (s.startsWith("true", i) || s.startsWith("null", i)) {
            i += 4;
            return c == 't' ? Boolean.TRUE : null;
        } else if (s.startsWith("false", i)) {
            i += 5;
            return Boolean.FALSE;
        }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return Double.parseDouble(s.substring(start, i));
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (s.charAt(i) == '}') {
            i++;
            return m;
        }
        while (true) {
            ws();
            String k = string();
            ws();
            i++; // ':'
            m.put(k, value());
            ws();
            if (s.charAt(i++) == '}') {
                return m;
            }
        }
    }

    private List<Object> array() {
        List<Object> a = new ArrayList<>();
        i++;
        ws();
        if (s.charAt(i) == ']') {
            i++;
            return a;
        }
        while (true) {
            a.add(value());
            ws();
            if (s.charAt(i++) == ']') {
                return a;
            }
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++;
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        i++;
        return b.toString();
    }
}
