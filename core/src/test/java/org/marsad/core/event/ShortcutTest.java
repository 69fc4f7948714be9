package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.lex.Match;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;

/** Each hand-written shortcut of the coder gives what the plain way to the same answer gives. */
class ShortcutTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final List<String> SENTENCES = List.of(
            "لم تقع إصابات أمس بعد أن أعلن الجيش أنه سيقصف المواقع غدا.",
            "وكان المتظاهرون قد تجمعوا العام الماضي، للمطالبة «بالإفراج» عن المعتقلين؛ قال المتحدث: لا جديد!",
            "اندلعت اشتباكات عام 1995 وتجددت في 2024 ثم في ١٩٩٩ وفي 12.5 من الحالات و2,50 منها.",
            "هل قصفت الطائرات «مواقع المسلحين» - كما قيل - في ريف حلب؟");

    /** All strings of up to four letters over the letters the clitic patterns use and one other. */
    private static List<String> prefixes() {
        List<String> out = new ArrayList<>(List.of(""));
        List<String> level = List.of("");
        for (int n = 1; n <= 4; n++) {
            List<String> next = new ArrayList<>();
            for (String p : level) {
                for (char c : "وفسلاب".toCharArray()) {
                    next.add(p + c);
                }
            }
            out.addAll(next);
            level = next;
        }
        return out;
    }

    @Test
    void purposePrefixIsTheRegexReadByHand() {
        Pattern purpose = Pattern.compile("[وف]?ل(ل|ال)?");
        for (String p : prefixes()) {
            assertEquals(purpose.matcher(p).matches(), TriggerHit.isPurpose(p), p);
        }
    }

    @Test
    void futurePrefixIsTheRegexReadByHand() {
        Pattern future = Pattern.compile("[وف]?س?");
        for (String p : prefixes()) {
            assertEquals(future.matcher(p).matches(), TriggerMatcher.futurePrefix(p), p);
        }
    }

    @Test
    void wordPlusYaIsTheConcatenationCompared() {
        for (String fw : List.of("قتل", "قصف", "ق", "")) {
            for (String norm : List.of("قتلي", "قتل", "قتلى", "قتليي", "قصفي", "ي", "", "قتلا")) {
                assertEquals(norm.equals(fw + "ي"), TriggerMatcher.isWordPlusYa(norm, fw), norm + " / " + fw);
            }
        }
    }

    @Test
    void cueBitsAreTheKindsOfTheCuesFound() {
        CueLexicon cues = CueLexicon.load(NORMALIZER);
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(cues.hint())));
        int marked = 0;
        for (String s : SENTENCES) {
            List<Token> tokens = hinted.tokenize(s, 0, s.length());
            int[] expected = new int[tokens.size()];
            for (Match<Set<CueKind>> m : cues.find(new Tokenizer(NORMALIZER).tokenize(s, 0, s.length()))) {
                for (int i = m.first(); i < m.end(); i++) {
                    for (CueKind k : m.value()) {
                        expected[i] |= 1 << k.ordinal();
                    }
                }
            }
            int[] bits = cues.kindBits(tokens);
            assertArrayEquals(expected, bits, s);
            assertArrayEquals(cues.kindBits(tokens, false), cues.kindBits(tokens), "words read alone: " + s);
            for (int b : bits) {
                marked += b != 0 ? 1 : 0;
            }
        }
        assertTrue(marked >= 6, "the sentences hold cues: " + marked);
    }

    @Test
    void oneScanOfTheGapsFindsBreaksAndQuotes() {
        Tokenizer plain = new Tokenizer(NORMALIZER);
        for (String s : SENTENCES) {
            List<Token> tokens = plain.tokenize(s, 0, s.length());
            SentenceView v = new SentenceView(s, tokens, new int[tokens.size()]);
            boolean open = false;
            for (int i = 1; i < tokens.size(); i++) {
                String gap = s.substring(tokens.get(i - 1).end(), tokens.get(i).start());
                boolean hard = gap.chars().anyMatch(c -> ".؛;:!?؟«»\"()[]{}".indexOf(c) >= 0);
                boolean soft = hard || gap.chars().anyMatch(c -> "،,-–—".indexOf(c) >= 0);
                int lastOpen = gap.lastIndexOf('«');
                int lastClose = gap.lastIndexOf('»');
                open = lastOpen >= 0 || lastClose >= 0 ? lastOpen > lastClose : open;
                assertEquals(hard, v.breakBetween(i - 1, i, false), s + " @" + i);
                assertEquals(soft, v.breakBetween(i - 1, i, true), s + " @" + i);
                assertEquals(open, v.quoted(i), s + " @" + i);
                boolean stop = gap.chars().anyMatch(c -> ".؛;:!?؟".indexOf(c) >= 0);
                assertEquals(stop ? i : i - 1, v.clauseStart(i, 1), s + " @" + i);
            }
        }
    }

    @Test
    void yearHintPassesOverNoYear() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(ReportFilter.YEAR)));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        int years = 0;
        for (String s : SENTENCES) {
            for (Token t : plain.tokenize(s, 0, s.length())) {
                String n = t.norm();
                boolean year = n.length() == 4 && t.isNumber() && n.chars().allMatch(Character::isDigit)
                        && Integer.parseInt(n) >= 1900;
                assertEquals(year, ReportFilter.year(t) >= 1900, n);
                if (year) {
                    assertEquals(Integer.parseInt(n), ReportFilter.year(t), n);
                }
            }
            List<Token> a = hinted.tokenize(s, 0, s.length());
            List<Token> b = plain.tokenize(s, 0, s.length());
            for (int i = 0; i < a.size(); i++) {
                boolean year = ReportFilter.year(b.get(i)) >= 1900;
                assertEquals(year ? 1 : 0, ReportFilter.YEAR.of(a.get(i)), a.get(i).norm());
                years += year ? 1 : 0;
            }
            for (LocalDate published : List.of(LocalDate.of(2024, 6, 1), LocalDate.of(1990, 1, 1))) {
                ReportFilter.Evidence ev = new ReportFilter.Evidence(published, List.of(), List.of());
                assertEquals(ReportFilter.history(new SentenceView(s, b, new int[b.size()]), ev),
                        ReportFilter.history(new SentenceView(s, a, new int[a.size()]), ev), s);
            }
        }
        assertEquals(3, years, "1995, 2024 and ١٩٩٩ are years; 12.5 and 2,50 are not");
    }

    @Test
    void sinceHintMarksOnlyMunthAndTheCumulativeTollReadsTheSameWithIt() {
        Tokenizer hinted = new Tokenizer(NORMALIZER, new WordHints(List.of(ReportFilter.SINCE)));
        Tokenizer plain = new Tokenizer(NORMALIZER);
        String toll = "ومنذ بدء الحرب قتل المسلحون مئات المدنيين";
        String recent = "قتل المسلحون ثلاثة مدنيين منذ يومين في القرية";
        String none = "قتل المسلحون ثلاثة مدنيين في القرية أمس";
        int marked = 0;
        for (String s : List.of(toll, recent, none)) {
            List<Token> a = hinted.tokenize(s, 0, s.length());
            List<Token> b = plain.tokenize(s, 0, s.length());
            for (Token t : a) {
                boolean since = t.norm().equals("منذ") || t.norm().equals("ومنذ");
                assertEquals(since ? 1 : 0, ReportFilter.SINCE.of(t), t.norm());
                marked += since ? 1 : 0;
            }
            for (TriggerHit h : Fixture.CODER.triggers(b)) {
                assertEquals(ReportFilter.cumulativeToll(new SentenceView(s, b, new int[b.size()]), h),
                        ReportFilter.cumulativeToll(new SentenceView(s, a, new int[a.size()]), h), s);
            }
        }
        assertEquals(2, marked, "ومنذ and منذ");
        List<Token> t = hinted.tokenize(toll, 0, toll.length());
        assertTrue(Fixture.CODER.triggers(t).stream().anyMatch(h -> ReportFilter.cumulativeToll(
                new SentenceView(toll, t, new int[t.size()]), h)), "a toll since the war began");
        assertEquals(-1, ReportFilter.SINCE.of(plain.tokenize(toll, 0, toll.length()).get(0)), "no hint: ask the word");
    }

    @Test
    void monthValuesReadByHandAsYearMonthParses() {
        for (int y : new int[] {0, 1995, 2024, 9999}) {
            for (int m = 0; m <= 13; m++) {
                String v = String.format("%04d-%02d", y, m);
                LocalDate expected;
                try {
                    expected = YearMonth.parse(v).atEndOfMonth();
                } catch (DateTimeException e) {
                    expected = null;
                }
                assertEquals(expected, ReportFilter.startOf(v), v);
            }
        }
    }
}
