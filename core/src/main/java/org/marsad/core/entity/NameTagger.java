package org.marsad.core.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.lexicon.Match;
import org.marsad.core.lexicon.PhraseLexicon;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;

/**
 * A rule-based named-entity tagger over pre-tokenised words (CoNLL style): each word gets PERS, LOC, ORG or
 * nothing. Rules, left to right, the longest at each word:
 * <ul>
 * <li>an actor-lexicon phrase: a dated, non-title entry is a person (بشار الأسد); an organisation (IGO/NGO/IMG
 * country, or sector PTY, MED, BUS, EDU, HRI, or a phrase headed by an organisation word) is ORG; a title
 * (الرئيس, وزير الخارجية) is no name itself but the name after it is a person;</li>
 * <li>an organisation head in construct state (وزارة, حزب, منظمة, شركة ...) and the definite words, places or
 * nationalities after it: ORG (وزارة الخارجية الفرنسية);</li>
 * <li>any name of the gazetteer (GeoNames, Natural Earth, countries, curated places) not listed as a common word:
 * LOC;</li>
 * <li>a given name from the hand-written list and the name-like words after it (at least two words, or one
 * after a reporting verb): PERS.</li>
 * </ul>
 * Thread-safe after construction.
 */
public final class NameTagger {
    /** The entity types the tagger gives. */
    public enum Type { PERS, LOC, ORG }

    private static final Set<String> ORG_SECTORS = Set.of("PTY", "MED", "BUS", "EDU", "HRI");
    private static final Set<String> ORG_COUNTRIES = Set.of("IGO", "NGO", "IMG");
    /**
     * Heads of a named institution in construct state (حزب العمال, مجلس الأمن, جامعة القاهرة). Ministries,
     * committees, companies, teams and centres with a definite noun after them are descriptions in the
     * ANERcorp convention (وزارة الخارجية is no name), so they are left out.
     */
    private static final List<String> ORG_HEADS = List.of("حزب", "جبهة", "منظمة", "جامعة", "مجلس", "تنظيم",
            "معهد", "محكمة", "سرايا", "كتائب", "الأمم", "الاتحاد", "رابطة", "نقابة", "أكاديمية");
    /** Institution nouns: after a title (رئيس لجنة, مدير شركة) they start no person's name. */
    private static final List<String> INSTITUTIONS = List.of("وزارة", "لجنة", "شركة", "هيئة", "مركز", "مؤسسة",
            "وكالة", "دائرة", "مكتب", "فريق", "منتخب", "نادي", "بنك", "صندوق", "جمعية", "حركة", "قسم", "إدارة");
    private static final List<String> SAY_VERBS = List.of("قال", "قالت", "أكد", "أضاف", "أوضح", "أعلن", "صرح",
            "أشار", "ذكر", "رأى", "اعتبر", "دعا", "طالب", "يقول", "تقول", "شدد", "أعرب", "تابع", "أفاد", "قالت",
            "أكدت", "أضافت", "أوضحت", "أعلنت", "أشارت", "ذكرت", "اعتبرت", "دعت", "طالبت", "شددت", "أعربت", "تابعت");
    private static final int MAX_ORG_WORDS = 4;
    /** Words written with a leading ال that are no article + noun. */
    private static final List<String> FUNCTION_WORDS = List.of("إلى", "الى", "إلا", "الا", "الذي", "التي", "الذين",
            "اللذين", "اللتين", "اللاتي", "اللواتي", "الآن", "الان", "اللذان", "اللتان", "حيث", "غير", "عام", "بعنوان",
            "لجنة", "بين", "ضمن", "نحو", "بعد", "قبل", "منذ", "حول", "عبر", "لدى", "أمام", "خلال", "بعض", "كل");
    /** Given names that are also function words once normalised (علي / على). */
    private static final Set<String> FUNCTION_NAMES = Set.of("علي");

    private final ArabicNormalizer normalizer;

    /** An English name whose last word (before any parenthesis) is capitalised: a proper name. */
    static boolean properName(String nameEn) {
        if (nameEn == null) {
            return false;
        }
        String s = nameEn.replaceAll("\\(.*", "").strip();
        String last = s.substring(s.lastIndexOf(' ') + 1);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    }
    /** Words of an English name that make it a group's or an office's, not a person's. */
    private static final java.util.regex.Pattern GROUP_WORDS = java.util.regex.Pattern.compile("(?i)forces|army|"
            + "government|party|council|front|movement|brigade|committee|command|authorit|ministr|organi|union|league"
            + "|agency|state|group|regime|administration|militia|guard|cabinet|coalition|police|service|office"
            + "|parliament|assembly|hayat|taliban|remnants|leader of|supreme|envoy|court|bank|fund|corps|division"
            + "|network|alliance|operation");
    /** A word of a person's English name: capitalised, an initial, or a particle (al-Assad, bin, van). */
    private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile(
            "[A-Z][\\w'\\-’‘.]*|(al|el|ad|as|ash|ar)-\\w+|bin|ibn|bint|de|van|von|der|da|di|le|la");

