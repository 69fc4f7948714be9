package org.marsad.core.time;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.FormMarks;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/** Calendar words from {@code calendar.tsv}, looked up by longest match over lexemes. Read-only once built. */
final class CalendarWords {
    enum Type {
        MONTH, MONTH_AMBIGUOUS, HIJRI_MONTH, WEEKDAY, DAY, PART, MOD_PAST, MOD_NEXT, MOD_THIS, PERIOD, QUALIFIER,
        SPAN_DAY, SPAN_WEEK, SPAN_MONTH, SPAN_YEAR, FUTURE, NOT_FUTURE, YEAR_WORD, ORDINAL
    }

    /** A calendar word of {@code type} with its {@code value} covering lexemes up to {@code end} (exclusive). */
    record Hit(Type type, int value, int end) {
    }

    private record Entry(String[] words, int value) {
    }

    private final Map<Type, Map<String, List<Entry>>> byFirst = new EnumMap<>(Type.class);
    /** The first words of all entries, of any type. */
    private final Set<String> anyFirst = new HashSet<>();
    /**
     * Each entry's first word with the bits ({@code 1 << ordinal}) of its types: a lexeme none of whose forms has a
     * type's bit starts no entry of it, told without hashing its forms once the word's marks are remembered.
     */
    private final FormMarks firstTypes;

    CalendarWords(ArabicNormalizer normalizer) {
        for (Type t : Type.values()) {
            byFirst.put(t, new HashMap<>());
        }
        for (TsvReader.Row r : TsvReader.read(CalendarWords.class, "calendar.tsv", 3)) {
            Type type;
            int value;
            try {
                type = Type.valueOf(r.get(1));
                value = Integer.parseInt(r.get(2));
            } catch (IllegalArgumentException e) {
                throw r.error("bad type or value: " + e.getMessage());
            }
            String[] words = normalizer.normalize(r.get(0)).split(" +");
            byFirst.get(type).computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Entry(words, value));
            anyFirst.add(words[0]);
        }
        Map<String, Integer> bits = new HashMap<>();
        byFirst.forEach((type, m) -> m.keySet().forEach(w -> bits.merge(w, 1 << type.ordinal(), (x, y) -> x | y)));
        this.firstTypes = FormMarks.remembered(bits);
    }

    /** The longest word or phrase of {@code type} starting at lexeme {@code i}, or null. */
    Hit at(Type type, List<Lexeme> t, int i) {
        if (i < 0 || i >= t.size() || !t.get(i).isWord() || (t.get(i).marksIn(firstTypes) & 1 << type.ordinal()) == 0) {
            return null;
        }
        Map<String, List<Entry>> m = byFirst.get(type);
        Hit best = null;
        for (String f : t.get(i).forms()) {
            List<Entry> es = m.get(f);
            if (es == null) {
                continue;
            }
            for (Entry e : es) {
                if (matches(e.words, t, i) && (best == null || i + e.words.length > best.end)) {
                    best = new Hit(type, e.value, i + e.words.length);
                }
            }
        }
        return best;
    }

    /** True when {@code form} is a one-word entry of {@code type}. */
    boolean has(Type type, String form) {
        List<Entry> es = byFirst.get(type).get(form);
        if (es == null) {
            return false;
        }
        for (Entry e : es) {
            if (e.words.length == 1) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} begins an entry of any type (so a leading و in it is not a conjunction). */
    boolean knowsFirst(String word) {
        return anyFirst.contains(word);
    }

    /** The first words of all entries of {@code types}. */
    Set<String> firstWords(Set<Type> types) {
        Set<String> out = new HashSet<>();
        for (Type type : types) {
            out.addAll(byFirst.get(type).keySet());
        }
        return out;
    }

    /** The first of {@code types} found at {@code i}, or null. */
    Hit any(List<Lexeme> t, int i, Type... types) {
        for (Type type : types) {
            Hit h = at(type, t, i);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    private static boolean matches(String[] words, List<Lexeme> t, int i) {
        if (i + words.length > t.size()) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            if (!t.get(i + k).is(words[k])) {
                return false;
            }
        }
        return true;
    }
}
