package org.marsad.core.event;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.Match;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.text.Token;
import org.marsad.core.text.TokenViews;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordMemo;
import org.marsad.model.EventType;

/**
 * Finds triggers in one left-to-right pass of longest matches. Two readings need the clitics the text put on a verb
 * key: a verb with a preposition is its verbal noun ("بقصف": only a three-letter stem, which doubles as the noun;
 * "بحث" is not "ب+حث"; also a bare stem after a preposition or "عملية": "من خطف"); with the article it is the generic verbal noun ("القتل والخطف") and codes nothing; a verb
 * never ends in a bare ي ("قتلى" is not "قتل+ي") nor in ة ("وزارة" is not "و+زار+ه"); the prefix سـ marks the future ("سيقصف").
 */
public final class TriggerMatcher {
    /** Words after which a bare three-letter verb stem is its verbal noun: "من خطف", "عملية قتل". */
    private static final Set<String> GOVERNORS = Set.of("من", "في", "علي", "عن", "الي", "بعد", "قبل", "عمليه", "عمليات",
            "حادث", "حادثه", "حوادث", "جريمه", "جرائم", "محاوله", "تم", "جري");
    private final TriggerLexicon lexicon;
    /**
     * Whether a trigger may start at a word, for the tokenizer to work out once per word and hand to its tokens:
     * the trigger scan reads every token of every sentence, and most start none.
     */
    private final WordHint mayStart;

    /**
     * What each word says on its own ({@link Alone}), worked out once per word by the lexicon's memo
     * ({@link PhraseLexicon#alone}): most trigger words start no phrase of several words, and for them the lexicon
     * need not be walked at every occurrence.
     */
    private final WordMemo<Alone> alone;

    public TriggerMatcher(TriggerLexicon lexicon) {
        this.lexicon = lexicon;
        this.mayStart = new WordHint(t -> lexicon.phrases().mayStart(t, FUTURE_STRIPPED));
        this.alone = lexicon.phrases().alone(FUTURE_STRIPPED, Alone.class, this::alone);
    }

    /**
     * A word on its own: whether a key of several words may start at it ({@code phrase}: then it is looked up where
     * it stands), else the hit its one-word key gives, read plain and after a governing word (null: none; the same
     * object when the governing word changes nothing, so that the word before need not be looked at).
     */
    private record Alone(boolean phrase, Reading plain, Reading governed) {
        static final Alone PHRASE = new Alone(true, null, null);
        static final Alone NONE = new Alone(false, null, null);
    }

    /** A hit apart from where it stands: what {@link #read} gives, less the token offsets. */
    private record Reading(TriggerRule rule, boolean future, boolean imperfect, boolean possessed, String prefix) {
        static Reading of(TriggerHit h) {
            return h == null ? null : new Reading(h.rule(), h.future(), h.imperfect(), h.possessed(), h.prefix());
        }

        TriggerHit at(int i) {
            return new TriggerHit(i, i + 1, rule, future, imperfect, possessed, prefix);
        }
    }

    private Alone alone(Token t, boolean phrase, Match<TriggerLexicon.Entry> m) {
        if (phrase) {
            return Alone.PHRASE;
        }
        if (m == null) {
            return Alone.NONE;
        }
        Reading plain = Reading.of(read(t, m, false));
        Reading governed = Reading.of(read(t, m, true));
        return new Alone(false, plain, java.util.Objects.equals(plain, governed) ? plain : governed);
    }

    /** The hint a tokenizer may give its tokens so that {@link #find} passes over most of them without their words. */
    public WordHint hint() {
        return mayStart;
    }

    /**
     * The triggers of a sentence, left to right, longest first. A word that starts no key of several words is read
     * as it was read at its first occurrence ({@link Alone}); any other is looked up where it stands.
     */
    public List<TriggerHit> find(List<Token> tokens) {
        return find(tokens, true);
    }

