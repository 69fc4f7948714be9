package org.marsad.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.lex.Match;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.model.Span;

/**
 * Finds actor mentions in a sentence: one left-to-right pass over the tokens, the longest lexicon phrase at each
 * position, then composition:
 * <ul>
 * <li>an agent and a nationality after it: جنود سوريين → SYRMIL, القوات التركية → TURMIL; coordinated
 * nationalities give one mention each (المخابرات التركية والروسية → TURSPY, RUSSPY);</li>
 * <li>a side and nationalities: الجانبين التركي والروسي → TUR, RUS;</li>
 * <li>a curated agent, من, an actor: عناصر من القوات السورية → one SYRMIL mention over the whole phrase;</li>
 * <li>an agent and an actor in genitive: وزير خارجية النظام السوري → SYRGOV, مقاتلي حزب الله → LBNREB;</li>
 * <li>a title and a name: وزير الخارجية الروسي سيرغي لافروف → one RUSGOV mention (a known person's own code
 * wins, e.g. الرئيس السوري بشار الأسد takes the code valid on the date).</li>
 * </ul>
 * With a date, entries are those valid on it (curated validity is strict; for derived rows the nearest period
 * is used). Spans run from the first token's start to the last token's end in the original text.
 * Thread-safe: the lexicon is immutable and each call keeps its state on the stack.
 */
public final class ActorRecognizer {
    private static final Set<String> STATE_SECTORS = Set.of("GOV", "MIL", "COP", "SPY", "LEG", "JUD");

    private final ActorLexicon lexicon;

    /** Loads the standard lexicon with a normaliser of its own. */
    public ActorRecognizer() {
        this(new ArabicNormalizer());
    }

    /** Loads the standard lexicon, keys normalised with the pipeline's {@code normalizer}. */
    public ActorRecognizer(ArabicNormalizer normalizer) {
        this(ActorLexicon.load(Objects.requireNonNull(normalizer, "normalizer")));
    }

    public ActorRecognizer(ActorLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public ActorLexicon lexicon() {
        return lexicon;
    }

    /** Actors in {@code sentence}, validity dates ignored (each phrase's first entry). */
    public List<ActorMention> find(String text, Sentence sentence) {
        return find(text, sentence, null);
    }

    /** Actors in {@code sentence} as of {@code date} (null: ignore validity), in text order. */
    public List<ActorMention> find(String text, Sentence sentence, LocalDate date) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        return new Scan(text, sentence.tokens(), date).run();
    }

    /**
     * Actors in {@code sentence} as of {@code date}, and the short mentions the article introduced earlier
     * ({@code memory}): a word standing alone (a clitic و/ف/ب/ل allowed) that the memory knows, outside any
     * other mention, is a mention with the remembered code (قال لافروف after وزير الخارجية الروسي سيرغي لافروف).
     */
    public List<ActorMention> find(String text, Sentence sentence, LocalDate date, ActorMemory memory) {
        Objects.requireNonNull(memory, "memory");
        List<ActorMention> found = find(text, sentence, date);
        if (memory.isEmpty()) {
            return found;
        }
        return memory.withShortMentions(text, sentence.tokens(), found);
    }

    /**
     * {@code memory} and what {@code mentions} of {@code sentence} teach: the last word of a mention of two words
     * or more that no lexicon knows and that carries no article (لافروف in وزير الخارجية الروسي سيرغي لافروف), with
     * the mention's code when it has a country and a sector.
     */
    public ActorMemory learn(ActorMemory memory, Sentence sentence, List<ActorMention> mentions) {
        Objects.requireNonNull(memory, "memory");
        List<Token> tokens = sentence.tokens();
        ActorMemory out = memory;
        for (ActorMention m : mentions) {
            int last = m.endToken() - 1;
            if (m.endToken() - m.firstToken() < 2 || last >= tokens.size() || m.code().country() == null
                    || m.code().sector() == null) {
                continue;
            }
            Token t = tokens.get(last);
            boolean nameLike = t.norm().length() >= 3 && !t.definite() && !t.isNumber() && !PersonName.isStop(t.norm());
            if (nameLike && lexicon.phrases().longestAt(tokens, last) == null) { // the trie walked last
                out = out.with(t.norm(), m.code());
            }
        }
        return out;
    }

    /** A lexicon phrase over tokens {@code [first, end)}; {@code entry} null when none is valid on the date. */
    private record Hit(int first, int end, ActorEntry entry) {
        boolean is(java.util.function.Predicate<ActorEntry> p) {
            return entry != null && p.test(entry);
        }

        ActorCode code() {
            return entry.code();
        }
    }

    /** Marks a position looked up with nothing found. */
    private static final Hit NONE = new Hit(-1, -1, null);

    /** The end of a mention and its code after a title's name was taken in. */
    private record Tail(int end, ActorCode code) {
    }

    /** The state of one call. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final LocalDate date;
        private final List<ActorMention> out = new ArrayList<>();
        /**
         * hit(i) memoised ({@link #NONE}: nothing there): composition looks at the same positions again; each is
         * looked up once. Made at the first hit, so a sentence without actors allocates nothing for it.
         */
        private Hit[] hits;

