package org.marsad.core.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Candidate bases of one normalised Arabic word, for lexicon lookup. Proclitics are stripped in valid orders
 * only: an optional conjunction (و ف), then a preposition (ب ل ك) with an optional article (ال; ل+ال is
 * written لل), or the future س before a present-tense prefix (ي ت ن ا), or the article alone. An attached pronoun
 * is then stripped from the whole word and from each fully stripped stem without the article; a stem left ending
 * in ت also yields its ه form, the normalised teh marbuta of a noun in construct (حكومته → حكومت, حكومه), and one
 * ending in a seated hamza ئ ؤ yields its ء form (لقائه → لقاء). The same stems also lose a final alef, the
 * accusative tanween of an indefinite noun (جنودا → جنود).
 * No base is shorter than {@value #MIN_BASE} letters. Pure and thread-safe.
 */
final class Clitics {
    static final int MIN_BASE = 2;
    /** Longer words are not analysed: no Arabic word is this long, and hostile input stays cheap. */
    static final int MAX_WORD = 40;
    private static final String[] CONJUNCTIONS = {"و", "ف"};
    private static final String[] PREPOSITIONS = {"ب", "ل", "ك"};
    private static final String ARTICLE = "ال";
    private static final String PRESENT_PREFIXES = "يتنا";
    /**
     * Attached pronouns, longest first. Left out on purpose, being rare in news: the first person singular ي and ني
     * ("my", "me"), which would turn every nisba adjective (مصري، لبناني، اسرائيلي) into the name of its country,
     * and the second person dual and feminine plural كما and كن, which would eat accusatives such as حاكما.
     */
    private static final String[] ENCLITICS = {"هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك"};
    /** A present verb after the future س has at least this many letters (سيجتمع → يجتمع, but سنة stays). */
    private static final int MIN_PRESENT_VERB = 3;
    /** A stem whose final ت is also read as a teh marbuta has at least this many letters (قوته → قوت, قوه). */
    private static final int MIN_CONSTRUCT = 3;
    /** A noun before the accusative tanween alef has at least this many letters (جنودا → جنود, but هذا stays). */
    private static final int MIN_TANWEEN = 3;

    /** The forms, most literal first, and the clitics that the most stripped form lost. */
    record Analysis(List<String> forms, String proclitics, String enclitic) {
    }

    /** One reading: the form, letters stripped, proclitics as written, enclitic, and whether ال was involved. */
    private record Cand(String form, int cost, String proclitics, String enclitic, boolean article) {
    }

    private Clitics() {
    }

    /** Analyses {@code norm}; {@code tehMarbuta} says the surface ended in ة, so its final ه is no pronoun. */
    static Analysis analyse(String norm, boolean tehMarbuta) {
        if (norm.length() > MAX_WORD || !isArabicWord(norm)) {
            return new Analysis(List.of(norm), "", "");
        }
        List<Cand> cands = new ArrayList<>();
        cands.add(new Cand(norm, 0, "", "", false));
        proclitics(norm, "", 0, cands);
        for (String conj : CONJUNCTIONS) {
            if (norm.startsWith(conj)) {
                String rest = norm.substring(conj.length());
                add(cands, rest, 1, conj, false);
                proclitics(rest, conj, 1, cands);
            }
        }
        addEndings(cands, tehMarbuta);
        return result(cands);
    }

    /** The future marker, a preposition (and article) or the article alone at the start of {@code rest}. */
    private static void proclitics(String rest, String before, int cost, List<Cand> cands) {
        if (rest.length() > MIN_PRESENT_VERB && rest.charAt(0) == 'س'
                && PRESENT_PREFIXES.indexOf(rest.charAt(1)) >= 0) {
            add(cands, rest.substring(1), cost + 1, before + "س", false);
        }
        for (String prep : PREPOSITIONS) {
            if (!rest.startsWith(prep)) {
                continue;
            }
            String stem = rest.substring(prep.length());
            add(cands, stem, cost + 1, before + prep, false);
            if (prep.equals("ل") && stem.startsWith("ل") && stem.length() > MIN_BASE) { // لل = ل + ال: للجيش
                add(cands, "ا" + stem, cost + 1, before + prep, true);
                add(cands, stem.substring(1), cost + 2, before + prep + "ل", true);
            } else if (stem.startsWith(ARTICLE)) {
                add(cands, stem.substring(ARTICLE.length()), cost + 3, before + prep + ARTICLE, true);
            }
        }
        if (rest.startsWith(ARTICLE)) {
            add(cands, rest.substring(ARTICLE.length()), cost + 2, before + ARTICLE, true);
        }
    }

    private static void add(List<Cand> cands, String form, int cost, String proclitics, boolean article) {
        if (form.length() >= MIN_BASE) {
            cands.add(new Cand(form, cost, proclitics, "", article));
        }
    }

    /** Pronouns and the accusative tanween alef, on the stems that can carry them (see {@link #takesEnclitic}). */
    private static void addEndings(List<Cand> cands, boolean tehMarbuta) {
        for (Cand c : List.copyOf(cands)) {
            if (!takesEnclitic(c, cands)) {
                continue;
            }
            if (c.form().endsWith("ا") && c.form().length() > MIN_TANWEEN) {
                cands.add(new Cand(c.form().substring(0, c.form().length() - 1), c.cost() + 1, c.proclitics(), "",
                        false));
            }
            addEnclitic(c, cands, tehMarbuta);
        }
    }

    /** The longest attached pronoun that leaves a base, stripped. */
    private static void addEnclitic(Cand c, List<Cand> cands, boolean tehMarbuta) {
        for (String e : ENCLITICS) {
            if (c.form().endsWith(e) && c.form().length() - e.length() >= MIN_BASE
                    && !(tehMarbuta && e.equals("ه"))) {
                String stem = c.form().substring(0, c.form().length() - e.length());
                int cost = c.cost() + e.length();
                cands.add(new Cand(stem, cost, c.proclitics(), e, false));
                restoredEnding(stem).ifPresent(r -> cands.add(new Cand(r, cost, c.proclitics(), e, false)));
                return;
            }
        }
    }

    /**
     * The stem as written without the pronoun, where the pronoun changed its ending: a construct ت back to the
     * normalised teh marbuta ه (حكومت → حكومه), a hamza seated on ئ or ؤ back to ء (لقائ → لقاء).
     */
    private static Optional<String> restoredEnding(String stem) {
        char last = stem.charAt(stem.length() - 1);
        String head = stem.substring(0, stem.length() - 1);
        if (last == 'ت' && stem.length() >= MIN_CONSTRUCT) {
            return Optional.of(head + "ه");
        }
        return last == 'ئ' || last == 'ؤ' ? Optional.of(head + "ء") : Optional.empty();
    }

    /** The whole word and the fully stripped stems without the article; never a definite form. */
    private static boolean takesEnclitic(Cand c, List<Cand> cands) {
        if (c.article() || c.form().startsWith(ARTICLE)) {
            return false;
        }
        if (c.proclitics().isEmpty()) {
            return true;
        }
        for (Cand d : cands) {
            if (!d.article() && d.proclitics().length() > c.proclitics().length()
                    && d.proclitics().startsWith(c.proclitics())) {
                return false;
            }
        }
        return true;
    }

    private static Analysis result(List<Cand> cands) {
        cands.sort((a, b) -> Integer.compare(a.cost(), b.cost()));
        Set<String> forms = new LinkedHashSet<>();
        Cand most = cands.get(0);
        for (Cand c : cands) {
            forms.add(c.form());
            if (c.cost() > most.cost()) {
                most = c;
            }
        }
        return new Analysis(List.copyOf(forms), most.proclitics(), most.enclitic());
    }

    /** Normalised Arabic letters only (no digits, Latin or spaces). */
    static boolean isArabicWord(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '\u0621' && c <= '\u064A' || c >= '\u066E' && c <= '\u06D5')) {
                return false;
            }
        }
        return true;
    }
}
