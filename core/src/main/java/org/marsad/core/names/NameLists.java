package org.marsad.core.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The project's lexicons read as name evidence for the trained tagger: which words of a sentence begin or continue
 * a known place (geo gazetteer, curated places, countries, regions), a known person, organisation or other actor
 * (actor lexicons), a title, a given name, an organisation cue word or a club. Phrases are compared word by word
 * in a light form ({@link #key}: normalised, alef/yeh/teh-marbuta folded, the article ال dropped); the first word
 * may carry proclitics (و ف ب ل ك). The result is a bit set of {@link Kind}s per word, as beginning or inside.
 * Holds no training text. Thread-safe after construction.
 */
public final class NameLists {
    /** What a lexicon says of a phrase. */
    public enum Kind { PLACE, PERSON, ORG, ACTOR, TITLE, GIVEN, ORG_CUE, CLUB, COMMON_PLACE, PLACE_WORD, PERSON_WORD,
        ORG_WORD }

    /** Phrases longer than this many words are not matched. */
    static final int MAX_WORDS = 5;

    /** Organisation heads written for Marsad (the rule tagger's construct-state heads and institution nouns). */
    private static final List<String> ORG_CUES = List.of("حزب", "جبهة", "منظمة", "جامعة", "مجلس", "تنظيم", "معهد",
            "محكمة", "سرايا", "كتائب", "الأمم", "الاتحاد", "رابطة", "نقابة", "أكاديمية", "وزارة", "لجنة", "شركة",
            "هيئة", "مركز", "مؤسسة", "وكالة", "دائرة", "مكتب", "فريق", "منتخب", "نادي", "بنك", "صندوق", "جمعية",
            "حركة", "إدارة", "جيش", "قوات", "اتحاد", "صحيفة", "مجموعة", "برلمان", "بورصة");
    private static final Set<String> ORG_SECTORS = Set.of("PTY", "MED", "BUS", "EDU", "HRI");
    private static final Set<String> ORG_COUNTRIES = Set.of("IGO", "NGO", "IMG");

    private static final String GEO = "/org/marsad/core/geo/";
    private static final String ENTITY = "/org/marsad/core/entity/";
    private static final String NAMES = "/org/marsad/core/names/";

    private final ArabicNormalizer normalizer;
    private final Map<String, Integer> phrases = new HashMap<>();
    /** Single words that are some word of a known multi-word place, person or organisation. */
    private final Map<String, Integer> parts = new HashMap<>();

    /** Reads the shipped lexicons. */
    public static NameLists standard() {
        return new NameLists(new ArabicNormalizer(), NameLists::resource);
    }

    /** A lexicon file's lines by resource path, or null when absent. */
    public interface Source {
        List<String> lines(String path);
    }

    NameLists(ArabicNormalizer normalizer, Source source) {
        this.normalizer = normalizer;
        for (String row : rows(source, GEO + "gazetteer.tsv")) {
            for (String name : row.split("\t", -1)[0].split("\\|")) {
                add(name, Kind.PLACE);
            }
        }
        for (String row : rows(source, GEO + "places_curated.tsv")) {
            for (String name : row.split("\t", -1)[0].split("\\|")) {
                add(name, Kind.PLACE);
            }
        }
        for (String row : rows(source, GEO + "common_words.tsv")) {
            add(row.split("\t", -1)[0], Kind.COMMON_PLACE);
        }
        for (String row : rows(source, NAMES + "names-regions.tsv")) {
            add(row.split("\t", -1)[0], Kind.PLACE);
        }
        for (String row : rows(source, NAMES + "names-titles.tsv")) {
            add(row.split("\t", -1)[0], Kind.TITLE);
        }
        for (String row : rows(source, NAMES + "names-given-names.tsv")) {
            add(row.split("\t", -1)[0], Kind.GIVEN);
        }
        for (String row : rows(source, NAMES + "names-organisations.tsv")) {
            add(row.split("\t", -1)[0], Kind.CLUB);
        }
        ORG_CUES.forEach(w -> add(w, Kind.ORG_CUE));
        for (String file : List.of("actors_countries.tsv", "actors_curated.tsv", "actors_petrarch.tsv",
                "agents_petrarch.tsv")) {
            for (String row : rows(source, ENTITY + file)) {
                actor(row.split("\t", -1));
            }
        }
    }

    /** An actor row: phrase code country sector name_en valid_from valid_until source flags. */
    private void actor(String[] c) {
        if (c.length < 9) {
            return;
        }
        String phrase = c[0];
        String code = c[1];
        String country = c[2];
        String sector = c[3];
        if (c[8].contains("title")) {
            add(phrase, Kind.TITLE);
        } else if (code.length() == 3 && code.equals(country)) {
            add(phrase, Kind.PLACE);
        } else if (ORG_COUNTRIES.contains(country) || ORG_SECTORS.contains(sector)) {
            add(phrase, Kind.ORG);
            String[] words = phrase.strip().split("\\s+");
            if (words.length > 1) {
                add(words[0], Kind.ORG_CUE);
            }
        } else if (!"-".equals(c[5]) && personName(c[4])) {
            add(phrase, Kind.PERSON);
        } else {
            add(phrase, Kind.ACTOR);
        }
    }

    /** An English name of two or more capitalised words without a group word: a person's. */
    static boolean personName(String en) {
        if (en == null || en.equals("-")) {
            return false;
        }
        String s = en.replaceAll("\\(.*", "").strip();
        return capitalisedWords(s)
                && !s.matches("(?i).*\\b(forces|army|government|party|council|front|movement|ministry|union|league|"
                        + "agency|state|group|regime|court|bank|fund|police|office|parliament|assembly)\\b.*");
    }

    /**
     * Two or more single-space-separated capitalised words (A-Z, then letters, digits, _ ' - .), a word possibly
     * written al-Xxx or after bin/ibn. Plain code rather than a regular expression with nested quantifiers.
     */
    static boolean capitalisedWords(String s) {
        String[] t = s.split(" ", -1);
        if (t.length < 2 || !nameWord(t[0])) {
            return false;
        }
        for (int i = 1; i < t.length; i++) {
            if ((t[i].equals("bin") || t[i].equals("ibn")) && i + 1 < t.length) {
                i++;
                if (!nameWord(t[i])) {
                    return false;
                }
            } else if (!nameWord(t[i]) && !(t[i].startsWith("al-") && nameWord(t[i].substring(3)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWord(String w) {
        if (w.isEmpty() || w.charAt(0) < 'A' || w.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\''
                    || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private void add(String phrase, Kind kind) {
        String[] words = phrase.strip().split("\\s+");
        if (words.length == 0 || words.length > MAX_WORDS || words[0].isEmpty()) {
            return;
        }
        StringBuilder k = new StringBuilder();
        for (String w : words) {
            String key = key(w);
            if (key.isEmpty()) {
                return;
            }
            k.append(k.length() == 0 ? "" : " ").append(key);
        }
        phrases.merge(k.toString(), 1 << kind.ordinal(), (a, b) -> a | b);
        Kind part = kind == Kind.PLACE ? Kind.PLACE_WORD : kind == Kind.PERSON ? Kind.PERSON_WORD
                : kind == Kind.ORG || kind == Kind.CLUB ? Kind.ORG_WORD : null;
        if (part != null && words.length > 1) {
            for (String w : words) {
                String key = key(w);
                if (key.length() >= 3) {
                    words(key, part);
                }
            }
        }
    }

    private void words(String key, Kind kind) {
        parts.merge(key, 1 << kind.ordinal(), (a, b) -> a | b);
    }

    /** The light form of one word: normalised, alef forms, yeh and teh marbuta folded, the article dropped. */
    public String key(String word) {
        String n = fold(normalizer.normalize(word));
        if (n.startsWith("ال") && n.length() > 3) {
            n = n.substring(2);
        }
        return n;
    }

    /** Normalised and folded, the article kept. */
    public String light(String word) {
        return fold(normalizer.normalize(word));
    }

    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
                case 'ى' -> b.append('ي');
                case 'ة' -> b.append('ه');
                case 'ـ' -> { }
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    /**
     * The keys of a word read as the first of a phrase: as written, then without و/ف, then without ب/ل/ك
     * (لل read as ال). Light forms in, keys out.
     */
    List<String> firstKeys(String light) {
        List<String> out = new ArrayList<>(4);
        out.add(dropArticle(light));
        String w = light;
        if (w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
            w = w.substring(1);
            out.add(dropArticle(w));
        }
        if (w.length() > 3 && w.startsWith("لل")) {
            out.add(dropArticle("ال" + w.substring(2)));
        } else if (w.length() > 3 && (w.charAt(0) == 'ب' || w.charAt(0) == 'ل' || w.charAt(0) == 'ك')) {
            out.add(dropArticle(w.substring(1)));
        }
        return out;
    }

    static String dropArticle(String n) {
        return n.startsWith("ال") && n.length() > 3 ? n.substring(2) : n;
    }

    /**
     * For each word of a sentence (light forms), the kinds of the known phrases it begins (bits 0..15) and
     * continues (bits 16..31).
     */
    public int[] marks(String[] light) {
        int n = light.length;
        int[] out = new int[n];
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) {
            keys[i] = dropArticle(light[i]);
        }
        for (int i = 0; i < n; i++) {
            for (String first : firstKeys(light[i])) {
                Integer part = parts.get(first);
                if (part != null) {
                    out[i] |= part;
                }
                StringBuilder k = new StringBuilder(first);
                for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
                    if (len > 1) {
                        k.append(' ').append(keys[i + len - 1]);
                    }
                    Integer kinds = phrases.get(k.toString());
                    if (kinds != null) {
                        out[i] |= kinds;
                        for (int j = i + 1; j < i + len; j++) {
                            out[j] |= kinds << 16;
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The number of distinct phrase keys. */
    public int size() {
        return phrases.size();
    }

    private static List<String> rows(Source source, String path) {
        List<String> lines = source.lines(path);
        if (lines == null) {
            throw new IllegalStateException("name lexicon missing from the classpath: " + path);
        }
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.isBlank() && !l.startsWith("#")) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> resource(String path) {
        try (InputStream in = NameLists.class.getResourceAsStream(path)) {
            if (in == null) {
                return null;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