    /** {@code memo}: whether words read alone may be read from their memo; false looks every word up in place. */
    List<TriggerHit> find(List<Token> tokens, boolean memo) {
        List<TriggerHit> hits = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (mayStart.of(t) == 0) {
                i++;
                continue;
            }
            Alone a = memo ? alone.of(t) : null;
            if (a != null && !a.phrase()) {
                Reading r = a.governed() != a.plain() && governed(tokens, i) ? a.governed() : a.plain();
                if (r != null) {
                    hits.add(r.at(i));
                }
                i++;
                continue;
            }
            Match<TriggerLexicon.Entry> m = lexicon.phrases().longestAt(tokens, i, FUTURE_STRIPPED);
            TriggerHit hit = m == null ? null : read(t, m, governed(tokens, i));
            if (hit == null) {
                i++;
            } else {
                hits.add(hit);
                i = m.end();
            }
        }
        return withGapsResolved(tokens, hits);
    }

    /**
     * Each hit of a gapped phrase's tail ({@link TriggerLexicon#gapHeads}) moved to its head word, at most
     * {@link TriggerLexicon#GAP_WIDTH} words before it and after the hit before, or dropped when none stands there:
     * "وحمّلت الخارجية السلطات المحلية المسؤولية" is an accusation at "حمّلت"; "المسؤولية" alone is none.
     */
    private List<TriggerHit> withGapsResolved(List<Token> tokens, List<TriggerHit> hits) {
        for (int k = 0; k < hits.size(); k++) {
            TriggerHit tail = hits.get(k);
            Map<String, TriggerLexicon.Head> heads = lexicon.gapHeads(tail.rule());
            if (heads == null) {
                continue;
            }
            int floor = Math.max(k == 0 ? 0 : hits.get(k - 1).end(), tail.first() - 1 - TriggerLexicon.GAP_WIDTH);
            TriggerHit head = null;
            for (int j = tail.first() - 1; j >= floor && head == null; j--) {
                head = headAt(tokens.get(j), j, heads);
            }
            if (head == null) {
                hits.remove(k--);
            } else {
                hits.set(k, head);
            }
        }
        return hits;
    }

    /** The hit a gapped phrase's head word gives at token {@code j}, or null when the word is no head. */
    private static TriggerHit headAt(Token t, int j, Map<String, TriggerLexicon.Head> heads) {
        String norm = t.norm();
        for (String f : t.forms()) {
            TriggerLexicon.Head h = heads.get(f);
            int at = h == null ? -1 : norm.indexOf(f);
            boolean verb = h != null && h.rule().form() == TriggerForm.VERB;
            if (at < 0 || verb && endsInTaMarbuta(t, f)) {
                continue;
            }
            String prefix = norm.substring(0, at);
            if (verb ? futurePrefix(prefix) : !prefix.contains("ال")) {
                boolean future = verb && prefix.endsWith("س");
                return new TriggerHit(j, j + 1, h.rule(), future, h.imperfect() && !future, false, prefix);
            }
        }
        return null;
    }

    /** Whether the word before token {@code i} governs a bare verb stem as its verbal noun ("من خطف"). */
    private static boolean governed(List<Token> tokens, int i) {
        return i > 0 && GOVERNORS.contains(tokens.get(i - 1).norm());
    }

    /** The type of the trigger phrase starting at token {@code i}, whatever its clitics; null when none starts there. */
    public EventType typeAt(List<Token> tokens, int i) {
        Match<TriggerLexicon.Entry> m = i < tokens.size() ? lexicon.phrases().longestAt(tokens, i) : null;
        return m == null ? null : m.value().rule().type();
    }

    /** The hit as the clitics on its first word show it, or null when they rule the verb reading out. */
    static TriggerHit read(Token first, Match<TriggerLexicon.Entry> m, boolean governed) {
        TriggerRule rule = m.value().rule();
        String fw = m.value().firstWord();
        int at = first.norm().indexOf(fw);
        String prefix = at > 0 ? first.norm().substring(0, at) : "";
        boolean future = prefix.endsWith("س");
        boolean possessed = at >= 0 && at + fw.length() < first.norm().length();
        if (rule.form() != TriggerForm.NOUN && (isWordPlusYa(first.norm(), fw) || endsInTaMarbuta(first, fw))) {
            return null;
        }
        if (rule.form() == TriggerForm.VERB && !prefix.isEmpty() && !futurePrefix(prefix)) {
            boolean indefiniteNoun = !prefix.contains("ال") && m.length() == 1 && fw.length() == 3;
            if (!indefiniteNoun) {
                return null;
            }
            return new TriggerHit(m.first(), m.end(), rule.as(TriggerForm.VERBAL_NOUN), false, false, possessed, prefix);
        }
        if (rule.form() == TriggerForm.VERB && prefix.isEmpty() && m.length() == 1 && fw.length() == 3 && governed) {
            return new TriggerHit(m.first(), m.end(), rule.as(TriggerForm.VERBAL_NOUN), false, false, possessed, prefix);
        }
        return new TriggerHit(m.first(), m.end(), rule, future, m.value().imperfect() && !future, possessed, prefix);
    }

    /**
     * What a verb may carry before its stem: a conjunction and the future سـ, {@code [وف]?س?}, read by hand (asked
     * of every verb hit with a clitic).
     */
    static boolean futurePrefix(String p) {
        int i = !p.isEmpty() && (p.charAt(0) == 'و' || p.charAt(0) == 'ف') ? 1 : 0;
        return p.length() == i || p.length() == i + 1 && p.charAt(i) == 'س';
    }

    /** Whether {@code norm} is {@code fw + "ي"}, without building that string for every hit. */
    static boolean isWordPlusYa(String norm, String fw) {
        return norm.length() == fw.length() + 1 && norm.charAt(fw.length()) == 'ي' && norm.startsWith(fw);
    }

    /** A noun in ة read as verb + ه ("وزارة" is not "و+زار+ه"). */
    private static boolean endsInTaMarbuta(Token t, String fw) {
        return t.surface().endsWith("ة") && !fw.endsWith("ه");
    }

    /** Each word's forms, and the word without a future سـ before an imperfect prefix (worked out once per word). */
    private static final TokenViews FUTURE_STRIPPED = new TokenViews(TriggerMatcher::futureStrippedForms);

    private static List<String> futureStrippedForms(Token t) {
        Set<String> forms = new LinkedHashSet<>(t.forms());
        for (String f : t.forms()) {
            if (f.length() >= 4 && f.charAt(0) == 'س' && "يتنا".indexOf(f.charAt(1)) >= 0) {
                forms.add(f.substring(1));
            }
        }
        for (String p : new String[] {"وس", "فس"}) {
            if (t.norm().startsWith(p) && t.norm().length() >= 5 && "يتنا".indexOf(t.norm().charAt(2)) >= 0) {
                forms.add(t.norm().substring(2));
            }
        }
        return new ArrayList<>(forms);
    }
}