        Scan(String text, List<Token> tokens, LocalDate date) {
            this.text = text;
            this.tokens = tokens;
            this.date = date;
        }

        List<ActorMention> run() {
            int i = 0;
            while (i < tokens.size()) {
                Hit h = hit(i);
                if (h == null) {
                    i++;
                } else {
                    i = h.entry() == null ? h.end() : emit(h);
                }
            }
            return out;
        }

        Hit hit(int i) {
            if (i >= tokens.size()) {
                return null;
            }
            Hit h = hits == null ? null : hits[i];
            if (h == null) {
                h = lookUp(i);
                if (h == null && hits == null) {
                    return null; // nothing found yet: the scan asks no position before its first hit again
                }
                if (hits == null) {
                    hits = new Hit[tokens.size()];
                }
                hits[i] = h == null ? NONE : h;
            }
            return h == NONE ? null : h;
        }

        /**
         * The longest lexicon phrase at token {@code i}, its words read with their adjusted forms ({@link TokenForms})
         * through the view, so no adjusted token is made. A word that starts no longer phrase here gives its
         * one-word entries from its memo ({@link ActorLexicon#aloneAt}).
         */
        private Hit lookUp(int i) {
            if (!lexicon.mayStart(tokens, i)) {
                return null;
            }
            if (!lexicon.walkAt(tokens, i)) {
                List<ActorEntry> entries = lexicon.aloneAt(tokens.get(i));
                return entries == null ? null : new Hit(i, i + 1, choose(entries));
            }
            Match<List<ActorEntry>> m = lexicon.phrases().longestAt(tokens, i, TokenForms.ADJUSTED);
            return m == null ? null : new Hit(m.first(), m.end(), choose(m.value()));
        }

        ActorEntry choose(List<ActorEntry> entries) {
            if (date == null) {
                return entries.get(0);
            }
            ActorEntry nearest = null;
            for (ActorEntry e : entries) {
                if (e.validOn(date)) {
                    return e;
                }
                if (!e.curated() && (nearest == null || e.distanceDays(date) < nearest.distanceDays(date))) {
                    nearest = e;
                }
            }
            return nearest;
        }

        /** Emits the mention(s) that start with {@code h}; returns the token index after them. */
        int emit(Hit h) {
            if (h.entry().isAgent()) {
                return emitAgent(h);
            }
            int end = h.entry().isModifier() ? h.end() : sameCountryAfter(h.end(), h.code().country());
            ActorCode code = h.code();
            if (h.entry().has(ActorFlag.TITLE)) {
                Tail t = name(end, code, h.entry().has(ActorFlag.SOURCE));
                end = t.end();
                code = t.code();
            }
            add(h.first(), end, code);
            return end;
        }

        int emitAgent(Hit a) {
            int j = a.end();
            List<Hit> mods = agrees(a, a.entry().has(ActorFlag.TITLE) ? portfolioThenModifiers(j) : modifiers(j));
            boolean side = a.entry().has(ActorFlag.SIDE);
            if (mods.isEmpty() && !side && a.entry().curated() && isWord(j, "من")) {
                Hit inner = hit(j + 1);
                if (inner != null && inner.is(ActorEntry::isModifier)) {
                    mods = modifiers(j + 1);
                } else if (inner != null && inner.entry() != null) {
                    int before = out.size();
                    int end = emit(inner);
                    if (out.size() > before) {
                        extendStart(before, a.first());
                    }
                    return end;
                }
            }
            if (!mods.isEmpty()) {
                return emitComposed(a, mods);
            }
            Hit next = hit(j);
            if (!side && next != null && next.is(e -> !e.isAgent() && !e.isModifier() && e.code().country() != null)) {
                return emitGenitive(a, next);
            }
            if (!side && next != null && next.is(e -> e.isAgent() && e.curated() && !e.has(ActorFlag.SIDE))
                    && genitiveAllowed(a, j)) {
                int merged = mergeWithCountryAgent(a, next);
                if (merged > 0) {
                    return merged;
                }
            }
            if (side || a.entry().has(ActorFlag.COMPOSE) && !a.entry().has(ActorFlag.TITLE)) {
                return j;
            }
            if (a.entry().has(ActorFlag.COMPOSE)) {
                Tail t = name(j, a.code(), a.entry().has(ActorFlag.SOURCE));
                if (t.end() > j) {
                    add(a.first(), t.end(), t.code());
                }
                return t.end();
            }
            Tail t = a.entry().has(ActorFlag.TITLE) ? name(j, a.code(), a.entry().has(ActorFlag.SOURCE)) : new Tail(j, a.code());
            add(a.first(), t.end(), t.code());
            return t.end();
        }

        int emitComposed(Hit agent, List<Hit> mods) {
            boolean side = agent.entry().has(ActorFlag.SIDE);
            int end = agent.end();
            for (int k = 0; k < mods.size(); k++) {
                Hit m = mods.get(k);
                ActorCode code = side ? m.code() : agent.code().withCountryOf(m.code());
                end = m.end();
                if (k == 0 && mods.size() == 1 && agent.entry().has(ActorFlag.TITLE)) {
                    Tail t = name(end, code, agent.entry().has(ActorFlag.SOURCE));
                    end = t.end();
                    code = t.code();
                }
                add(k == 0 ? agent.first() : m.first(), end, code);
            }
            return end;
        }

