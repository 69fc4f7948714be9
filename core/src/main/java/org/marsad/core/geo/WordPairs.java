package org.marsad.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The first two words of a lexicon's entries of two words or more, split as
 * {@link org.marsad.core.lex.PhraseLexicon.Builder#add} splits its keys, each second word numbered. A match
 * longer than one word needs a form of the first word and a form of the next word to begin the same entry, so a
 * word whose {@link #followersOf followers} do not meet the next word's {@link #numbersOf numbers} matches alone
 * what it matches followed by any words: most first words of long names ("علي", "ان") are then taken without
 * walking the lexicon. Filled while the gazetteer loads, read-only after.
 */
final class WordPairs {
    private static final int[] NONE = new int[0];

    private final ArabicNormalizer normalizer;
    /** Each second word's number. */
    private final Map<String, Integer> seconds = new HashMap<>();
    /** Each first word's followers: the numbers of the second words of its entries. */
    private final Map<String, TreeSet<Integer>> followers = new HashMap<>();

    WordPairs(ArabicNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** Adds the entry {@code key} if it has two words or more. */
    void add(String key) {
        List<String> words = PhraseLexicon.Builder.words(normalizer.normalize(key));
        if (words.size() < 2) {
            return;
        }
        Integer second = seconds.computeIfAbsent(words.get(1), w -> seconds.size());
        followers.computeIfAbsent(words.get(0), w -> new TreeSet<>()).add(second);
    }

    /** The sorted numbers of the words that follow any of {@code forms} in an entry; empty for most words. */
    int[] followersOf(List<String> forms) {
        TreeSet<Integer> all = null;
        for (String f : forms) {
            TreeSet<Integer> some = followers.get(f);
            if (some != null) {
                all = all == null ? new TreeSet<>(some) : all;
                all.addAll(some);
            }
        }
        return all == null ? NONE : all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The sorted numbers of {@code forms} as second words of entries; empty for most words. */
    int[] numbersOf(List<String> forms) {
        TreeSet<Integer> all = null;
        for (String f : forms) {
            Integer n = seconds.get(f);
            if (n != null) {
                all = all == null ? new TreeSet<>() : all;
                all.add(n);
            }
        }
        return all == null ? NONE : all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** True when the sorted arrays {@code a} and {@code b} share a number. */
    static boolean meet(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                return true;
            }
            if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