    /**
     * A curated row for a person: it has a term of office (a validity date) and its English name, parenthesis
     * aside, is two or more name words with no group or office word (Hosni Mubarak, Bashar al-Assad; not
     * Hayat Tahrir al-Sham, Syrian government).
     */
    static boolean personRow(ActorEntry e) {
        if (!e.curated() || e.from() == null && e.until() == null || e.code().nameEn() == null) {
            return false;
        }
        String name = e.code().nameEn().replaceAll("\\(.*", "").strip();
        String[] words = name.split("\\s+");
        if (words.length < 2 || GROUP_WORDS.matcher(name).find()) {
            return false;
        }
        for (String w : words) {
            if (!NAME_WORD.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private final Tokenizer tokenizer;
    private final ActorLexicon actors;
    private final PhraseLexicon<Boolean> places;
    /** Listed organisations; the value says whether the listed name starts with ال. */
    private final PhraseLexicon<Boolean> organisations;
    private final Set<String> givenNames;
    private final Set<String> orgHeads;
    private final Set<String> sayVerbs;
    private final Set<String> personTitles;
    /** Words seen in running text and never in a name (AQMAR): they end an unknown name. */
    private final Set<String> commonWords;
    private final Set<String> functionWords;
    private final Set<String> institutions;

    public NameTagger(ArabicNormalizer normalizer) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.tokenizer = new Tokenizer(normalizer);
        this.actors = ActorLexicon.load(normalizer);
        this.places = NameTaggerPlaces.load(normalizer);
        PhraseLexicon.Builder<Boolean> orgs = PhraseLexicon.builder(normalizer);
        for (String name : NameTaggerPlaces.column(NameTagger.class, "NameTagger-organisations.tsv")) {
            String key = normalizer.normalize(name);
            orgs.add(key, key.startsWith("ال"));
        }
        this.organisations = orgs.build();
        List<String> given = new ArrayList<>(NameTaggerPlaces.column(NameTagger.class, "NameTagger-given-names.tsv"));
        given.addAll(NameTaggerPlaces.column(NameTagger.class, "NameTagger-given-names-aqmar.tsv"));
        this.givenNames = normalised(given);
        this.commonWords = normalised(NameTaggerPlaces.column(NameTagger.class, "NameTagger-common-words.tsv"));
        this.orgHeads = normalised(ORG_HEADS);
        this.sayVerbs = normalised(SAY_VERBS);
        this.personTitles = normalised(NameTaggerPlaces.column(NameTagger.class, "NameTagger-titles.tsv"));
        this.functionWords = normalised(FUNCTION_WORDS);
        this.institutions = normalised(INSTITUTIONS);
    }

    private Set<String> normalised(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            out.add(normalizer.normalize(w));
        }
        return Set.copyOf(out);
    }

    /**
     * Tags the sentences of one document, then lets a full name teach its parts: a word of a PERS name of two
     * or more words (not a given name, not a place or actor phrase) is PERS wherever else it stands alone in
     * the document (جوزيف ستيغليتز ... قال ستيغليتز). A clitic و/ب/ل before it is allowed.
     */
    public List<List<Type>> tagDocument(List<List<String>> sentences) {
        List<List<Type>> out = new ArrayList<>();
        Set<String> learnt = new HashSet<>();
        for (List<String> words : sentences) {
            List<Type> types = tag(words);
            out.add(types);
            learn(words, types, learnt);
        }
        for (int s = 0; s < sentences.size(); s++) {
            out.set(s, propagate(sentences.get(s), out.get(s), learnt));
        }
        return out;
    }

    private void learn(List<String> words, List<Type> types, Set<String> learnt) {
        int i = 0;
        while (i < words.size()) {
            int j = i;
            while (j < words.size() && types.get(j) == Type.PERS) {
                j++;
            }
            if (j > i) {
                String n = normalizer.normalize(words.get(j - 1)); // the family name, or a name standing alone
                if (n.length() >= 3 && !givenNames.contains(n) && (j - i >= 2 || !n.startsWith("ال"))
                        && !functionWords.contains(n) && !commonWords.contains(n)) {
                    learnt.add(n);
                }
            }
            i = j > i ? j : i + 1;
        }
    }

    private List<Type> propagate(List<String> words, List<Type> types, Set<String> learnt) {
        if (learnt.isEmpty()) {
            return types;
        }
        List<Type> out = new ArrayList<>(types);
        for (int i = 0; i < words.size(); i++) {
            if (out.get(i) != null) {
                continue;
            }
            Token t = tokenizer.word(words.get(i), 0, words.get(i).length());
            if (learnt.contains(t.norm()) || t.forms().size() > 1 && learnt.contains(t.forms().get(1))
                    && t.proclitics().length() == 1) {
                out.set(i, Type.PERS);
            }
        }
        return java.util.Collections.unmodifiableList(out);
    }

    /** The type of each word (null: no entity); the list has the words' size. Words may be punctuation. */
    public List<Type> tag(List<String> words) {
        Objects.requireNonNull(words, "words");
        StringBuilder sb = new StringBuilder();
        int[] starts = new int[words.size()];
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            starts[i] = sb.length();
            sb.append(words.get(i));
        }
        String text = sb.toString();
        List<Token> tokens = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            tokens.add(tokenizer.word(text, starts[i], starts[i] + words.get(i).length()));
        }
        Type[] out = new Type[words.size()];
        Scan scan = new Scan(text, TokenForms.adjust(tokens), out);
        scan.run();
        NameChains.extend(text, scan.tokens, out, scan::known);
        return Arrays.asList(out);
    }

    /** The state of one call. */
    private final class Scan {
        private final String text;
        private final List<Token> tokens;
        private final Type[] out;

        Scan(String text, List<Token> tokens, Type[] out) {
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
            Match<Boolean> p = places.longestAt(tokens, i);
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
            return end > k ? mark(k, end, Type.PERS) : j;
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
                    tokens.get(end - 1), after) && !after.norm().isEmpty();
            return closed ? mark(i, end, Type.PERS) : i;
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
}