        /**
         * دورية للجيش العراقي, عناصر قوات الأمن المصرية: an agent before another agent that gets a country is one
         * mention with the inner code. Returns the end, or 0 (and emits nothing) when the inner gets no country.
         */
        int mergeWithCountryAgent(Hit outer, Hit inner) {
            int before = out.size();
            int end = emit(inner);
            if (out.size() > before && out.get(before).code().country() != null) {
                extendStart(before, outer.first());
                return end;
            }
            while (out.size() > before) {
                out.remove(out.size() - 1);
            }
            return 0;
        }

        /** A word with the article heads no genitive (الدورية الجيش), unless the genitive is made with ل (للجيش). */
        boolean genitiveAllowed(Hit agent, int j) {
            return !TokenForms.isDefinite(tokens.get(agent.end() - 1)) || tokens.get(j).norm().startsWith("ل");
        }

        /** وزير خارجية النظام السوري: a state's institution takes the agent's sector, a group keeps its code. */
        int emitGenitive(Hit agent, Hit actor) {
            ActorCode c = actor.code();
            boolean source = agent.code().source() || c.source();
            ActorCode code = STATE_SECTORS.contains(c.sector())
                    ? new ActorCode(c.country() + agent.code().code(), c.country(), agent.code().sector(),
                    agent.code().nameEn(), source)
                    : new ActorCode(c.code(), c.country(), c.sector(), c.nameEn(), source);
            int end = sameCountryAfter(actor.end(), c.country());
            add(agent.first(), end, code);
            return end;
        }

        /**
         * A definite agent takes a definite adjective (القوات التركية) but no bare country name: "دعت الحكومة
         * روسيا" is subject and object, since a word with the article cannot head a genitive (حكومة روسيا).
         */
        List<Hit> agrees(Hit agent, List<Hit> mods) {
            boolean mismatch = !mods.isEmpty() && TokenForms.isDefinite(tokens.get(agent.end() - 1))
                    && !TokenForms.isDefinite(tokens.get(mods.get(0).first()));
            return mismatch ? List.of() : mods;
        }

        /** Nationalities or countries from token {@code j}, joined by و: التركية والروسية. */
        List<Hit> modifiers(int j) {
            List<Hit> mods = new ArrayList<>();
            Hit h = hit(j);
            while (h != null && h.is(ActorEntry::isModifier)) {
                mods.add(h);
                int k = h.end();
                boolean conj = isWord(k, "و");
                int next = conj ? k + 1 : k;
                if (!conj && (next >= tokens.size() || !tokens.get(next).norm().startsWith("و"))) {
                    break;
                }
                h = hit(next);
            }
            return mods;
        }

        /**
         * A title's nationality, possibly after up to two definite words of its portfolio: وزير الأمن القومي
         * الإسرائيلي. The words must not be lexicon entries and nothing but spaces may stand between them.
         */
        List<Hit> portfolioThenModifiers(int j) {
            List<Hit> mods = modifiers(j);
            for (int k = j; mods.isEmpty() && k < j + 2 && k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (!t.norm().startsWith("ال") || hit(k) != null || !PersonName.onlySpaceBetween(text, tokens.get(k - 1), t)) {
                    break;
                }
                mods = modifiers(k + 1);
            }
            return mods;
        }

        /** A known person after a title gives its own code; else an unknown name joins the title's mention. */
        Tail name(int j, ActorCode titleCode, boolean outlet) {
            if (outlet) {
                int quoted = PersonName.quotedEnd(text, tokens, j);
                if (quoted > j) {
                    return new Tail(quoted, titleCode);
                }
            }
            Hit p = hit(j);
            if (p != null && p.is(e -> !e.isAgent() && !e.isModifier()
                    && (titleCode.country() == null || titleCode.country().equals(e.code().country())))) {
                return new Tail(p.end(), p.code());
            }
            return new Tail(PersonName.end(text, tokens, j, outlet, k -> hit(k) != null), titleCode);
        }

        /** قوات النظام السوري: a nationality of the actor's own country (not an organisation, not after و) joins it. */
        int sameCountryAfter(int end, String country) {
            Hit h = hit(end);
            boolean joins = h != null && !tokens.get(end).norm().startsWith("و")
                    && h.is(e -> e.isModifier() && e.code().code().equals(country));
            return joins ? h.end() : end;
        }

        boolean isWord(int i, String norm) {
            return i < tokens.size() && tokens.get(i).norm().equals(norm);
        }

        void add(int first, int end, ActorCode code) {
            Span span = new Span(tokens.get(first).start(), tokens.get(end - 1).end());
            out.add(new ActorMention(first, end, span, span.of(text), code));
        }

        void extendStart(int index, int first) {
            ActorMention m = out.get(index);
            Span span = new Span(tokens.get(first).start(), m.span().end());
            out.set(index, new ActorMention(first, m.endToken(), span, span.of(text), m.code()));
        }
    }
}
