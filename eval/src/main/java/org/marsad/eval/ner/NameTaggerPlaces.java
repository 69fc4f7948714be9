package org.marsad.eval.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.geo.Gazetteer;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The place names {@link NameTagger} reads as LOC, built from the geo package's resources (gazetteer.tsv,
 * places_curated.tsv, locatives.tsv, common_words.tsv read through their own files, not Gazetteer's
 * cue-bound lookup) and the tagger's own hand-written lists (NameTagger-regions.tsv, NameTagger-not-places.tsv).
 */
final class NameTaggerPlaces {
    private static final Set<String> MAJOR_CODES = Set.of("PCLI", "ADM1", "PPLC", "PPLA");
    private static final long MIN_POPULATION = 20_000;

    private NameTaggerPlaces() {
    }

    static List<String> column(Class<?> anchor, String resource) {
        List<String> out = new ArrayList<>();
        for (TsvReader.Row row : TsvReader.read(anchor, resource, 1)) {
            out.add(row.get(0));
        }
        return out;
    }

    /**
     * Place names: all names of several words; a single word only for a country, a first-level unit, a capital,
     * a curated place or a town of {@value #MIN_POPULATION}+ people (GeoNames has villages named like common
     * words). Cue words (locatives.tsv) and common words are left out; the hand-written regions are added.
     */
    static PhraseLexicon<Boolean> load(ArabicNormalizer normalizer) {
        Set<String> common = new HashSet<>();
        for (TsvReader.Row row : TsvReader.read(Gazetteer.class, "common_words.tsv", 1)) {
            common.add(normalizer.normalize(row.get(0)));
        }
        for (TsvReader.Row row : TsvReader.read(Gazetteer.class, "locatives.tsv", 1)) {
            common.add(normalizer.normalize(row.get(0)));
        }
        Set<String> cues = Set.copyOf(common);
        for (String word : column(NameTagger.class, "NameTagger-not-places.tsv")) {
            common.add(normalizer.normalize(word));
        }
        Set<String> keys = new HashSet<>();
        for (TsvReader.Row row : TsvReader.read(Gazetteer.class, "gazetteer.tsv", 10)) {
            boolean major = MAJOR_CODES.contains(row.get(7)) || population(row.get(8)) >= MIN_POPULATION;
            addNames(normalizer, row.get(0), major, common, cues, keys);
        }
        for (TsvReader.Row row : TsvReader.read(Gazetteer.class, "places_curated.tsv", 2)) {
            addNames(normalizer, row.get(0), true, common, cues, keys);
        }
        for (String region : column(NameTagger.class, "NameTagger-regions.tsv")) {
            keys.add(normalizer.normalize(region));
        }
        PhraseLexicon.Builder<Boolean> b = PhraseLexicon.builder(normalizer);
        keys.forEach(k -> b.add(k, Boolean.TRUE));
        return b.build();
    }

    private static void addNames(ArabicNormalizer normalizer, String names, boolean major, Set<String> common,
                                 Set<String> cues, Set<String> keys) {
        for (String name : names.split("\\|")) {
            String key = normalizer.normalize(name.strip());
            String first = key.split(" ")[0];
            boolean cued = key.indexOf(' ') > 0 && cues.contains(first); // شمال سيناء: the cue is no name
            if (key.length() >= 3 && !common.contains(key) && !cued && (major || key.indexOf(' ') > 0)) {
                keys.add(key);
            }
        }
    }

    private static long population(String cell) {
        try {
            return cell.isBlank() ? 0 : Long.parseLong(cell.strip());
        } catch (NumberFormatException e) {
            return 0; // lenient: an odd cell counts as unknown
        }
    }
}
