package org.marsad.eval.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.marsad.core.entity.ActorEntry;
import org.marsad.core.entity.ActorLexicon;
import org.marsad.core.entity.PersonName;
import org.marsad.core.entity.TokenForms;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.lex.TsvReader;
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
 * <li>a given name (hand-written list and AQMAR) and the name-like words after it (at least two words, or one
 * after a reporting verb): PERS;</li>
 * <li>after a political title (actor lexicon), a courtesy or professional title (السيد، الشيخ، اللاعب) or a
 * nationality standing alone (فاز السويسري ...), its portfolio and nationality skipped: the name is PERS; an
 * indefinite title is in construct (رئيس بعثة) and takes none; a name may also stand between commas;</li>
 * <li>a known person of the curated lexicon (a term of office and a person's English name) is PERS;</li>
 * <li>then {@link NameChains}: بن/أبو/عبد links and nisba family names complete a name.</li>
 * </ul>
 * A word common in running text (AQMAR) ends an unknown name; a place is matched only as written or without
 * its proclitics. Per document, a family name (or a name standing alone) learnt once is PERS wherever it
 * recurs. The per-sentence rules are in {@link NameScan}.
 * Thread-safe after construction.
 */
public final class NameTagger {
    /** The entity types the tagger gives. */
    public enum Type { PERS, LOC, ORG }

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
    /** Words written with a leading ال that are no article + noun. */
    private static final List<String> FUNCTION_WORDS = List.of("إلى", "الى", "إلا", "الا", "الذي", "التي", "الذين",
            "اللذين", "اللتين", "اللاتي", "اللواتي", "الآن", "الان", "اللذان", "اللتان", "حيث", "غير", "عام", "بعنوان",
            "لجنة", "بين", "ضمن", "نحو", "بعد", "قبل", "منذ", "حول", "عبر", "لدى", "أمام", "خلال", "بعض", "كل");
    /** Given names that are also function words once normalised (علي / على). */

    final ArabicNormalizer normalizer;

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
        return e.curated() && (e.from() != null || e.until() != null) && personName(e.code().nameEn());
    }

    /** An English name of two or more name words with no group or office word, parenthesis aside. */
    static boolean personName(String nameEn) {
        if (nameEn == null) {
            return false;
        }
        String name = nameEn.replaceAll("\\(.*", "").strip();
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
    final ActorLexicon actors;
    final PhraseLexicon<Boolean> places;
    /** Listed organisations; the value says whether the listed name starts with ال. */
    final PhraseLexicon<Boolean> organisations;
    final Set<String> givenNames;
    final Set<String> orgHeads;
    final Set<String> sayVerbs;
    final Set<String> personTitles;
    /** Words seen in running text and never in a name (AQMAR): they end an unknown name. */
    final Set<String> commonWords;
    final Set<String> functionWords;
    final Set<String> institutions;

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
        this.commonWords = normalised(NameTaggerPlaces.column(NameTagger.class, "NameTagger-common-words.tsv"));
        this.functionWords = normalised(FUNCTION_WORDS);
        Set<String> names = new HashSet<>(normalised(given));
        names.addAll(leadersGivenNames());
        this.givenNames = Set.copyOf(names);
        this.orgHeads = normalised(ORG_HEADS);
        this.sayVerbs = normalised(SAY_VERBS);
        this.personTitles = normalised(NameTaggerPlaces.column(NameTagger.class, "NameTagger-titles.tsv"));
        this.institutions = normalised(INSTITUTIONS);
    }

    /**
     * The first words of the people the curated actor lexicon lists with a term of office (حسني مبارك):
     * given names, unless the word is itself an actor phrase (رئيس, حركة), carries the article, or is common.
     */
    private Set<String> leadersGivenNames() {
        Set<String> out = new HashSet<>();
        for (TsvReader.Row row : TsvReader.read(ActorLexicon.class, "actors_curated.tsv", 9)) {
            String[] words = normalizer.normalize(row.get(0)).split(" ");
            boolean dated = !row.get(5).equals("-") || !row.get(6).equals("-");
            if (words.length >= 2 && dated && personName(row.get(4))) {
                String w = words[0];
                if (w.length() >= 3 && !w.startsWith("ال") && !commonWords.contains(w) && !PersonName.isStop(w)
                        && !functionWords.contains(w)
                        && actors.phrases().longestAt(List.of(probe(w)), 0) == null) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private Token probe(String norm) {
        return tokenizer.word(norm, 0, norm.length());
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
                if (n.length() >= 3 && !givenNames.contains(n) && (!n.startsWith("ال") || j - i >= 2 && givenNames.contains(normalizer.normalize(words.get(i))))
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
        NameScan scan = new NameScan(this, text, TokenForms.adjust(tokens), out);
        scan.run();
        NameChains.extend(text, scan.tokens, out, scan::known);
        return Arrays.asList(out);
    }
}
