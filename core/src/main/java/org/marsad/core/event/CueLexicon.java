package org.marsad.core.event;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.Match;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordMemo;

/** Status and anchor cue words (cues.tsv); one phrase may have several kinds. Immutable; share it. */
public final class CueLexicon {
    static final String CUES = "cues.tsv";

    /** Short function words ("ما", "لا", "لم") match only whole or after و/ف: "كما" is not "ك+ما". */
    static final int PARTICLE_LENGTH = 3;

    private final PhraseLexicon<Cues> phrases;
    private final Set<String> particles;
    private final Set<String> words;
    /** {@link #clitichedParticle} of each word, worked out once per word: cue particles are the commonest words. */
    private final WordMemo<Boolean> cliticked = new WordMemo<>(Boolean.class, this::clitichedParticle);

    private final WordHint startHint;

    /** A phrase's cue kinds, also as bits by {@link CueKind} ordinal (what a {@link SentenceView} keeps per token). */
    record Cues(Set<CueKind> kinds, int bits) {
        static Cues of(Set<CueKind> kinds) {
            int bits = 0;
            for (CueKind k : kinds) {
                bits |= 1 << k.ordinal();
            }
            return new Cues(Set.copyOf(kinds), bits);
        }
    }

    static {
        if (CueKind.values().length > Integer.SIZE) {
            throw new ExceptionInInitializerError("a token's cue kinds are kept as the bits of an int");
        }
    }

    /**
     * What each word says on its own ({@link Alone}), worked out once per word by the lexicon's memo
     * ({@link PhraseLexicon#alone}): cue particles are the commonest words, and most start no cue of several words,
     * so the lexicon need not be walked at each occurrence.
     */
    private final WordMemo<Alone> alone;

    /** A word on its own: whether a cue of several words may start at it, else the kind bits its one-word cue gives. */
    private record Alone(boolean phrase, int bits) {
    }

    private CueLexicon(PhraseLexicon<Cues> phrases, Set<String> particles, Set<String> words) {
        this.startHint = phrases.startHint();
        this.phrases = phrases;
        this.particles = particles;
        this.words = words;
        this.alone = phrases.alone(null, Alone.class, (t, phrase, m) -> new Alone(phrase,
                !phrase && m != null && kept(List.of(t), m) ? m.value().bits() : 0));
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
        PhraseLexicon.Builder<Cues> b = PhraseLexicon.builder(normalizer);
        kinds.forEach((k, v) -> b.add(k, Cues.of(v)));
        Set<String> particles = new HashSet<>();
        kinds.keySet().stream().filter(k -> !k.contains(" ") && k.length() <= PARTICLE_LENGTH).forEach(particles::add);
        Set<String> words = new HashSet<>();
        kinds.keySet().stream().filter(k -> !k.contains(" ")).forEach(words::add);
        return new CueLexicon(b.build(), Set.copyOf(particles), Set.copyOf(words));
    }

    /** Whether a cue may start at a word, for a tokenizer to hand its tokens (every sentence with a trigger is read). */
    WordHint hint() {
        return startHint;
    }

    /** The cues of a token list, longest first, without overlaps. */
    public List<Match<Set<CueKind>>> find(List<Token> tokens) {
        List<Match<Set<CueKind>>> out = new ArrayList<>();
        for (Match<Cues> m : phrases.findAll(tokens, startHint)) {
            if (kept(tokens, m)) {
                out.add(new Match<>(m.first(), m.end(), m.value().kinds()));
            }
        }
        return out;
    }

    /**
     * By token, the cue kinds on it as bits by {@link CueKind} ordinal: the cues {@link #find} finds, written
     * straight into the array a {@link SentenceView} keeps, without a list of matches or a pass over kind sets.
     */
    int[] kindBits(List<Token> tokens) {
        return kindBits(tokens, true);
    }

    /**
     * {@code memo}: whether a word that starts no cue of several words may be read from its memo ({@link Alone});
     * false looks every word up where it stands.
     */
    int[] kindBits(List<Token> tokens, boolean memo) {
        int[] bits = new int[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (startHint.of(t) == 0) {
                i++;
                continue;
            }
            Alone a = memo ? alone.of(t) : null;
            if (a != null && !a.phrase()) {
                bits[i] |= a.bits();
                i++;
                continue;
            }
            Match<Cues> m = phrases.longestAt(tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            if (kept(tokens, m)) {
                for (int k = m.first(); k < m.end(); k++) {
                    bits[k] |= m.value().bits();
                }
            }
            i = m.end();
        }
        return bits;
    }

    private boolean kept(List<Token> tokens, Match<Cues> m) {
        return m.length() > 1 || !cliticked.of(tokens.get(m.first()));
    }

    /** A token that matched only through a short particle with a clitic other than و/ف. */
    private boolean clitichedParticle(Token t) {
        String n = t.norm();
        if (words.contains(n)) {
            return false;
        }
        for (String p : new String[] {"و", "ف"}) {
            if (n.startsWith(p) && words.contains(n.substring(p.length()))) {
                return false;
            }
        }
        return t.forms().stream().anyMatch(particles::contains);
    }
}
