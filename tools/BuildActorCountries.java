import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes actors_countries.tsv: every ISO 3166 country as an actor coded by its alpha-3 code alone.
 *
 * <pre>java tools/BuildActorCountries.java /work/shared/data/country-names/i18n-iso-countries.ar.json \
 *     core/src/main/resources/org/marsad/core/entity</pre>
 *
 * Arabic names from the JDK's CLDR data ({@code Locale.getDisplayCountry(new Locale("ar"))}, Unicode-3.0) and
 * from npm i18n-iso-countries (MIT); "(بورما)" style parentheses become a second name, " - " joins are dropped.
 * English names from the JDK. Hand-curated rows (actors_curated.tsv) win over these.
 */
public final class BuildActorCountries {
    private static final Pattern I18N_ENTRY = Pattern.compile("\"([A-Z]{2})\"\\s*:\\s*(\"[^\"]*\"|\\[[^\\]]*\\])");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** Names that are also ordinary words: مالي is "financial" far more often than Mali (جمهورية مالي stays). */
    private static final java.util.Set<String> AMBIGUOUS = java.util.Set.of("مالي");

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildActorCountries.java I18N_ISO_COUNTRIES_AR_JSON OUT_DIR");
            System.exit(2);
        }
        Map<String, List<String>> i18n = readI18n(Path.of(args[0]));
        List<String> lines = new ArrayList<>(List.of(
                "# actors_countries.tsv: every ISO 3166-1 country as an actor (code = alpha-3 alone).",
                "# Arabic names: JDK Locale.getDisplayCountry(ar) (CLDR, Unicode-3.0) and npm i18n-iso-countries@7.14.0 (MIT).",
                "# Built by tools/BuildActorCountries.java on " + LocalDate.now() + "; curated rows win over these.",
                "# columns: phrase\tcode\tcountry\tsector\tname_en\tvalid_from\tvalid_until\tsource\tflags"));
        Locale ar = new Locale("ar");
        int rows = 0;
        for (String a2 : Locale.getISOCountries()) {
            Locale l = new Locale("", a2);
            String a3 = l.getISO3Country();
            Map<String, String> names = new LinkedHashMap<>();
            addName(names, l.getDisplayCountry(ar));
            for (String n : i18n.getOrDefault(a2, List.of())) {
                addName(names, n);
            }
            for (String name : names.values()) {
                lines.add(String.join("\t", name, a3, a3, "-", l.getDisplayCountry(Locale.ENGLISH), "-", "-",
                        "jdk-cldr+i18n-iso-countries", "-"));
                rows++;
            }
        }
        write(Path.of(args[1]).resolve("actors_countries.tsv"), lines);
        System.out.println("actors_countries.tsv " + rows + " rows");
    }

    /** Splits "ميانمار (بورما)" into two names and drops the " - " of "الكونغو - كينشاسا". */
    static void addName(Map<String, String> names, String raw) {
        String main = raw.replaceAll("\\(.*?\\)", " ").replace(" - ", " ").replaceAll("[،,]", " ").strip().replaceAll("\\s+", " ");
        List<String> all = new ArrayList<>(List.of(main));
        Matcher m = Pattern.compile("\\((.*?)\\)").matcher(raw);
        while (m.find()) {
            all.add(m.group(1).strip());
        }
        for (String n : all) {
            if (!n.isEmpty() && !AMBIGUOUS.contains(n) && n.chars().allMatch(ch -> ch == ' ' || ch >= '\u0600' && ch <= '\u06FF')) {
                names.putIfAbsent(n.replaceAll("[أإآ]", "ا").replace('ة', 'ه').replace('ى', 'ي'), n);
            }
        }
    }

    static Map<String, List<String>> readI18n(Path json) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Matcher m = I18N_ENTRY.matcher(read(json));
        while (m.find()) {
            List<String> names = new ArrayList<>();
            Matcher q = QUOTED.matcher(m.group(2));
            while (q.find()) {
                names.add(q.group(1));
            }
            out.put(m.group(1), names);
        }
        return out;
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
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
