package org.marsad.core.text;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A small int id for every word a lexicon key uses, shared by all lexicons: a token looks each of its forms up
 * here once ({@link Token#formIds()}), and every lexicon then matches ids, not strings. Words are only added, while
 * lexicons are built; {@link #count()} tells a cached lookup that it may be stale. Thread-safe.
 */
public final class WordIds {
    private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();
    private static volatile int count;

    private WordIds() {
    }

    /** The id of {@code word}, added if new. */
    public static int intern(String word) {
        Integer id = IDS.get(word);
        if (id != null) {
            return id;
        }
        synchronized (IDS) {
            id = IDS.get(word);
            if (id == null) {
                id = count;
                IDS.put(word, id);
                count = id + 1;
            }
            return id;
        }
    }

    /** The id of {@code word}, or -1 when no lexicon uses it. */
    public static int idOf(String word) {
        Integer id = IDS.get(word);
        return id == null ? -1 : id;
    }

    /** How many words have ids; ids run from 0 to {@code count() - 1}. */
    public static int count() {
        return count;
    }
}
