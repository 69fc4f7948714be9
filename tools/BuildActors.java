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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives Marsad's actor and agent lexicons from UniversalPetrarch's Arabic dictionaries (MIT).
 *
 * <pre>java tools/BuildActors.java /work/shared/data/UniversalPetrarch/dictionaries_arabic \
 *     core/src/main/resources/org/marsad/core/entity</pre>
 *
 * Reads actor_dict_ar_v4.txt (phrase lines, each followed by or carrying {@code [CODE yyyymmdd-yyyymmdd]}) and
 * agents.all.ar_v3.txt ({@code phrase [~SECTOR]}), and writes actors_petrarch.tsv and agents_petrarch.tsv:
 * underscores to spaces, diacritics and tatweel removed, stand-alone clitic letters dropped (the tokenizer strips
 * them), duplicates merged by normalised phrase. Dropped: codes that are not CAMEO-shaped (000, ?, empty), phrases
 * with Latin letters or digits, single words that are common Arabic words (word-by-word mistranslations such as
 * قاعدة for al-Qaeda or نهار for An-Nahar), known mistranslations, and every one-word agent without a country
 * (ordinary words such as مصدر, موقع or the adjective أمني; the curated file lists the agents worth having) and
 * every one-word -ي adjective coded with a country alone (افريقي, الدستوري: the curated file has the nationalities),
 * every "noun + nationality" coded with a country alone (قوة أميركي, سياسة أمريكي: the recognizer composes agents
 * with nationalities itself, other nouns are not actors), and the machine-made entries of autumn 2017. Leading titles of
 * person entries are dropped (رئيس سوري بشار الأسد → بشار الأسد) so that the curated titles compose with them. Dates: 18000101 and 19700101 are
 * placeholders (open bound); a range copied from the previous entry (the file's translation pass propagated
 * them) or ending before it starts is dropped. A lemma phrase whose last word is an adjective in -ي also gets
 * its feminine form in -ية, so that "وزارة الدفاع الأميركية" matches.
 */
public final class BuildActors {
    static final String HEADER_COLUMNS = "# columns: phrase\tcode\tcountry\tsector\tname_en\tvalid_from\tvalid_until\tsource\tflags";
    static final Pattern CODE_LINE = Pattern.compile("\\[\\s*([^\\]]*?)\\s*\\]");
    static final Pattern CAMEO = Pattern.compile("(?:[A-Z]{3})+");
    static final Pattern RANGE = Pattern.compile("(\\d{8})\\s*-\\s*(\\d{8})");
    static final Pattern OPEN = Pattern.compile("([<>])\\s*(\\d{8})");
    static final Set<String> PSEUDO_COUNTRIES = Set.of("IGO", "IMG", "NGO", "MNC", "INT", "UNO");

