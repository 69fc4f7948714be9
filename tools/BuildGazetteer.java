import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 */
public final class BuildGazetteer {
    static final Set<String> MENA = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA",
            "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "SS", "TR", "IL", "IR", "CY", "EH");
    static final int WORLD_MIN_POPULATION = 100_000;
    /** Letters of Persian, Urdu, Kurdish and Uyghur spelling: a name using them is not Arabic. */
    static final String NON_ARABIC_LETTERS = "پچژگکیەێۆڕڵھےۇۋڤۈۆۉې";
    static final String[] ADMIN_PREFIXES = {"محافظة ", "منطقة ", "ولاية ", "إقليم ", "اقليم ", "مقاطعة ", "شعبية ",
            "إمارة ", "امارة ", "لواء ", "قضاء ", "محافظه "};

    record Place(String arabic, String english, String id, double lat, double lon, String cc, String admin1,
                 String fcode, long population, String source) {
        String row() {
            return String.join("\t", arabic, english, id, coord(lat), coord(lon), cc, admin1.isEmpty() ? "-" : admin1,
                    fcode, Long.toString(population), source);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildGazetteer.java DATA_DIR OUT_DIR");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Map<String, String> admin1 = admin1Names(data.resolve("geonames/admin1.json"));
        Map<String, String> referenced = curatedIds(out.resolve("places_curated.tsv"));
        List<Place> places = new ArrayList<>();
        Map<String, Place> capitals = new HashMap<>();
        int cities = cities(data.resolve("geonames/cities500.txt"), admin1, referenced, places, capitals);
        Map<String, double[]> countryCentroids = new HashMap<>();
        int menaAdmin1 = menaAdmin1(data.resolve("natural-earth/ne_10m_admin1_mena.geojson"), places, countryCentroids);
        int located = fillAdmin1(places);
        int worldAdmin1 = worldAdmin1(data.resolve("natural-earth/ne_10m_admin1_world_attributes.tsv"), places);
        int countries = countries(data.resolve("country-names"), countryCentroids, capitals, places);
        write(out.resolve("gazetteer.tsv"), places, cities, menaAdmin1, worldAdmin1, countries);
        System.out.printf("gazetteer.tsv: %d rows (%d GeoNames places, %d MENA admin-1, %d world admin-1, %d countries);"
                + " admin-1 of %d places found by point-in-polygon%n", places.size(), cities, menaAdmin1, worldAdmin1,
                countries, located);
    }

    // ---- GeoNames ----

    static int cities(Path file, Map<String, String> admin1, Map<String, String> referenced, List<Place> places,
                      Map<String, Place> capitals) throws IOException {
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t", -1);
            if (c.length < 15) {
                continue;
            }
            String id = c[0];
            String cc = c[8];
            String fcode = c[7];
            long pop = c[14].isEmpty() ? 0 : Long.parseLong(c[14]);
            List<String> names = arabicNames(c[3]);
            names.removeIf(BuildGazetteer::administrativeName);
            String preferred = referenced.getOrDefault(id, "");
            if (!preferred.isEmpty()) {
                names.removeIf(name -> fold(name).equals(fold(preferred)));
                names.add(0, preferred);
            }
            boolean mena = MENA.contains(cc);
            boolean big = pop >= WORLD_MIN_POPULATION || fcode.equals("PPLC");
            boolean wanted = referenced.containsKey(id) || (!names.isEmpty() && (mena || big));
            Place p = new Place(String.join("|", names.isEmpty() ? List.of("-") : names), c[1], id,
                    Double.parseDouble(c[4]), Double.parseDouble(c[5]), cc, admin1.getOrDefault(cc + "." + c[10], ""),
                    fcode, pop, "GeoNames");
            if (fcode.equals("PPLC") && (!capitals.containsKey(cc) || capitals.get(cc).population() < pop)) {
                capitals.put(cc, p);
            }
            Place seat = SEATS.get(cc + "." + c[10]);
            if ((fcode.equals("PPLA") || fcode.equals("PPLC")) && (seat == null || seat.population() < pop)) {
                SEATS.put(cc + "." + c[10], p);
            }
            if (wanted) {
                places.add(p);
                n++;
            }
        }
        return n;
    }

