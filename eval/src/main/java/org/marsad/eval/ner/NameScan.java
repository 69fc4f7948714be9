package org.marsad.eval.ner;

import static org.marsad.eval.ner.NameTagger.personRow;
import static org.marsad.eval.ner.NameTagger.properName;

import java.util.List;
import java.util.Set;
import org.marsad.core.entity.ActorCode;
import org.marsad.core.entity.ActorEntry;
import org.marsad.core.entity.ActorFlag;
import org.marsad.core.entity.ActorLexicon;
import org.marsad.core.entity.PersonName;
import org.marsad.core.entity.TokenForms;
import org.marsad.core.lex.Match;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.eval.ner.NameTagger.Type;

/**
 * One sentence tagged by {@link NameTagger}'s rules, left to right, the longest at each word (see the tagger's
 * description). Holds the state of one call; not shared between threads.
 */
final class NameScan {
    private static final Set<String> ORG_SECTORS = Set.of("PTY", "MED", "BUS", "EDU", "HRI");
    private static final Set<String> ORG_COUNTRIES = Set.of("IGO", "NGO", "IMG");
    private static final int MAX_ORG_WORDS = 4;
    /** Words that start an apposition or a clause after a speaker's name (normalised). */
    private static final Set<String> APPOSITION_STARTS = Set.of("الذي", "التي", "في", "رئيس", "مدير", "مساعد",
            "امين", "نائب", "عضو", "مستشار", "سفير", "وزير", "قائد", "المتحدث", "الناطق", "مسؤول", "استاذ", "خبير");
    /** Given names that are also function words once normalised (علي / على). */
    private static final Set<String> FUNCTION_NAMES = Set.of("علي");

    private final ArabicNormalizer normalizer;
    private final ActorLexicon actors;
    private final PhraseLexicon<Boolean> places;
    private final PhraseLexicon<Boolean> organisations;
    private final Set<String> givenNames;
    private final Set<String> orgHeads;
    private final Set<String> sayVerbs;
    private final Set<String> personTitles;
    private final Set<String> commonWords;
    private final Set<String> functionWords;
    private final Set<String> institutions;
    private final String text;
    final List<Token> tokens;
    private final Type[] out;

    NameScan(NameTagger tagger, String text, List<Token> tokens, Type[] out) {
        this.normalizer = tagger.normalizer;
        this.actors = tagger.actors;
        this.places = tagger.places;
        this.organisations = tagger.organisations;
        this.givenNames = tagger.givenNames;
        this.orgHeads = tagger.orgHeads;
        this.sayVerbs = tagger.sayVerbs;
        this.personTitles = tagger.personTitles;
        this.commonWords = tagger.commonWords;
        this.functionWords = tagger.functionWords;
        this.institutions = tagger.institutions;
        this.text = text;
        this.tokens = tokens;
        this.out = out;
    }

    void run() {
        int i = 0;
        while (i < tokens.size()) {
            int next = step(i);
            i = next > i ? next : i + 1;
        }
    }

    /** Tags what starts at word {@code i}; returns the index after it, or {@code i} when nothing does. */
    int step(int i) {
        if (tokens.get(i).norm().isEmpty()) {
            return i;
        }
        if (isPersonTitle(tokens.get(i)) && i + 1 < tokens.size()) {
            int end = titled(i + 1);
            if (end > i + 1) {
                return end;
            }
        }
        if (nationalityAlone(i)) {
            int end = titled(i);
            if (end > i + 1) {
                return end;
            }
        }
        Match<Boolean> o = organisations.longestAt(tokens, i);
        if (o != null && !(o.end() - o.first() == 1 && tokens.get(i).definite() != startsDefinite(o))) {
            return mark(i, o.end(), Type.ORG);
        }
        Match<List<ActorEntry>> a = actors.phrases().longestAt(tokens, i);
        // a place name takes no pronoun or tanween off: بلاده، سنويا
        Match<Boolean> p = places.longestAt(tokens, i, TokenForms.PLACE_FORMS);
        if (p != null && p.end() - p.first() == 1 && common(tokens.get(i).norm())) {
            p = null; // ورقة is a sheet of paper before it is و + the town رقة
        }
        int org = orgPhraseEnd(i);
        if (org > i && (a == null || org >= a.end()) && (p == null || org > p.end())) {
            return mark(i, org, Type.ORG);
        }
        if (a != null && (p == null || a.end() > p.end())) {
            int end = actor(a);
            if (end > i) {
                return end;
            }
        }
        if (p != null) {
            int named = p.end() - p.first() == 1 ? person(i) : i;
            return named > i + 1 ? named : mark(i, p.end(), Type.LOC); // صلاح الدين: a name wins over سالم
        }
        int said = saidName(i);
        return said > i ? said : person(i);
    }

