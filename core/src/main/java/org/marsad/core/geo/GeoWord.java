package org.marsad.core.geo;

import java.util.List;
import java.util.Set;
import org.marsad.core.text.Token;

/**
 * What the place stage needs to know of one distinct word, worked out once per word by its {@link Gazetteer}
 * ({@link Gazetteer#word}) and then read with one array access: most words of a sentence start no cue and no name,
 * and the few that do are mostly whole entries by themselves, so that the lexicons' tries are walked only where a
 * longer entry may start. {@code cue} and {@code name} are what the word alone matches (null: nothing);
 * {@code cueFollowers} and {@code nameFollowers} number the words that may follow it in a longer entry, and
 * {@code cueNumbers} and {@code nameNumbers} are its own numbers as such a following word (see {@link WordPairs}):
 * where they do not meet, a word matches what it matches alone. {@code procliticLength} is
 * {@link Gazetteer#procliticLength}, {@code commonName} tells that the word as a one-word name is an ordinary word,
 * and {@code shape} holds the word's bits ({@link #WAW}, {@link #ARTICLE}...).
 */
record GeoWord(Cue cue, int[] cueFollowers, int[] cueNumbers, List<Place> name, int[] nameFollowers,
               int[] nameNumbers, int procliticLength, boolean commonName, int shape) {

    /** The normalised word starts with و ("وحلب", "والشرقي"). */
    static final int WAW = 1;
    /** The normalised word starts with the article ال. */
    static final int ARTICLE = 2;
    /** The first word of a compound village name ("تل", "كفر", "دير"): the name goes on to the next word. */
    static final int COMPOUND = 4;
    /** A relative pronoun ("التي"): an unknown name ends before it. */
    static final int RELATIVE = 8;
    /** May be a word of an unknown name: not a number, two letters or more, Arabic (cues are checked apart). */
    static final int NAME_SHAPED = 16;
    /** Carries an attached ب meaning "in" ("بحلب", "وبدمشق"; not "بيروت", whose ب is its own). */
    static final int ATTACHED_IN = 32;
    /** A cue or a place name may start at this word (the test of nearly every word, so kept as a bit). */
    static final int STARTS_ENTRY = 64;
    /** The word alone is a cue or a place name. */
    static final int ALONE = 128;

    private static final Set<String> COMPOUND_WORDS = Set.of("تل", "عين", "كفر", "دير", "خربه", "جبل", "ابو", "بيت",
            "راس", "ام", "بئر", "بير", "بني", "عرب", "سيدي", "وادي", "مرج", "قصر", "حزم", "جسر", "باب");
    private static final Set<String> RELATIVE_WORDS = Set.of("التي", "الذي", "الذين", "اللتين", "اللذين", "اللواتي",
            "اللاتي");

    GeoWord {
        if (cue != null || name != null) {
            shape |= ALONE;
        }
        if (cue != null || cueFollowers.length > 0 || name != null || nameFollowers.length > 0) {
            shape |= STARTS_ENTRY;
        }
    }

    /**
     * True when the word neither is nor begins nor continues a cue or a name: such words differ only in their
     * shape, proclitic length and common-word flag, and equal ones may share one instance (their empty arrays are
     * {@link WordPairs}'s shared one).
     */
    boolean plain() {
        return cue == null && name == null && cueFollowers.length == 0 && cueNumbers.length == 0
                && nameFollowers.length == 0 && nameNumbers.length == 0;
    }

    /** True when a cue or a place name may start at this word. */
    boolean startsEntry() {
        return (shape & STARTS_ENTRY) != 0;
    }

    boolean is(int bit) {
        return (shape & bit) != 0;
    }

    /** The shape bits of {@code t}; {@code startsListedEntry}: its norm is a listed first word. */
    static int shapeOf(Token t, boolean startsListedEntry) {
        String norm = t.norm();
        int shape = 0;
        shape |= norm.startsWith("و") ? WAW : 0;
        shape |= norm.startsWith("ال") ? ARTICLE : 0;
        shape |= COMPOUND_WORDS.contains(norm) ? COMPOUND : 0;
        shape |= RELATIVE_WORDS.contains(norm) ? RELATIVE : 0;
        shape |= !t.isNumber() && norm.length() >= 2
                && Character.UnicodeBlock.of(norm.charAt(0)) == Character.UnicodeBlock.ARABIC ? NAME_SHAPED : 0;
        String p = t.proclitics();
        shape |= (p.startsWith("ب") || p.startsWith("وب") || p.startsWith("فب")) && !startsListedEntry
                ? ATTACHED_IN : 0;
        return shape;
    }
}