    /** Arabic-script names of a GeoNames alternatenames field, diacritics removed, deduplicated by folded form. */
    static List<String> arabicNames(String alternates) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String raw : alternates.split(",")) {
            String name = stripMarks(raw).strip().replaceAll("\\s+", " ");
            if (isArabicName(name)) {
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
    static boolean administrativeName(String name) {
        for (String prefix : ADMIN_PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return name.startsWith("مدينة ") || name.startsWith("مدينه ");
    }

    static boolean isArabicName(String name) {
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

    static Map<String, String> admin1Names(Path file) throws IOException {
        Map<String, String> names = new HashMap<>();
        for (Object o : (List<?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8))) {
            Map<?, ?> m = (Map<?, ?>) o;
            names.put((String) m.get("code"), (String) m.get("name"));
        }
        return names;
    }

    /**
     * The GeoNames ids that places_curated.tsv refers to, each with the Arabic name an ALIAS row puts first (it
     * becomes the place's Arabic name: "أستانا" rather than GeoNames' "أسطانا"), or "" for a SITE or REGION.
     */
    static Map<String, String> curatedIds(Path curated) throws IOException {
        Map<String, String> ids = new HashMap<>();
        if (!Files.exists(curated)) {
            return ids;
        }
        for (String line : Files.readAllLines(curated, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            if (line.startsWith("#") || c.length < 4 || !c[2].strip().startsWith("gn:")) {
                continue;
            }
            String first = stripMarks(c[0].split("\\|")[0]).strip();
            ids.merge(c[2].strip().substring(3), c[3].strip().equals("ALIAS") ? first : "",
                    (a, b) -> a.isEmpty() ? b : a);
        }
        return ids;
    }

    // ---- Natural Earth ----

    /** The seat (PPLA, or the capital) of each GeoNames admin-1 code ("SY.12" → Idlib), from cities500. */
    static final Map<String, Place> SEATS = new HashMap<>();

    /**
     * A province's point: its seat, as ACLED places a province-level event at the provincial capital; else
     * {@code fallback} ({lat, lon}) with {@code fallbackSource}. Returns {lat, lon} and the source.
     */
    static Map.Entry<double[], String> provincePoint(String admin1Code, double[] fallback, String fallbackSource) {
        Place seat = admin1Code == null ? null : SEATS.get(admin1Code);
        if (seat == null) {
            return Map.entry(fallback, fallbackSource);
        }
        return Map.entry(new double[] {seat.lat(), seat.lon()}, "GeoNames:admin1-seat:" + seat.id());
    }

    /** Natural Earth admin-1 polygons of the MENA layer, for point-in-polygon. */
    static final List<Geometry.Area> AREAS = new ArrayList<>();

    static int menaAdmin1(Path file, List<Place> places, Map<String, double[]> countryCentroids) throws IOException {
        Map<?, ?> root = (Map<?, ?>) Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        Map<String, double[]> sums = new TreeMap<>();
        int n = 0;
        for (Object f : (List<?>) root.get("features")) {
            Map<?, ?> props = (Map<?, ?>) ((Map<?, ?>) f).get("properties");
            double[] c = Geometry.centroid((Map<?, ?>) ((Map<?, ?>) f).get("geometry"));
            String cc = (String) props.get("iso_a2");
            AREAS.add(new Geometry.Area(cc, (String) props.get("name_en"), (Map<?, ?>) ((Map<?, ?>) f).get("geometry")));
            double[] s = sums.computeIfAbsent(cc, k -> new double[3]);
            s[0] += c[0] * c[2];
            s[1] += c[1] * c[2];
            s[2] += c[2];
            String ar = (String) props.get("name_ar");
            if (ar == null || ar.isBlank()) {
                continue;
            }
            Object gn = props.get("gn_id");
            String id = gn instanceof Double d && d > 0 ? Long.toString(d.longValue()) : "-";
            String en = (String) props.get("name_en");
            Map.Entry<double[], String> at = provincePoint((String) props.get("gn_a1_code"), new double[] {c[1], c[0]},
                    "NaturalEarth:centroid");
            places.add(new Place(adminNames(ar), en, id, at.getKey()[0], at.getKey()[1], cc, en, "ADM1", 0,
                    at.getValue()));
            n++;
        }
        sums.forEach((cc, s) -> countryCentroids.put(cc, new double[] {s[0] / s[2], s[1] / s[2]}));
        return n;
    }

    /** Gives MENA places without a GeoNames admin-1 name the Natural Earth unit that contains them. */
    static int fillAdmin1(List<Place> places) {
        int n = 0;
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (!p.admin1().isEmpty() || !MENA.contains(p.cc())) {
                continue;
            }
            for (Geometry.Area a : AREAS) {
                if (a.cc().equals(p.cc()) && a.contains(p.lon(), p.lat())) {
                    places.set(i, new Place(p.arabic(), p.english(), p.id(), p.lat(), p.lon(), p.cc(), a.name(),
                            p.fcode(), p.population(), p.source() + "; admin-1 by point-in-polygon (Natural Earth)"));
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** The Arabic name as given and without its administrative prefix ("محافظة إدلب" and "إدلب"). */
    static String adminNames(String arabic) {
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

    static int worldAdmin1(Path file, List<Place> places) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> head = List.of(lines.get(0).split("\t", -1));
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t", -1);
            String cc = c[head.indexOf("iso_a2")];
            String ar = c[head.indexOf("name_ar")];
            String lat = c[head.indexOf("latitude")];
            if (MENA.contains(cc) || ar.isBlank() || lat.isBlank() || !isArabicName(stripMarks(ar).strip())) {
                continue;
            }
            String gn = c[head.indexOf("gn_id")];
            String id = gn.matches("[1-9][0-9]*") ? gn : "-";
            String en = c[head.indexOf("name_en")];
            Map.Entry<double[], String> at = provincePoint(c[head.indexOf("gn_a1_code")], new double[] {
                Double.parseDouble(lat), Double.parseDouble(c[head.indexOf("longitude")])}, "NaturalEarth:label");
            places.add(new Place(adminNames(ar), en, id, at.getKey()[0], at.getKey()[1], cc, en, "ADM1", 0,
                    at.getValue()));
            n++;
        }
        return n;
    }

    // ---- countries ----

    static int countries(Path dir, Map<String, double[]> centroids, Map<String, Place> capitals, List<Place> places)
            throws IOException {
        Map<String, Set<String>> names = new TreeMap<>();
        Locale ar = Locale.forLanguageTag("ar");
        for (String cc : Locale.getISOCountries()) {
            names.computeIfAbsent(cc, k -> new LinkedHashSet<>()).add(new Locale("", cc).getDisplayCountry(ar));
        }
        Map<?, ?> i18n = (Map<?, ?>) ((Map<?, ?>) Json.parse(Files.readString(dir.resolve("i18n-iso-countries.ar.json"),
                StandardCharsets.UTF_8))).get("countries");
        i18n.forEach((k, v) -> addCountryNames(names, (String) k, v));
        Map<?, ?> cldr = (Map<?, ?>) path(Json.parse(Files.readString(dir.resolve("cldr48.ar.territories.json"),
                StandardCharsets.UTF_8)), "main", "ar", "localeDisplayNames", "territories");
        cldr.forEach((k, v) -> addCountryNames(names, ((String) k).replaceAll("-alt-.*", ""), v));
        int n = 0;
        for (Map.Entry<String, Set<String>> e : names.entrySet()) {
            String cc = e.getKey();
            Place p = country(cc, e.getValue(), centroids.get(cc), capitals.get(cc));
            if (p != null) {
                places.add(p);
                n++;
            }
        }
        return n;
    }

    static void addCountryNames(Map<String, Set<String>> names, String cc, Object value) {
        if (!cc.matches("[A-Z]{2}") || !names.containsKey(cc)) {
            return;
        }
        List<?> values = value instanceof List<?> l ? l : List.of(value);
        for (Object v : values) {
            String name = stripMarks((String) v).strip();
            if (isArabicName(name)) {
                names.get(cc).add(name);
            }
        }
    }

    static Place country(String cc, Set<String> arabic, double[] centroid, Place capital) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : arabic) {
            byKey.putIfAbsent(fold(stripMarks(name)), stripMarks(name));
        }
        String names = String.join("|", byKey.values());
        String english = new Locale("", cc).getDisplayCountry(Locale.ENGLISH);
        if (centroid != null) {
            return new Place(names, english, "-", centroid[1], centroid[0], cc, "", "PCLI", 0,
                    "NaturalEarth:admin1-centroid");
        }
        if (capital != null) {
            return new Place(names, english, "-", capital.lat(), capital.lon(), cc, "", "PCLI", 0,
                    "GeoNames:capital:" + capital.id());
        }
        return null;
    }

    static Object path(Object node, String... keys) {
        for (String k : keys) {
            node = ((Map<?, ?>) node).get(k);
        }
        return node;
    }

    // ---- output ----

    static void write(Path file, List<Place> places, int cities, int menaAdmin1, int worldAdmin1, int countries) {
        List<String> lines = new ArrayList<>();
        lines.add("# Marsad gazetteer: Arabic place names with coordinates. Generated by tools/BuildGazetteer.java on "
                + LocalDate.now() + "; do not edit by hand (add to places_curated.tsv instead).");
        lines.add("# Sources: GeoNames cities500 and admin1 codes (https://www.geonames.org, CC BY 4.0, credit"
                + " \"GeoNames\"): " + cities + " places;");
        lines.add("#   Natural Earth 10m admin-1 (public domain): " + menaAdmin1 + " MENA units, " + worldAdmin1
                + " elsewhere, placed at their GeoNames seat (ACLED's provincial capital), else at the polygon centroid"
                + " (MENA) or Natural Earth label point;");
        lines.add("#   countries: " + countries + ", Arabic names from the JDK/CLDR (Unicode-3.0) and npm"
                + " i18n-iso-countries (MIT); coordinates: centroid of Natural Earth admin-1 polygons, else the"
                + " GeoNames capital. A MENA place without a GeoNames admin-1 name takes the Natural Earth unit"
                + " containing it (point-in-polygon).");
        lines.add("# Columns: arabic names (|-separated)\tenglish name\tgeonameid or -\tlat\tlon\tcountry ISO-2\tadmin1"
                + "\tfeature code\tpopulation\tsource");
        for (Place p : places) {
            lines.add(p.row());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String coord(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
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