    int actor(Match<List<ActorEntry>> m) {
        ActorEntry e = m.value().get(0);
        if (e.has(ActorFlag.TITLE)) {
            int named = e.curated() ? m.first() : nameInsideTitle(m);
            return named > m.first() ? named : titled(m.end());
        }
        if (e.has(ActorFlag.SOURCE) && e.curated() && properName(e.code().nameEn())) {
            return mark(m.first(), m.end(), Type.ORG); // رويترز: a named outlet
        }
        if (e.isAgent() || e.has(ActorFlag.COMPOSE) || e.has(ActorFlag.SIDE)) {
            return m.first();
        }
        if (m.end() - m.first() == 1 && !e.curated() && tokens.get(m.first()).definite()) {
            return m.first(); // الشمس is no شمس: a derived one-word entry must not lose an article
        }
        Type type = classify(e, tokens.get(m.first()));
        return type == null ? m.first() : mark(m.first(), m.end(), type);
    }

    /**
     * A derived title row that holds a name (رئيس حسني مبارك, رئيس مبارك): a known person ending the row, or
     * the row's words after the title when none carries the article or starts an actor phrase. Returns the
     * index after the name, or the row's first index when it holds none.
     */
    int nameInsideTitle(Match<List<ActorEntry>> m) {
        if (m.end() - m.first() < 2) {
            return m.first();
        }
        boolean bare = true;
        for (int k = m.first() + 1; k < m.end(); k++) {
            Match<List<ActorEntry>> p = actors.phrases().longestAt(tokens, k);
            if (p != null && p.end() == m.end() && !p.value().get(0).isAgent()
                    && classify(p.value().get(0), tokens.get(k)) == Type.PERS) {
                return mark(k, m.end(), Type.PERS);
            }
            bare &= p == null && !tokens.get(k).definite() && !commonWords.contains(tokens.get(k).norm());
        }
        return bare ? mark(m.first() + 1, m.end(), Type.PERS) : m.first();
    }

    /**
     * A person: the phrase starts with a given name, or the entry is dated with a sector (derived lexicon
     * rows for people carry terms of office) and not headed by an organisation word. An organisation: an
     * IGO/NGO/IMG code, an organisation sector, an organisation head, or a curated row whose English name
     * ends in a capitalised word (Hamas, US Senate; not "Israeli authorities").
     */
    Type classify(ActorEntry e, Token first) {
        ActorCode c = e.code();
        boolean named = givenNames.contains(first.norm());
        if (named || personRow(e) || e.from() != null && c.sector() != null && !isOrgHead(first)) {
            return Type.PERS;
        }
        boolean org = ORG_COUNTRIES.contains(c.country()) || c.sector() != null && ORG_SECTORS.contains(c.sector())
                || isOrgHead(first) || e.curated() && c.sector() != null && properName(c.nameEn());
        return org ? Type.ORG : null;
    }

