package org.marsad.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.model.EventType;
import org.marsad.model.Mode;

/**
 * The trigger lexicon (triggers.tsv) with PLOVER modes and contexts from cameo-plover.tsv. Written phrases win over
 * generated forms; the same written phrase in two rows fails loading. A phrase "head … tail" is gapped: its tail is
 * looked up as a key, and the trigger stands at a head word at most {@value #GAP_WIDTH} words before the tail
 * ("حمّل الوزير حكومة الاحتلال المسؤولية": the verb and its object apart); see {@link #gapHeads}. Immutable; share it.
 */
public final class TriggerLexicon {
    static final String TRIGGERS = "triggers.tsv";
    static final String CAMEO_PLOVER = "cameo-plover.tsv";

    /**
     * A lexicon key's first word (to see which clitics the text put on it), its rule, and whether the key is an
     * imperfect verb (present or habitual unless marked for the future).
     */
    public record Entry(String firstWord, TriggerRule rule, boolean imperfect) {
    }

    /** What stands between the head and the tail of a gapped phrase. */
    static final String GAP = "…";
    /** How many words may stand between a gapped phrase's head and its tail. */
    public static final int GAP_WIDTH = 4;

    /**
     * A head word of a gapped phrase: the rule its hit takes (a head written without + in a verb row is its verbal
     * noun, "تحميل") and whether the word is an imperfect verb.
     */
    public record Head(TriggerRule rule, boolean imperfect) {
    }

    private final PhraseLexicon<Entry> phrases;
    private final List<TriggerRule> rules;
    private final Map<TriggerRule, Map<String, Head>> gapped;

    private TriggerLexicon(PhraseLexicon<Entry> phrases, List<TriggerRule> rules,
                           Map<TriggerRule, Map<String, Head>> gapped) {
        this.phrases = phrases;
        this.rules = List.copyOf(rules);
        this.gapped = Map.copyOf(gapped);
    }

    /**
     * The head words (normalised, every written and conjugated form) of the gapped phrases whose tail is a key of
     * {@code rule}; null when {@code rule} is no gapped phrase's (a hit of such a rule is the tail: the trigger is
     * at its head, or nowhere).
     */
    public Map<String, Head> gapHeads(TriggerRule rule) {
        return gapped.isEmpty() ? null : gapped.get(rule);
    }

    public PhraseLexicon<Entry> phrases() {
        return phrases;
    }

    public List<TriggerRule> rules() {
        return rules;
    }

    /** Loads the project's lexicon from the classpath. */
    public static TriggerLexicon load(ArabicNormalizer normalizer) {
        Map<String, String[]> plover = new HashMap<>();
        for (TsvReader.Row r : TsvReader.read(TriggerLexicon.class, CAMEO_PLOVER, 4)) {
            plover.put(r.get(0), new String[] {r.optional(2), r.optional(3)});
        }
        Map<String, Entry> written = new LinkedHashMap<>();
        Map<String, Entry> generated = new LinkedHashMap<>();
        List<TriggerRule> rules = new ArrayList<>();
        Map<TriggerRule, Map<String, Head>> gapped = new HashMap<>();
        for (TsvReader.Row r : TsvReader.read(TriggerLexicon.class, TRIGGERS, 6)) {
            TriggerRule rule = rule(r, plover);
            rules.add(rule);
            List<String> row = new ArrayList<>();
            for (String p : r.get(5).split("\\|")) {
                int gap = p.indexOf(GAP);
                if (gap >= 0) {
                    String head = normalizer.normalize(p.substring(0, gap).strip());
                    String tail = normalizer.normalize(p.substring(gap + GAP.length()).strip());
                    if (head.isEmpty() || tail.isEmpty() || head.contains(" ")) {
                        throw r.error("a gapped phrase is one head word, " + GAP + ", and a tail: '" + p + "'");
                    }
                    addHeads(rule, head, gapped.computeIfAbsent(rule, k -> new HashMap<>()));
                    p = tail;
                }
                row.add(normalizer.normalize(p.strip()));
            }
            for (String p : row) {
                addPhrase(r, rule, p, row, written, generated);
            }
        }
        PhraseLexicon.Builder<Entry> b = PhraseLexicon.builder(normalizer);
        written.forEach(b::add);
        generated.forEach(b::add);
        return new TriggerLexicon(b.build(), rules, gapped);
    }

    /** A gapped phrase's head: a verb marked + with its conjugations, else a verbal noun as written. */
    private static void addHeads(TriggerRule rule, String head, Map<String, Head> heads) {
        if (!head.endsWith("+")) {
            heads.put(head, new Head(rule.as(TriggerForm.VERBAL_NOUN), false));
            return;
        }
        String past = head.substring(0, head.length() - 1);
        List<String> forms = conjugate(past);
        for (int i = 0; i < forms.size(); i++) {
            heads.putIfAbsent(forms.get(i), new Head(rule, i >= PAST_FORMS));
        }
    }

