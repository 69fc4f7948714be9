package org.marsad.core.segment;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lexicon.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The phrase lists of {@code page-cues.tsv} (chrome, related-block markers, photo credits, byline words, month
 * names), keyed by {@link #key}. Loaded once; read-only and thread-safe.
 */
final class PageCues {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final PageCues STANDARD = load("page-cues.tsv");

    private final Map<String, Set<String>> byKind;

    private PageCues(Map<String, Set<String>> byKind) {
        this.byKind = byKind;
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
            byKind.computeIfAbsent(kind, k -> new HashSet<>()).add(cue);
        }
        return new PageCues(Map.copyOf(byKind));
    }

    /** Normalised, lower case, every run of non-letters and non-digits turned into one space. */
    static String key(String text) {
        String n = NORMALIZER.normalize(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = true;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        return len > 0 && out.charAt(len - 1) == ' ' ? out.substring(0, len - 1) : out.toString();
    }

    /** {@link #key} without spaces: "أ.ف.ب" and "أ ف ب" both become "افب". */
    static String compact(String text) {
        return key(text).replace(" ", "");
    }

    boolean is(String kind, String key) {
        return byKind.getOrDefault(kind, Set.of()).contains(key);
    }

    /** The longest cue of the kind that {@code key} starts with (as whole words), or null. */
    String prefix(String kind, String key) {
        String best = null;
        for (String cue : byKind.getOrDefault(kind, Set.of())) {
            boolean whole = key.length() == cue.length() || key.length() > cue.length() && key.charAt(cue.length()) == ' ';
            if (whole && key.startsWith(cue) && (best == null || cue.length() > best.length())) {
                best = cue;
            }
        }
        return best;
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