    /**
     * After a title: its portfolio and nationality (وزير الخارجية الفرنسي, الرئيس الأمريكي) are skipped, then
     * a known person or an unknown name is PERS. Returns the index after what was tagged.
     */
    int titled(int j) {
        if (j > 0 && j < tokens.size() && inConstruct(tokens.get(j - 1)) && !tokens.get(j).definite()) {
            return j; // رئيس بعثة، ملك صور: an indefinite title is in construct with the noun after it
        }
        int k = j;
        while (k < tokens.size() && k < j + 3) {
            Match<List<ActorEntry>> a = actors.phrases().longestAt(tokens, k);
            if (a != null && a.value().get(0).code().sector() == null && a.value().get(0).code().country() != null
                    && places.longestAt(tokens, k) == null) {
                k = a.end(); // a nationality
            } else if (tokens.get(k).norm().startsWith("ال") && a == null && places.longestAt(tokens, k) == null) {
                k++;
            } else {
                break;
            }
        }
        Match<List<ActorEntry>> p = k < tokens.size() ? actors.phrases().longestAt(tokens, k) : null;
        if (p != null && !p.value().get(0).isAgent() && classify(p.value().get(0), tokens.get(k)) == Type.PERS) {
            return mark(k, p.end(), Type.PERS);
        }
        if (k < tokens.size() && (isOrgHead(tokens.get(k)) || institutions.contains(tokens.get(k).norm()))) {
            return j; // رئيس مجلس ...: an institution, no name
        }
        int end = PersonName.end(text, tokens, k, false, this::known);
        if (end == k) {
            int apposed = appositive(k);
            return apposed > k ? apposed : j;
        }
        return mark(k, end, Type.PERS);
    }

    /**
     * A definite nationality that qualifies no noun before it stands for a person (أكد البرازيلي رونالدو،
     * فاز السويسري روجيه فيدرر): the name may follow it as after a title.
     */
    boolean nationalityAlone(int i) {
        Token t = tokens.get(i);
        if (!t.definite() || i > 0 && (tokens.get(i - 1).definite() || isPersonTitle(tokens.get(i - 1)))) {
            return false;
        }
        Match<List<ActorEntry>> a = actors.phrases().longestAt(tokens, i);
        return a != null && a.end() == i + 1 && a.value().get(0).code().sector() == null
                && a.value().get(0).code().country() != null && places.longestAt(tokens, i) == null;
    }

    /** A title word without the article or a pronoun (رئيس، ملك، رئيسا): the word after it is its complement. */
    boolean inConstruct(Token t) {
        return !t.definite() && t.enclitic().isEmpty() && !personTitles.contains(t.norm());
    }

    boolean common(String norm) {
        return commonWords.contains(norm);
    }