    /** Single words that are ordinary Arabic words: as a one-word actor they would fire on ordinary text. */
    static final Set<String> COMMON = Set.of("رئيس", "وزير", "نائب", "شركه", "حكومه", "قوه", "دوله", "شعب", "ورق",
            "وصف", "نيل", "نيس", "مه", "مني", "نهار", "قاعده", "فتح", "امل", "نخبه", "سلاح", "قانون", "قانوني",
            "معرض", "مصنع", "مدرسه", "مدينه", "جامعه", "مؤسسه", "منظمه", "وكاله", "وحده", "صحيفه", "مجله", "جزيره",
            "معطي", "قضاء", "قطاع", "جمهوريه", "مجلس", "شرق", "غرب", "ماء", "الف", "مربع", "حزب", "مصرف", "بنك",
            "مسؤول", "مواطن", "مستثمر", "ناسف", "قنبله", "اعلام", "صحافه", "تلفزيون", "لواء", "جنرال", "محكمه",
            "قاضي", "محامي", "محافظ", "مدني", "عسكري", "مقاومه", "متشدد", "مسلح", "مسلحه", "نيسان", "ماشي", "هيلتون",
            "مرسيدس", "مادونا", "شركات", "زراعه", "صيد", "حصاد", "مزرعه", "فلاحه", "مربي", "امير", "ملك", "شيخ",
            "حرس", "مركز", "مكتب", "اداره", "هيئه", "لجنه", "سلطه", "جبهه", "حركه", "اتحاد", "جمعيه", "نقابه",
            "سفاره", "قنصليه", "عاصمه", "منطقه", "اقليم", "ولايه", "بلديه", "قريه", "سوق", "مطار", "ميناء", "سجن",
            "مستشفي", "مسجد", "كنيسه", "عمان", "عون", "غل", "موسي", "هاشمي", "نجاد", "قسام", "ترك", "المهدي", "سياسي",
            "عالم", "مشهد", "حشد", "اسلامي", "مسلم", "سني", "بحري", "خدمه", "فريق", "مقدم", "رائد", "قائد", "حاكم",
            "مملكه", "نظام", "سياده", "مصدر", "صوره", "بابا", "صور", "امن", "دفاع", "مبارك", "مشرف", "صدر", "بحر",
            "فرح", "اماره", "بري", "تهديد", "طاقه", "ماليه", "عماله", "افضل", "اوضاع", "تحالفي", "وضع", "سياسه", "تحرك", "موقف", "رؤيه", "قمه", "صحافي", "الصحافي", "صحفي", "سلام", "نور", "امين", "كريم", "جميل", "سعيد", "عادل", "موقع", "اتصال", "عمل", "صناعه", "طائره", "رياضي", "مجتمع", "ضحيه");

    /** Leading title words of a derived person entry ("رئيس سوري بشار الأسد"): curated titles handle them. */
    static final Set<String> TITLE_WORDS = Set.of("رئيس", "وزير", "ملك", "امير", "نائب", "سفير", "جنرال", "عاهل",
            "شيخ", "لواء", "عقيد", "عميد", "زعيم", "قائد", "مستشار", "امين", "عام", "خارجيه", "دفاع", "داخليه",
            "وزراء", "حكومه", "دوله", "سابق", "الرئيس", "الوزير", "الملك", "الامير", "مرشد", "اعلي", "ولي", "عهد");

    /** Word-by-word mistranslations, and first names shared by too many people to code (normalised). */
    static final Set<String> MISTRANSLATED = Set.of("شرق اوسط", "ماء صومالي", "الف عمر كوناري", "جنرال يحيي خان",
            "مزرعه البان", "مزرعه الكفاف", "مزرعه مستاجر", "مزرعه محاصصه", "لاجئ العايدين", "حرب عصابه انفصاليه",
            "سامسون", "رييف مصطفي", "عبد الله", "عبد العزيز", "عبد الرحمن", "عبد الكريم", "عبد الرحيم", "ابو بكر");

    record Code(String code, String from, String until) {
    }

    record Entry(String phrase, int line, List<Code> codes) {
    }

