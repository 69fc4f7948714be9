package org.marsad.core.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.marsad.core.lex.FormMarks;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/**
 * The words around a number that tell what it counts, from {@code count-cues.tsv}: one- and multi-word forms
 * per {@link Role}, each with the slot it implies (or none when the slot comes from context). Read-only.
 */
final class CountCues {
    /** The roles (at most {@link #MULTI} of them: each has a bit of its own for one-word cues and first words). */
    enum Role { SINGLE, NOUN, FAMILY, DUAL, TRIGGER, TRAILING, UNIT, LABEL, APPROX_BEFORE, APPROX_AFTER, CUMULATIVE, RISE, SINCE, SUBSET }

    /** A cue's implied slot; {@code slot} is null when the context decides. */
    record Cue(CountSlot slot) {
    }

    private final Map<Role, Map<String, Cue>> single = new EnumMap<>(Role.class);
    private final Map<Role, List<String[]>> multi = new EnumMap<>(Role.class);
    /**
     * Each one-word cue with the bits ({@code 1 << ordinal}) of its roles: a lexeme none of whose forms has a role's
     * bit is no cue of it, told without hashing its forms once the word's marks are remembered. The first word of
     * each multi-word cue has the bits of its roles here too, {@link #MULTI} higher ({@link #startsMulti}): a cue
     * is tried only where its first word is, and one remembered map answers both.
     */
    private final FormMarks roles;
    /** How far the first-word bits of multi-word cues lie above the one-word ones (more than the roles). */
    private static final int MULTI = 16;

    static {
        if (Role.values().length > MULTI) {
            throw new IllegalStateException("more roles than bits apart: " + Role.values().length);
        }
    }

    CountCues(ArabicNormalizer normalizer) {
        for (Role r : Role.values()) {
            single.put(r, new HashMap<>());
            multi.put(r, new ArrayList<>());
        }
        for (TsvReader.Row row : TsvReader.read(CountCues.class, "count-cues.tsv", 3)) {
            Role role;
            CountSlot slot;
            try {
                role = Role.valueOf(row.get(1));
                slot = row.optional(2) == null ? null : CountSlot.valueOf(row.get(2));
            } catch (IllegalArgumentException e) {
                throw row.error("bad role or slot: " + e.getMessage());
            }
            String form = normalizer.normalize(row.get(0));
            if (form.indexOf(' ') >= 0) {
                multi.get(role).add(form.split(" +"));
            } else {
                single.get(role).put(form, new Cue(slot));
            }
        }
        Map<String, Integer> bits = new HashMap<>();
        single.forEach((role, cues) -> cues.keySet().forEach(w -> bits.merge(w, 1 << role.ordinal(), (x, y) -> x | y)));
        multi.forEach((role, cues) -> cues.forEach(p -> bits.merge(p[0], 1 << MULTI + role.ordinal(), (x, y) -> x | y)));
        this.roles = FormMarks.remembered(bits);
        multi.values().forEach(ps -> ps.sort(Comparator.comparingInt(p -> p.length))); // see endingAt
    }

    /** The cue of {@code role} that lexeme {@code l} is (trying its stripped forms), or null. */
    Cue cue(Role role, Lexeme l) {
        if (!is(role, l)) {
            return null;
        }
        Map<String, Cue> m = single.get(role);
        for (String f : l.forms()) {
            Cue c = m.get(f);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** True when {@code word} as written is the first word of any cue. */
    boolean knowsLiteral(String word) {
        for (Role r : Role.values()) {
            if (single.get(r).containsKey(word)) {
                return true;
            }
            for (String[] p : multi.get(r)) {
                if (p[0].equals(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one-word cues of {@code role}. */
    Set<String> words(Role role) {
        return Collections.unmodifiableSet(single.get(role).keySet());
    }

    /** True when lexeme {@code l} is a one-word cue of {@code role} (one of its stripped forms is). */
    boolean is(Role role, Lexeme l) {
        return l.isWord() && (l.marksIn(roles) & 1 << role.ordinal()) != 0;
    }

    /**
     * Start of a cue of {@code role} (one or more words) that ends just before lexeme {@code end}. The multi-word
     * cues are in order of length, so the lexeme where cues of one length would start is asked once.
     */
    OptionalInt endingAt(Role role, List<Lexeme> t, int end) {
        int best = Integer.MAX_VALUE;
        int length = 0;
        boolean starts = false;
        for (String[] p : multi.get(role)) {
            int s = end - p.length;
            if (s < 0) {
                break; // and so for every longer cue
            }
            if (p.length != length) {
                length = p.length;
                starts = startsMulti(role, t.get(s));
            }
            if (starts && matches(p, t, s)) {
                best = Math.min(best, s);
            }
        }
        if (best == Integer.MAX_VALUE && end > 0 && is(role, t.get(end - 1))) {
            best = end - 1;
        }
        return best == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** End (exclusive) of a cue of {@code role} that starts at lexeme {@code start}. */
    OptionalInt startingAt(Role role, List<Lexeme> t, int start) {
        int best = -1;
        List<String[]> cues = multi.get(role);
        if (!cues.isEmpty() && start < t.size() && startsMulti(role, t.get(start))) {
            for (String[] p : cues) {
                if (start + p.length <= t.size() && matches(p, t, start)) {
                    best = Math.max(best, start + p.length);
                }
            }
        }
        if (best < 0 && start < t.size() && is(role, t.get(start))) {
            best = start + 1;
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** Whether a form of {@code l} is the first word of a multi-word cue of {@code role} (else none matches there). */
    private boolean startsMulti(Role role, Lexeme l) {
        return (l.marksIn(roles) & 1 << MULTI + role.ordinal()) != 0;
    }

    private static boolean matches(String[] p, List<Lexeme> t, int s) {
        for (int k = 0; k < p.length; k++) {
            if (!t.get(s + k).is(p[k])) {
                return false;
            }
        }
        return true;
    }
}
