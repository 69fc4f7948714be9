package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The phrase lists of {@code page-cues.tsv} (chrome, related-block markers, photo credits, byline words, month
 * names), keyed by {@link #key}. Loaded once; read-only and thread-safe.
 */
final class PageCues {
    /** No cue key is longer: a line's {@link #keyStart} of more chars decides every phrase look-up. */
    static final int MAX_CUE_CHARS = 48;
    /** A plain space: normalising never joins it to what comes before it (see {@link #keyStart}). */
    private static final char SPACE = ' ';
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final PageCues STANDARD = load("page-cues.tsv");

    private final Map<String, Set<String>> byKind;
    /** The first words of all cues of all kinds, and what each opens, for {@link #prefix} and {@link #look}. */
    private final Map<String, Opening> byFirstWord;

    private PageCues(Map<String, Set<String>> byKind) {
        this.byKind = byKind;
        Map<String, Map<String, List<String>>> index = new HashMap<>();
        byKind.forEach((kind, cues) -> {
            for (String cue : cues) {
                index.computeIfAbsent(firstWord(cue), w -> new HashMap<>()).computeIfAbsent(kind, k -> new ArrayList<>()).add(cue);
            }
        });
        Map<String, Opening> openings = new HashMap<>();
        index.forEach((word, kinds) -> {
            kinds.replaceAll((kind, list) -> List.copyOf(list));
            int longest = kinds.values().stream().flatMap(List::stream).mapToInt(String::length).max().orElseThrow();
            openings.put(word, new Opening(longest, Map.copyOf(kinds)));
        });
        this.byFirstWord = Map.copyOf(openings);
    }

    /** What one first word opens: per kind the cues that start with it, and the length of the longest of them. */
    private record Opening(int longest, Map<String, List<String>> byKind) {
        /** The cues of the kind that open with this word (empty when none do). */
        List<String> cues(String kind) {
            return byKind.getOrDefault(kind, List.of());
        }
    }

    /**
     * A line's cue key (or {@link #keyStart}) and what its first word opens, looked up once: a line is put to
     * several phrase tests ({@link #is}, {@link #prefix} of several kinds), and most lines open no cue at all.
     */
    static final class CueKey {
        private final String key;
        private final Opening opening;

        private CueKey(String key, Opening opening) {
            this.key = key;
            this.opening = opening;
        }

        String key() {
            return key;
        }

        /** As {@link PageCues#is}: a cue of the kind is the key, so the key's first word opens it. */
        boolean is(String kind) {
            return opening != null && opening.cues(kind).contains(key);
        }

        /** As {@link PageCues#prefix}. */
        String prefix(String kind) {
            return opening == null ? null : longestPrefix(opening.cues(kind), key);
        }
    }

    /** The key and what its first word opens. */
    CueKey look(String key) {
        return new CueKey(key, byFirstWord.get(firstWord(key)));
    }

    static PageCues standard() {
        return STANDARD;
    }

    static PageCues load(String resource) {
        Map<String, Set<String>> byKind = new HashMap<>();
        for (TsvReader.Row row : TsvReader.read(PageCues.class, resource, 2)) {
            String kind = row.get(1);
            if (!List.of("chrome", "related", "read-also", "credit", "byline-start", "name-stop", "month", "day", "caption-start").contains(kind)) {
                throw row.error("unknown cue kind '" + kind + "'");
            }
            String cue = kind.equals("credit") ? compact(row.get(0)) : key(row.get(0));
            if (cue.isEmpty()) {
                throw row.error("cue has no letters");
            }
            if (cue.length() > MAX_CUE_CHARS) {
                throw row.error("cue longer than " + MAX_CUE_CHARS + " chars");
            }
            byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(cue);
        }
        return new PageCues(Map.copyOf(byKind));
    }

    /** Normalised, lower case, every run of non-letters and non-digits turned into one space. */
    static String key(String text) {
        String n = NORMALIZER.normalize(text).toLowerCase(Locale.ROOT);
        char[] out = new char[n.length()];
        int len = 0;
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Line.isLetterOrDigit(c)) {
                out[len++] = c;
                space = false;
            } else if (!space) {
                out[len++] = ' ';
                space = true;
            }
        }
        return new String(out, 0, len > 0 && out[len - 1] == ' ' ? len - 1 : len);
    }

    /**
     * Enough of {@link #key}{@code (text)} to decide {@link #is}, {@link #prefix} and emptiness as the whole key
     * would: the whole key, or a non-empty prefix of it that ends at one of its word ends and is longer than every
     * cue opening with its first word (any prefix, when that word opens no cue). It is the key of the text up to a
     * plain space, taken longer until it decides: normalising is per grapheme and a plain space starts one, so the
     * key of the text before a space is a prefix of the whole key that ends where the whole key has a space or
     * ends. A paragraph is thus looked up by the key of its first word or two, not of all of it.
     */
    String keyStart(String text) {
        return lookStart(text, 0, text.length()).key();
    }

    /**
     * The {@link #keyStart} of {@code text[from, to)} (a line's, read from its page without copying it) and what
     * its first word opens. The first word of a paragraph most often opens no cue: one look-up settles it.
     */
    CueKey lookStart(String text, int from, int to) {
        String word = PlainWords.firstWord(text, from, to); // the key of the text up to its first space, most often
        if (word != null) {
            Opening opening = byFirstWord.get(word); // a first word is its own first word
            if (opening == null || word.length() > opening.longest()) {
                return new CueKey(word, opening);
            }
        }
        int cut = spaceAt(text, from, to, 0);
        while (cut > 0) {
            String start = key(text.substring(from, from + cut));
            if (decides(start)) {
                return look(start);
            }
            cut = spaceAt(text, from, to, 2 * cut + 1);
        }
        return look(key(text.substring(from, to)));
    }

    /** The offset from {@code from} of the first plain space in {@code text[from + at, to)}, or -1. */
    private static int spaceAt(String text, int from, int to, int at) {
        int k = from + at < to ? text.indexOf(SPACE, from + at) : -1;
        return k < 0 || k >= to ? -1 : k - from;
    }

    /** True when a key start, ending at a word end of the whole key, is longer than any cue it could be. */
    private boolean decides(String start) {
        Opening opening = byFirstWord.get(firstWord(start));
        return !start.isEmpty() && start.length() > (opening == null ? 0 : opening.longest());
    }

    /** {@link #key} without spaces: "أ.ف.ب" and "أ ف ب" both become "افب". */
    static String compact(String text) {
        return key(text).replace(" ", "");
    }

    boolean is(String kind, String key) {
        return byKind.getOrDefault(kind, Set.of()).contains(key);
    }

    /**
     * The longest cue of the kind that {@code key} starts with (as whole words), or null. Only the cues that share
     * the key's first word are tried. {@code key} may be a {@link #keyStart}.
     */
    String prefix(String kind, String key) {
        Opening opening = byFirstWord.get(firstWord(key));
        return opening == null ? null : longestPrefix(opening.cues(kind), key);
    }

    /** The longest of the candidates that {@code key} starts with as whole words, or null. */
    private static String longestPrefix(List<String> candidates, String key) {
        String best = null;
        for (String cue : candidates) {
            boolean whole = key.length() == cue.length() || key.length() > cue.length() && key.charAt(cue.length()) == ' ';
            if (whole && key.startsWith(cue) && (best == null || cue.length() > best.length())) {
                best = cue;
            }
        }
        return best;
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** True when the compact key is a known photo credit or (for credits over four letters) starts with one. */
    boolean isCredit(String compactKey) {
        for (String cue : byKind.getOrDefault("credit", Set.of())) {
            if (cue.length() <= 4 ? compactKey.equals(cue) : compactKey.startsWith(cue)) {
                return true;
            }
        }
        return false;
    }
}