    record Row(String phrase, String code, String country, String sector, String from, String until, String source,
               String flags) {
        String tsv() {
            return String.join("\t", phrase, code, dash(country), dash(sector), "-", dash(from), dash(until), source,
                    dash(flags));
        }
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildActors.java PETRARCH_DICT_DIR OUT_DIR");
            System.exit(2);
        }
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Row> actors = rows(parseActors(read(src.resolve("actor_dict_ar_v4.txt"))), "actor_dict_ar_v4.txt");
        List<Row> agents = rows(parseAgents(read(src.resolve("agents.all.ar_v3.txt"))), "agents.all.ar_v3.txt");
        write(out.resolve("actors_petrarch.tsv"), "actor_dict_ar_v4.txt", actors);
        write(out.resolve("agents_petrarch.tsv"), "agents.all.ar_v3.txt", agents);
        System.out.println("actors_petrarch.tsv " + actors.size() + " rows; agents_petrarch.tsv " + agents.size() + " rows");
    }

    static List<String> read(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + p, e);
        }
    }

    /** Phrase lines start an entry; lines that begin with '[' after blanks add a code to the current entry. */
    static List<Entry> parseActors(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        String lastRange = null;
        List<Code> codes = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bracket = line.indexOf('[');
            if (bracket != 0) {
                String phrase = bracket < 0 ? line : line.substring(0, bracket);
                codes = new ArrayList<>();
                entries.add(new Entry(phrase, n + 1, codes));
            }
            if (bracket >= 0 && codes != null) {
                Matcher m = CODE_LINE.matcher(line.substring(bracket));
                if (m.find()) {
                    Code c = code(m.group(1));
                    String range = rangeText(m.group(1));
                    boolean propagated = range != null && range.equals(lastRange) && codes.isEmpty();
                    if (range != null) {
                        lastRange = range;
                    }
                    if (c != null) {
                        codes.add(propagated ? new Code(c.code(), null, null) : c);
                    }
                }
            }
        }
        return entries;
    }

    /** The file's last block: machine-made entries dated September-October 2017 (تأثير مهيمن → CHNGOVEDU). */
    static boolean autumn2017(Code c) {
        return c.from() != null && c.from().compareTo("2017-09-01") >= 0 && c.from().compareTo("2017-11-01") < 0;
    }

    static String rangeText(String inside) {
        Matcher r = RANGE.matcher(inside);
        return r.find() ? r.group() : null;
    }

    static Code code(String inside) {
        String[] parts = inside.split("\\s+", 2);
        String code = parts[0].replace("~", "");
        if (!CAMEO.matcher(code).matches() || code.startsWith("000")) {
            return null;
        }
        String dates = parts.length > 1 ? parts[1] : "";
        Matcher r = RANGE.matcher(dates);
        if (r.find()) {
            String from = date(r.group(1));
            String until = date(r.group(2));
            if (from != null && until != null && until.compareTo(from) <= 0) {
                return new Code(code, null, null);
            }
            return new Code(code, from, until);
        }
        Matcher o = OPEN.matcher(dates);
        if (o.find()) {
            String d = date(o.group(2));
            return o.group(1).equals(">") ? new Code(code, d, null) : new Code(code, null, d);
        }
        return new Code(code, null, null);
    }

    /** yyyymmdd as ISO, or null for placeholders and impossible dates. */
    static String date(String yyyymmdd) {
        if (yyyymmdd.equals("18000101") || yyyymmdd.equals("19700101") || yyyymmdd.compareTo("21000101") > 0) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)), Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8))).toString();
        } catch (java.time.DateTimeException e) {
            System.err.println("skipping impossible date " + yyyymmdd + ": " + e.getMessage());
            return null;
        }
    }

    /** {@code phrase [~SECTOR]} or {@code phrase [~SECTOR more words]}. */
    static List<Entry> parseAgents(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            int bracket = line.indexOf('[');
            if (line.isEmpty() || line.startsWith("#") || bracket <= 0) {
                continue;
            }
            Matcher m = Pattern.compile("\\[~([A-Z]+)").matcher(line.substring(bracket));
            if (m.find() && CAMEO.matcher(m.group(1)).matches()) {
                entries.add(new Entry(line.substring(0, bracket), n + 1, List.of(new Code(m.group(1), null, null))));
            }
        }
        return entries;
    }

    /** Cleans, filters and merges entries; one row per (normalised phrase, code, dates). */
    static List<Row> rows(List<Entry> entries, String file) {
        Map<String, Row> byKey = new LinkedHashMap<>();
        Set<String> countries = isoAlpha3();
        for (Entry e : entries) {
            String phrase = withoutTitle(clean(e.phrase()));
            boolean oneWord = !phrase.contains(" ");
            boolean agent = file.startsWith("agents") || e.codes().stream().allMatch(c -> country(c.code(), countries) == null);
            boolean nisba = !file.startsWith("agents") && e.codes().stream().allMatch(c -> c.code().length() == 3)
                    && (phrase.endsWith("ي") || phrase.endsWith("ية"));
            boolean nounAndNationality = !oneWord && nisba;
            if (!keep(phrase) || oneWord && (agent || nisba) || nounAndNationality) {
                continue;
            }
            for (Code c : e.codes()) {
                if (autumn2017(c)) {
                    continue;
                }
                for (String variant : variants(phrase, c)) {
                    String country = file.startsWith("agents") ? null : country(c.code(), countries);
                    String sector = sector(c.code(), country);
                    String flags = c.code().contains("MED") ? "source" : null;
                    Row row = new Row(variant, c.code(), country, sector, c.from(), c.until(), file + ":" + e.line(), flags);
                    byKey.putIfAbsent(fold(variant) + "\t" + c.code() + "\t" + c.from() + "\t" + c.until(), row);
                }
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /** Drops leading title words and the nisba adjective after them when a name of two words or more remains. */
    static String withoutTitle(String phrase) {
        String[] w = phrase.split(" ");
        int k = 0;
        while (k < w.length && (TITLE_WORDS.contains(fold(w[k])) || k > 0 && w[k].endsWith("ي") && !w[k].startsWith("ال"))) {
            k++;
        }
        return k > 0 && w.length - k >= 2 ? String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)) : phrase;
    }

    /** Underscores to spaces, diacritics and tatweel removed, stand-alone one-letter clitics dropped. */
    static String clean(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String w : raw.replace('_', ' ').strip().split("\\s+")) {
            String word = stripMarks(w);
            if (word.length() <= 1) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(word);
        }
        return sb.toString();
    }

    static String stripMarks(String w) {
        StringBuilder sb = new StringBuilder();
        for (char ch : w.toCharArray()) {
            boolean mark = ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640';
            if (!mark) {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    static boolean keep(String phrase) {
        if (phrase.isEmpty() || !phrase.chars().allMatch(ch -> ch == ' ' || ch >= '\u0600' && ch <= '\u06FF')) {
            return false;
        }
        String f = fold(phrase);
        if (MISTRANSLATED.contains(f)) {
            return false;
        }
        return f.contains(" ") || f.length() > 2 && !COMMON.contains(f) && !COMMON.contains(withoutArticle(f));
    }

    static String withoutArticle(String f) {
        return f.startsWith("ال") && f.length() > 4 ? f.substring(2) : f;
    }

    /**
     * The phrase, plus the feminine of a final -ي adjective in an undated multi-word lemma (dated entries are
     * people, whose names end in -ي too; a final word with ال is a name part, lemma adjectives lost theirs).
     */
    static List<String> variants(String phrase, Code c) {
        List<String> out = new ArrayList<>(List.of(phrase));
        int space = phrase.lastIndexOf(' ');
        boolean undated = c.from() == null && c.until() == null;
        if (undated && space > 0 && phrase.endsWith("ي") && phrase.length() - space > 3
                && !phrase.startsWith("ال", space + 1)) {
            out.add(phrase + "ة");
        }
        return out;
    }

    static String country(String code, Set<String> iso) {
        String head = code.substring(0, 3);
        return iso.contains(head) || PSEUDO_COUNTRIES.contains(head) ? head : null;
    }

    static String sector(String code, String country) {
        String rest = country == null ? code : code.substring(3);
        return rest.length() >= 3 ? rest.substring(0, 3) : null;
    }

    static Set<String> isoAlpha3() {
        Set<String> out = new TreeSet<>();
        for (String a2 : Locale.getISOCountries()) {
            out.add(new Locale("", a2).getISO3Country());
        }
        out.add("PSE");
        out.add("XKX");
        return out;
    }

    /** The runtime folding, enough for deduplication: alef variants, ى, ة. */
    static String fold(String s) {
        return s.replaceAll("[أإآٱ]", "ا").replace('ى', 'ي').replace('ة', 'ه');
    }

    static String dash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }

    static void write(Path file, String from, List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add("# " + file.getFileName() + ": actors derived from openeventdata/UniversalPetrarch, branch arabic @ a0af422,");
        lines.add("# dictionaries_arabic/" + from + ". Licence: MIT, Copyright (c) 2016 Open Event Data Alliance.");
        lines.add("# Built by tools/BuildActors.java on " + LocalDate.now() + "; do not edit by hand: fix the tool or");
        lines.add("# override the phrase in actors_curated.tsv (curated rows win). Dates: valid_from inclusive,");
        lines.add("# valid_until exclusive, '-' open. source = source file:line.");
        lines.add(HEADER_COLUMNS);
        for (Row r : rows) {
            lines.add(r.tsv());
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
