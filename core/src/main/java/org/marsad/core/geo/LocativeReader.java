package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.lexicon.Match;
import org.marsad.core.text.Token;

/**
 * Reads locative phrases from a sentence's tokens: cue words (في، قرية، ريف، شمال، محافظة، مخيم...) followed by a
 * place name, chained while another cue follows ("قرية الترنبة غرب مدينة سراقب بريف إدلب الشرقي"). After a
 * settlement cue an unknown name is kept as an unknown part, so that the phrase can fall back to the larger place.
 * Names joined by و share the cues of the phrase before them ("ريفي حلب وإدلب"). Stateless; thread-safe.
 */
final class LocativeReader {
    /** First words of compound village names: the name goes on to the next word ("كفر نبودة", "تل رفعت"). */
    private static final Set<String> COMPOUND = Set.of("تل", "عين", "كفر", "دير", "خربه", "جبل", "ابو", "بيت",
            "راس", "ام", "بئر", "بير", "بني", "عرب", "سيدي", "وادي", "مرج", "قصر", "حزم", "جسر", "باب");

    private final Gazetteer gazetteer;

    LocativeReader(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<PlacePhrase> read(List<Token> tokens) {
        List<PlacePhrase> out = new ArrayList<>();
        int i = 0;
        PlacePhrase previous = null;
        while (i < tokens.size()) {
            Set<Cue> carried = previous != null && previous.end() == i && tokens.get(i).norm().startsWith("و")
                    ? previous.parts().get(0).cues() : Set.of();
            PlacePhrase p = phraseAt(tokens, i, carried);
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

    private PlacePhrase phraseAt(List<Token> tokens, int i, Set<Cue> carried) {
        List<PhrasePart> parts = new ArrayList<>();
        int first = -1;
        int j = i;
        while (j < tokens.size()) {
            EnumSet<Cue> cues = EnumSet.noneOf(Cue.class);
            cues.addAll(carried);
            int k = j;
            int cueStart = -1;
            Match<Cue> c;
            while (k < tokens.size() && (c = gazetteer.cueAt(tokens, k)) != null && c.value() != Cue.ADJECTIVE) {
                cues.add(c.value());
                if (cueStart < 0 && c.value() != Cue.PREPOSITION && c.value() != Cue.LINK) {
                    cueStart = k;
                }
                k = c.end();
            }
            if (k < tokens.size() && attachedPreposition(tokens.get(k))) {
                cues.add(Cue.PREPOSITION);
            }
            PhrasePart part = partAt(tokens, k, cues);
            if (part == null) {
                break;
            }
            if (parts.isEmpty()) {
                first = cueStart >= 0 ? cueStart : part.first();
            }
            parts.add(part);
            carried = Set.of();
            j = part.end();
            if (j >= tokens.size() || gazetteer.cueAt(tokens, j) == null) {
                break;
            }
        }
        return parts.isEmpty() ? null : new PlacePhrase(first, parts.get(parts.size() - 1).end(), parts);
    }

    /** A known name at {@code k}, or an unknown settlement name right after a settlement cue; else null. */
    private PhrasePart partAt(List<Token> tokens, int k, Set<Cue> cues) {
        if (k >= tokens.size()) {
            return null;
        }
        Match<List<Place>> m = gazetteer.nameAt(tokens, k);
        if (m != null) {
            return new PhrasePart(k, adjectivesEnd(tokens, m.end()), m.value(), cues,
                    gazetteer.isCommonWord(tokens, k, m.end()));
        }
        if (cues.stream().noneMatch(Cue::namesSettlement) || !unknownNameWord(tokens, k)) {
            return null;
        }
        int end = k + 1;
        if (end < tokens.size() && unknownNameWord(tokens, end) && gazetteer.nameAt(tokens, end) == null
                && (COMPOUND.contains(tokens.get(k).norm()) || tokens.get(end).norm().startsWith("ال"))) {
            end++;
        }
        return new PhrasePart(k, end, List.of(), cues, false);
    }

    private int adjectivesEnd(List<Token> tokens, int end) {
        Match<Cue> a;
        while (end < tokens.size() && (a = gazetteer.cueAt(tokens, end)) != null && a.value() == Cue.ADJECTIVE) {
            end = a.end();
        }
        return end;
    }

    private boolean unknownNameWord(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return !t.isNumber() && t.norm().length() >= 2 && gazetteer.cueAt(tokens, k) == null
                && Character.UnicodeBlock.of(t.norm().charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /** "بحلب", "وبدمشق": a ب proclitic before the name means "in" (but "بيروت" starts with its own ب). */
    private boolean attachedPreposition(Token t) {
        String p = t.proclitics();
        return (p.startsWith("ب") || p.startsWith("وب") || p.startsWith("فب")) && !gazetteer.startsEntry(t.norm());
    }
}
