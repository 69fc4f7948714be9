package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.lex.Match;
import org.marsad.core.text.Token;

/**
 * Reads locative phrases from a sentence's tokens: cue words (في، قرية، ريف، شمال، محافظة، مخيم...) followed by a
 * place name, chained while another cue follows ("قرية الترنبة غرب مدينة سراقب بريف إدلب الشرقي"). After a
 * settlement cue an unknown name is kept as an unknown part, so that the phrase can fall back to the larger place.
 * Names joined by و share the cues of the phrase before them ("ريفي حلب وإدلب"). A name that starts with a cue
 * word is read as the name when it is longer ("جنوب السودان"), except after ريف ("ريف دمشق" is Damascus's
 * countryside). Stateless; thread-safe.
 */
final class LocativeReader {
    private final Gazetteer gazetteer;

    LocativeReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlacePhrase> read(List<Token> tokens) {
        int i = firstEntry(tokens);
        if (i == tokens.size()) {
            return List.of(); // no word starts a cue or a name: no phrase, and nothing to build
        }
        Sentence s = new Sentence(tokens, gazetteer);
        List<PlacePhrase> out = new ArrayList<>();
        PlacePhrase previous = null;
        while (i < tokens.size()) {
            if (!gazetteer.entryMayStart(tokens, i)) {
                i++; // neither a cue nor a name starts here: no phrase, not even one sharing the cues before
                continue;
            }
            boolean coordinated = previous != null && previous.end() == i && s.is(i, GeoWord.WAW)
                    && s.nameAt(i) != null;
            int carried = coordinated ? CueSet.copyOf(previous.parts().get(0).cues()).bits() : 0;
            PlacePhrase p = phraseAt(s, i, carried);
            if (p == null) {
                i++;
            } else {
                out.add(p);
                previous = p;
                i = Math.max(p.end(), i + 1);
            }
        }
        return out;
    }