    private static TriggerRule rule(TsvReader.Row r, Map<String, String[]> plover) {
        EventType type;
        try {
            type = EventType.valueOf(r.get(1));
        } catch (IllegalArgumentException e) {
            throw r.error("unknown PLOVER type " + r.get(1));
        }
        String cameo = r.get(2);
        String[] fromTable = plover.get(cameo);
        if (fromTable == null) {
            throw r.error("CAMEO code " + cameo + " is not in " + CAMEO_PLOVER);
        }
        Mode mode;
        try {
            mode = Mode.fromJson(r.optional(3) != null ? r.optional(3) : fromTable[0]);
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        List<String> contexts = fromTable[1] == null ? List.of() : List.of(fromTable[1].split(";"));
        TriggerForm form;
        try {
            form = TriggerForm.parse(r.get(4));
        } catch (IllegalArgumentException e) {
            throw r.error(e.getMessage());
        }
        return new TriggerRule(type + "/" + r.get(0), type, cameo, mode, contexts, form);
    }

    private static void addPhrase(TsvReader.Row r, TriggerRule rule, String phrase, List<String> row,
                                  Map<String, Entry> written, Map<String, Entry> generated) {
        if (phrase.isEmpty()) {
            throw r.error("empty phrase");
        }
        String key = phrase.replace("+", "");
        String first = key.split(" ")[0];
        Entry before = written.putIfAbsent(key, new Entry(first, rule, writtenImperfect(rule, first, row)));
        if (before != null && !before.rule().equals(rule)) {
            throw r.error("phrase '" + key + "' already belongs to " + before.rule().name());
        }
        for (String g : expand(phrase, rule.form())) {
            if (!g.equals(key)) {
                String gFirst = g.split(" ")[0];
                boolean imperfect = phrase.split(" ")[0].endsWith("+") && !gFirst.equals(first)
                        && !first.equals(gFirst.substring(0, Math.min(first.length(), gFirst.length())));
                generated.putIfAbsent(g, new Entry(gFirst, rule, imperfect));
            }
        }
    }

    /** A written verb is imperfect when it starts with ي or ن, or with ت beside its ي twin in the same row. */
    static boolean writtenImperfect(TriggerRule rule, String first, List<String> row) {
        if (rule.form() == TriggerForm.NOUN || first.length() < 3) {
            return false;
        }
        char c = first.charAt(0);
        return c == 'ي' || c == 'ن' || c == 'ت' && row.stream().anyMatch(p -> p.startsWith("ي" + first.substring(1)));
    }

    /** Generated forms: conjugations of words marked + and accusative ـا of nouns. */
    static Set<String> expand(String phrase, TriggerForm form) {
        List<Set<String>> options = new ArrayList<>();
        for (String w : phrase.split("\\s+")) {
            Set<String> o = new LinkedHashSet<>();
            if (w.endsWith("+")) {
                o.addAll(conjugate(w.substring(0, w.length() - 1)));
            } else {
                o.add(w);
                if (form == TriggerForm.NOUN && takesAccusativeAlif(w)) {
                    o.add(w + "ا");
                }
            }
            options.add(o);
        }
        Set<String> out = new LinkedHashSet<>();
        combine(options, 0, "", out);
        return out;
    }

    private static boolean takesAccusativeAlif(String w) {
        return !w.startsWith("ال") && !w.endsWith("ه") && !w.endsWith("ا") && !w.endsWith("ي") && !w.endsWith("ات");
    }

    /** How many of {@link #conjugate}'s forms, first, are past. */
    static final int PAST_FORMS = 5;

    /** Past (هو هي هم هما هما) and imperfect (هو هي نحن هم هما) forms of a regular verb given as its past stem. */
    static List<String> conjugate(String past) {
        String stem = past.startsWith("ا") && past.length() > 3 ? past.substring(1) : past;
        List<String> out = new ArrayList<>(List.of(past, past + "ت", past + "وا", past + "ا", past + "تا"));
        for (String p : new String[] {"ي", "ت", "ن"}) {
            out.add(p + stem);
        }
        out.addAll(List.of("ي" + stem + "ون", "ت" + stem + "ون", "ي" + stem + "ان", "ت" + stem + "ان"));
        return out;
    }

    private static void combine(List<Set<String>> options, int i, String prefix, Set<String> out) {
        if (i == options.size()) {
            out.add(prefix);
            return;
        }
        for (String o : options.get(i)) {
            combine(options, i + 1, prefix.isEmpty() ? o : prefix + " " + o, out);
        }
    }
}