    /** A common word, or one with a clitic (بفارق، فوزه) whose stem is common. */
    boolean common(Token t) {
        for (String f : t.forms()) {
            if (commonWords.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** A place or an actor phrase starts at {@code k}: no part of a person's name. */
    boolean known(int k) {
        return common(tokens.get(k)) || places.longestAt(tokens, k) != null
                || actors.phrases().longestAt(tokens, k) != null;
    }

    /** Whether the listed name matched at {@code m} itself starts with the article (الأهلي, not ميلان). */
    boolean startsDefinite(Match<Boolean> m) {
        return m.value();
    }

    boolean isOrgHead(Token t) {
        for (String f : t.forms()) {
            if (orgHeads.contains(f)) {
                return true;
            }
        }
        return false;
    }

    /** وزارة الخارجية الفرنسية: a head and the definite words or places after it. */
    int orgPhraseEnd(int i) {
        Token head = tokens.get(i);
        if (!isOrgHead(head) || head.definite() && !head.norm().equals(normalizer.normalize("الأمم"))
                && !head.norm().equals(normalizer.normalize("الاتحاد"))) {
            return i;
        }
        int k = i + 1;
        while (k < tokens.size() && k - i <= MAX_ORG_WORDS) {
            Token t = tokens.get(k);
            boolean joins = (t.norm().startsWith("ال") || places.longestAt(tokens, k) != null)
                    && !functionWords.contains(t.norm())
                    && PersonName.onlySpaceBetween(text, tokens.get(k - 1), t);
            if (!joins) {
                break;
            }
            k++;
        }
        return k > i + 1 ? k : i;
    }

    int person(int i) {
        Token t = tokens.get(i);
        if (t.surface().endsWith("ى") && t.norm().endsWith("ي")) {
            return i; // على is a preposition, علي a name: the spelling with ى decides
        }
        if (FUNCTION_NAMES.contains(t.norm())) {
            return i; // علي is also على written without its dots: it starts no name (it may stand inside one)
        }
        if (!givenNames.contains(t.norm()) && !(t.proclitics().equals("و") && t.forms().size() > 1 && givenNames.contains(t.forms().get(1)))) {
            return i;
        }
        int end = PersonName.end(text, tokens, i + 1, true, this::known);
        end = Math.min(end, i + 3);
        boolean afterSay = i > 0 && isSayVerb(tokens.get(i - 1));
        if (end - i >= 2 || afterSay) {
            return mark(i, Math.max(end, i + 1), Type.PERS);
        }
        return i;
    }

    /**
     * وقال بوش إن ...: after a reporting verb, an unknown name-like word (or up to three) closed by إن/أن or
     * punctuation is a person. The verb may carry و or ف.
     */
    int saidName(int i) {
        if (i == 0 || !isSayVerb(tokens.get(i - 1)) || tokens.get(i).definite() || functionWords.contains(tokens.get(i).norm())) {
            return i;
        }
        int end = Math.min(PersonName.end(text, tokens, i, false, this::known), i + 3);
        if (end == i || end >= tokens.size()) {
            return i;
        }
        Token after = tokens.get(end);
        boolean closed = after.norm().isEmpty() || after.norm().equals("ان") || !PersonName.onlySpaceBetween(text,
                tokens.get(end - 1), after) && !after.norm().isEmpty() || describes(end);
        return closed ? mark(i, end, Type.PERS) : i;
    }

    /**
     * What may follow a speaker's name: a title or role in apposition (وقال كريستوفر هيل مساعد الوزيرة،
     * وقال فلان رئيس المعهد), a relative pronoun (الذي) or في (في بيان، في حديث).
     */
    boolean describes(int k) {
        Token t = tokens.get(k);
        if (APPOSITION_STARTS.contains(t.norm()) || isPersonTitle(t)) {
            return true;
        }
        Match<List<ActorEntry>> a = actors.phrases().longestAt(tokens, k);
        return a != null && a.value().get(0).has(ActorFlag.TITLE);
    }

    /**
     * After a title and a comma, a name closed by a comma or other punctuation (السناتور الجمهوري، ارلن
     * سبيكتر، اقترح ...): an appositive name. Returns the end of the name, or {@code k}.
     */
    int appositive(int k) {
        if (k == 0 || k >= tokens.size() || !commaBetween(tokens.get(k - 1), tokens.get(k))) {
            return k;
        }
        int end = Math.min(PersonName.end(text, tokens, k, false, this::known), k + 3);
        boolean closed = end > k && end < tokens.size()
                && !PersonName.onlySpaceBetween(text, tokens.get(end - 1), tokens.get(end));
        return closed ? mark(k, end, Type.PERS) : k;
    }

    boolean commaBetween(Token a, Token b) {
        String gap = text.substring(a.end(), b.start()).strip();
        return gap.equals("،") || gap.equals(",");
    }

    /** A courtesy, religious or professional title (السيد، الشيخ، اللاعب), with و/ف/ل/ب before it. */
    boolean isPersonTitle(Token t) {
        return personTitles.contains(t.norm()) || t.forms().size() > 1 && t.proclitics().length() == 1
                && personTitles.contains(t.forms().get(1));
    }

    boolean isSayVerb(Token t) {
        return sayVerbs.contains(t.norm()) || t.forms().size() > 1 && t.proclitics().length() == 1
                && sayVerbs.contains(t.forms().get(1));
    }

    int mark(int first, int end, Type type) {
        for (int k = first; k < end; k++) {
            out[k] = type;
        }
        return end;
    }
}