    /** The first token that may start a cue or a name (a phrase starts at neither only after another); or size. */
    private int firstEntry(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (gazetteer.entryMayStart(tokens, i)) {
                return i;
            }
        }
        return tokens.size();
    }

    /**
     * The tokens of a sentence with the cue and name found at each, each looked up once: the reader asks for the
     * same position several times (as a cue, as a name, as the word after a cue).
     */
    private static final class Sentence {
        private final List<Token> tokens;
        private final Gazetteer gazetteer;
        private final Object[] cues;
        private final Object[] names;

        Sentence(List<Token> tokens, Gazetteer gazetteer) {
            this.tokens = tokens;
            this.gazetteer = gazetteer;
            this.cues = new Object[tokens.size()];
            this.names = new Object[tokens.size()];
        }

        List<Token> tokens() {
            return tokens;
        }

        int size() {
            return tokens.size();
        }

        /** True when the word at {@code k} has the {@link GeoWord} shape bit {@code bit}. */
        boolean is(int k, int bit) {
            return gazetteer.word(tokens.get(k)).is(bit);
        }

        /**
         * Whether no cue and no name starts at {@code k}, as the token's hint tells without reading its word: most
         * words after a cue (في الوقت) and after a name are such words, and their memory need not be fetched.
         */
        private boolean startsNothing(int k) {
            return gazetteer.entryHint().of(tokens.get(k)) == 0;
        }

        /** The cue at {@code k} (see {@link Gazetteer#cueAt}), or null; looked up once. */
        @SuppressWarnings("unchecked")
        Match<Cue> cueAt(int k) {
            if (k >= tokens.size() || startsNothing(k)) {
                return null;
            }
            Object m = cues[k];
            if (m == null) {
                Match<Cue> c = gazetteer.cueAt(tokens, k);
                m = c == null ? NONE : c;
                cues[k] = m;
            }
            return m == NONE ? null : (Match<Cue>) m;
        }

        /** The place name at {@code k} (see {@link Gazetteer#nameAt}), or null; looked up once. */
        @SuppressWarnings("unchecked")
        Match<List<Place>> nameAt(int k) {
            if (k >= tokens.size() || startsNothing(k)) {
                return null;
            }
            Object m = names[k];
            if (m == null) {
                Match<List<Place>> n = gazetteer.nameAt(tokens, k);
                m = n == null ? NONE : n;
                names[k] = m;
            }
            return m == NONE ? null : (Match<List<Place>>) m;
        }
    }

    /** Marks a position looked up with nothing found. */
    private static final Object NONE = new Object();

    /**
     * The phrase starting at token {@code i}, its first part also introduced by the cues {@code carried} (as
     * {@link CueSet#bit}s); or null.
     */
    private PlacePhrase phraseAt(Sentence s, int i, int carried) {
        if (carried == 0 && s.cueAt(i) == null && s.nameAt(i) == null) {
            return null; // neither a cue nor a name here, so no phrase starts here
        }
        List<PhrasePart> parts = new ArrayList<>(2);
        int j = i;
        while (j < s.size()) {
            int cues = carried;
            int k = j;
            int cueStart = -1;
            Match<Cue> c;
            while (k < s.size() && (c = cueBefore(s, k)) != null) {
                cues |= CueSet.bit(c.value());
                if (cueStart < 0 && c.value() != Cue.PREPOSITION && c.value() != Cue.TOWARDS && c.value() != Cue.LINK) {
                    cueStart = k;
                }
                k = c.end();
            }
            if (k >= s.size() || s.startsNothing(k) && (cues & CueSet.SETTLEMENT_NAMING) == 0) {
                break; // no name here, and no cue before that names an unknown one: no part, the word left unread
            }
            if (s.is(k, GeoWord.ATTACHED_IN)) { // "بحلب", "وبدمشق" (not "بيروت")
                cues |= CueSet.bit(Cue.PREPOSITION);
            }
            PhrasePart part = partAt(s, k, cueStart < 0 ? k : cueStart, cues);
            if (part == null) {
                break;
            }
            parts.add(part);
            carried = 0;
            j = part.end();
            Match<Cue> next = j < s.size() ? s.cueAt(j) : null;
            if (next == null || next.value() == Cue.TOWARDS || next.value() == Cue.ADJECTIVE) {
                break;
            }
        }
        return switch (parts.size()) { // most phrases have one part: no list to copy
            case 0 -> null;
            case 1 -> new PlacePhrase(parts.get(0).cueStart(), parts.get(0).end(), List.of(parts.get(0)));
            default -> new PlacePhrase(parts.get(0).cueStart(), parts.get(parts.size() - 1).end(), parts);
        };
    }

    /** The cue at {@code k} unless a longer place name starts there (a cue-led name like "جنوب السودان"). */
    private Match<Cue> cueBefore(Sentence s, int k) {
        Match<Cue> c = s.cueAt(k);
        if (c == null || c.value() == Cue.ADJECTIVE) {
            return null;
        }
        Match<List<Place>> name = s.nameAt(k);
        return name != null && name.end() > c.end() && c.value() != Cue.RURAL ? null : c;
    }

    /** A known name at {@code k}, or an unknown settlement name right after a settlement cue; else null. */
    private PhrasePart partAt(Sentence s, int k, int cueStart, int cues) {
        if (k >= s.size()) {
            return null;
        }
        Match<List<Place>> m = s.nameAt(k);
        if (m != null) {
            return new PhrasePart(cueStart, k, adjectivesEnd(s, m.end()), m.value(), CueSet.of(cues),
                    gazetteer.isCommonWord(s.tokens(), k, m.end()));
        }
        if ((cues & CueSet.SETTLEMENT_NAMING) == 0 || !unknownNameWord(s, k)) {
            return null;
        }
        int end = k + 1;
        if (end < s.size() && unknownNameWord(s, end) && s.nameAt(end) == null && !s.is(end, GeoWord.RELATIVE)
                && (s.is(k, GeoWord.COMPOUND) || s.is(end, GeoWord.ARTICLE))) {
            end++;
        }
        return new PhrasePart(cueStart, k, end, List.of(), CueSet.of(cues), false);
    }

    /** The end after direction adjectives ("حلب الشرقي"); "والشمالية" after a و starts another phrase. */
    private int adjectivesEnd(Sentence s, int end) {
        Match<Cue> a;
        while (end < s.size() && (a = s.cueAt(end)) != null && a.value() == Cue.ADJECTIVE
                && !s.is(end, GeoWord.WAW)) {
            end = a.end();
        }
        return end;
    }

    /** May be a word of an unknown name: an Arabic word of two letters or more, not a number, not a cue. */
    private static boolean unknownNameWord(Sentence s, int k) {
        return s.is(k, GeoWord.NAME_SHAPED) && s.cueAt(k) == null;
    }
}
