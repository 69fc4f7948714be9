package org.marsad.core.entity;

import java.util.List;
import java.util.Set;
import org.marsad.core.text.Token;

/**
 * Finds the unknown personal name that may follow a title (وزير الخارجية الروسي سيرغي لافروف): up to four
 * words (جان إيف لو دريان), not function words, dates or reporting verbs, nothing but spaces before and between
 * them, no clitic + article (بالانسحاب), and no lexicon entry.
 * The first word may not carry the article (names rarely start with ال; the family name may: عبد الفتاح السيسي)
 * unless the title names an outlet (صحيفة الوطن); no word may start with و (a conjunction: "وملكها ويطلب").
 */
public final class PersonName {
    static final int MAX_WORDS = 4;
    static final int MAX_QUOTED = 6;
    private static final String[] CLITIC_ARTICLES = {"وال", "فال", "بال", "كال", "لل"};
    private static final Set<String> STOP = Set.of("في", "من", "الي", "علي", "عن", "مع", "الذي", "التي", "الذين",
            "ان", "انه", "انها", "قد", "لقد", "كان", "كانت", "خلال", "بعد", "قبل", "عند", "منذ", "حتي", "امام", "لدي",
            "حول", "ضد", "عبر", "بين", "فيما", "بينما", "كما", "ثم", "او", "ام", "لا", "لم", "لن", "ما", "هذا", "هذه",
            "ذلك", "تلك", "هو", "هي", "هم", "اليوم", "امس", "غدا", "الان", "مساء", "صباح", "ليل", "ليله", "يوم",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "قال", "قالت", "اكد", "اكدت",
            "اعلن", "اعلنت", "اشار", "اشارت", "اوضح", "اوضحت", "صرح", "ذكر", "ذكرت", "افاد", "افادت", "دعا", "دعت",
            "نفي", "نفت", "بحث", "التقي", "استقبل", "زار", "وصل", "هاتفيا", "رسميا", "ايضا", "نظيره", "نظيرته",
            "نظيريه", "نظراءه", "السابق", "السابقه", "الحالي", "الجديد", "المنتهيه", "بالوكاله", "المكلف", "خلفا",
            "الاسبق", "عقب", "اثر", "وفق", "بحسب", "حسب", "مؤخرا", "يوميه", "زياره", "اتصال", "اتصالا", "كلمه",
            "بيان", "مؤتمر", "تصريحات", "تصريح", "حديث", "لقاء", "اجتماع", "اجتماعا", "جلسه", "ردا", "نقلا");

    private PersonName() {
    }

    /** The end (exclusive) of a name starting at token {@code i}, or {@code i} when there is none. */
    public static int end(String text, List<Token> tokens, int i, boolean outlet, NameTest isLexiconEntry) {
        int k = i;
        while (k < tokens.size() && k - i < MAX_WORDS) {
            Token t = tokens.get(k);
            boolean first = k == i;
            if (k > 0 && !onlySpaceBetween(text, tokens.get(k - 1), t) || !nameLike(t, first, outlet)
                    || isLexiconEntry.at(k)) {
                break;
            }
            k++;
        }
        return k;
    }

    /** A function word, date word, reporting verb or role word that no name contains. */
    public static boolean isStop(String norm) {
        return STOP.contains(norm);
    }

    private static boolean nameLike(Token t, boolean first, boolean outlet) {
        String n = t.norm();
        if (n.length() < 2 || t.isNumber() || STOP.contains(n) || !Character.isLetter(n.charAt(0))) {
            return false;
        }
        if (first && !outlet && n.startsWith("ال")) {
            return false;
        }
        for (String p : CLITIC_ARTICLES) {
            if (n.startsWith(p)) {
                return false; // بالانسحاب, للحكومة: a preposition or conjunction with the article is no name
            }
        }
        // و starts a conjunction far more often than a name (وليد, وائل are lost, the title still stands)
        return !n.startsWith("و") || outlet && !first;
    }

    /**
     * For an outlet: when a quote opens before token {@code i} (صحيفة «تايمز أوف إسرائيل»), the end of the
     * tokens before the closing quote, lexicon entries included; else {@code i}.
     */
    static int quotedEnd(String text, List<Token> tokens, int i) {
        if (i <= 0 || i >= tokens.size() || !opensQuote(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
            return i;
        }
        int k = i;
        while (k < tokens.size() && k - i < MAX_QUOTED && !closesQuote(text, tokens.get(k).end(),
                k + 1 < tokens.size() ? tokens.get(k + 1).start() : text.length())) {
            k++;
        }
        return k < tokens.size() && k - i < MAX_QUOTED ? k + 1 : i;
    }

    /** Whether the chars {@code [from, to)} are one opening quote with only white space around it (no regex). */
    private static boolean opensQuote(String text, int from, int to) {
        int first = from;
        while (first < to && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        int last = to - 1;
        while (last > first && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (first != last) {
            return false;
        }
        char c = text.charAt(first);
        return c == '«' || c == '"' || c == '“';
    }

    /** Whether the gap {@code [from, to)} after a token starts with a closing quote. */
    private static boolean closesQuote(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        char c = text.charAt(from);
        return c == '»' || c == '"' || c == '”';
    }

    public static boolean onlySpaceBetween(String text, Token a, Token b) {
        for (int c = a.end(); c < b.start(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a lexicon entry starts at a token index. */
    @FunctionalInterface
    public interface NameTest {
        boolean at(int tokenIndex);
    }
}
