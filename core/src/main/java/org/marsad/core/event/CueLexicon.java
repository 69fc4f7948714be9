package org.marsad.core.event;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lexicon.Match;
import org.marsad.core.lexicon.PhraseLexicon;
import org.marsad.core.lexicon.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;

/** Status and anchor cue words (cues.tsv); one phrase may have several kinds. Immutable; share it. */
public final class CueLexicon {
    static final String CUES = "cues.tsv";

    private final PhraseLexicon<Set<CueKind>> phrases;

    private CueLexicon(PhraseLexicon<Set<CueKind>> phrases) {
        this.phrases = phrases;
    }

    public static CueLexicon load(ArabicNormalizer normalizer) {
        Map<String, Set<CueKind>> kinds = new LinkedHashMap<>();
        for (TsvReader.Row r : TsvReader.read(CueLexicon.class, CUES, 2)) {
            CueKind kind;
            try {
                kind = CueKind.valueOf(r.get(0));
            } catch (IllegalArgumentException e) {
                throw r.error("unknown cue kind " + r.get(0));
            }
            for (String p : r.get(1).split("\\|")) {
                String key = normalizer.normalize(p.strip());
                if (key.isEmpty()) {
                    throw r.error("empty cue phrase");
                }
                kinds.computeIfAbsent(key, k -> EnumSet.noneOf(CueKind.class)).add(kind);
            }
        }
        PhraseLexicon.Builder<Set<CueKind>> b = PhraseLexicon.builder(normalizer);
        kinds.forEach((k, v) -> b.add(k, Set.copyOf(v)));
        return new CueLexicon(b.build());
    }

    /** The cues of a token list, longest first, without overlaps. */
    public List<Match<Set<CueKind>>> find(List<Token> tokens) {
        return phrases.findAll(tokens);
    }
}
