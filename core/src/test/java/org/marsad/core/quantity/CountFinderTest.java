package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.lex.Lexer;
import org.marsad.core.text.RandomText;
import org.marsad.core.text.Sentence;

class CountFinderTest {
    private static final CountFinder F = new CountFinder();

    private static List<CountMention> find(String s) {
        return F.find(s, new Sentence(0, s.length(), List.of()));
    }

    @Test
    void spansArePageOffsetsWhenTheSentenceStartsInsideThePage() {
        String page = "خبر عاجل.\nأسفر الهجوم عن مقتل ثلاثةٍ وإصابة ١٢ آخرين.";
        int start = page.indexOf("أسفر");
        List<CountMention> found = F.find(page, new Sentence(start, page.length(), List.of()));
        assertEquals(2, found.size());
        // "ثلاثةٍ" keeps its final tanween; "١٢" maps back to the Arabic-Indic digits, not to "12"
        assertEquals("ثلاثةٍ", found.get(0).span().of(page));
        assertEquals(page.indexOf("١٢"), found.get(1).span().start());
        assertEquals(page.indexOf("١٢") + 2, found.get(1).span().end());
    }

    @Test
    void aConjunctionIsNotPartOfTheSpan() {
        String s = "قتل خمسة جنود وثلاثة مدنيين";
        CountMention m = find(s).get(1);
        assertEquals("ثلاثة", m.span().of(s)); // not "وثلاثة"
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "سقط 20 صاروخا على المدينة",
        "أطلقت القوات 50 قذيفة على الحي",
        "انطلقت الجولة 22 من المفاوضات",
        "افتتحت الدورة 79 للجمعية العامة",
        "قطعت القافلة 40 كيلومترا",
        "قتل الجنود عام 2019 في المعركة",
        "تأسس الحزب قبل 30 عاما",
        "بلغت نسبة المشاركة 30% في الانتخابات",
        "ارتفعت الأسعار 15 في المئة",
        "يبلغ عدد سكان المدينة 300 ألف نسمة",
        "نفذ الطيران 12 غارة على البلدة",
        "اعتقل الناشط في 13 فبراير",
        "قتل الضابط الساعة 10:30 صباحا",
        "صدر قرار مجلس الأمن رقم 2254",
        "هدمت الجرافات 25 منزلا",
        "قتل عناصر من اللواء 93 في كمين",
        "تهدد الإشعاعات حياة آلاف العمال",
        "زار شخص المدينة",
        "التقى الوزير جنديا في الثكنة",
        "قتل المتظاهر في ذكرى ثورة \"25\" يناير",
    })
    void numbersThatCountSomethingElseAreNotCounts(String sentence) {
        assertEquals(List.of(), find(sentence), sentence);
    }

    @CsvSource(delimiter = '|', value = {
        "قتل 5 أشخاص خلال 3 أيام من القتال|5",
        "قتل 7 أشخاص بينهم 3 أطفال|7",
        "أصيب 12 شخصا من بينهم 4 نساء|12",
        "اعتقل 3 أشخاص في المبنى رقم 12|3",
        "قتل 4 أشخاص في 13 فبراير 2025|4",
        "لقي نحو 300 مواطن حتفهم في الفيضانات|300",
        "أجبر القتال مليون شخص على النزوح|1000000",
    })
    @ParameterizedTest
    void onlyThePeopleCountIsKept(String sentence, int value) {
        List<CountMention> found = find(sentence);
        assertEquals(1, found.size(), sentence + " -> " + found);
        assertEquals(value, found.get(0).value());
    }

    @Test
    void aNewCountAndARunningTollAreKeptApart() {
        List<CountMention> found = find("قتل 6 أشخاص في الغارة، ما يرفع حصيلة القتلى منذ بدء الحرب إلى 410");
        assertEquals(2, found.size());
        assertEquals(false, found.get(0).cumulative());
        assertEquals(true, found.get(1).cumulative());
        assertEquals(410, found.get(1).value());
    }

    @Test
    void argumentsAreCheckedStrictly() {
        assertThrows(NullPointerException.class, () -> F.find(null, new Sentence(0, 0, List.of())));
        assertThrows(IllegalArgumentException.class, () -> F.find("قتل 5", new Sentence(0, 40, List.of())));
        assertThrows(IllegalArgumentException.class, () -> new CountMention(new org.marsad.model.Span(0, 1), 5, false,
                CountSlot.DEAD, 4, false, CountUnit.PEOPLE));
    }

    @Test
    void hostileInputNeverThrows() {
        String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩,٬.٫-/%: \nقتلمقتلأصيبنحوأكثر من بين و إلى آلاف مليون نصف عشرات قتيلين ًٌٍـ\uD83D\uDE00";
        for (String s : RandomText.strings(11, alphabet, 2000, 80)) {
            for (CountMention m : find(s)) {
                assertTrue(m.value() > 0 && m.max() >= m.value() && m.span().end() <= s.length(), s);
            }
        }
        for (String s : new String[] {"", "قتل", "قتل 99999999999999999999 شخصا", "قتل 9,999,999,999 شخصا",
            "مقتل مليون مليون مليون ألف شخص", "قتل 1.5.5 مليون", "قتل ,,, شخصا", "قتل ٫٫ مليون", "بين و", "نصف"}) {
            find(s);
        }
    }

    @Test
    void aFiveMegabyteSentenceTakesLinearTime() {
        String unit = "أسفر القصف عن مقتل 7 جنود وإصابة ثلاثة آلاف وخمسمئة مدني ونزوح نحو 300 عائلة و";
        String s = unit.repeat(5_000_000 / unit.length() + 1);
        List<CountMention> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> find(s));
        // a mention may be lost where the sentence is cut into chunks, never more
        assertTrue(found.size() >= 3 * (5_000_000 / unit.length()) - 5_000_000 / Lexer.CHUNK, "counts found: " + found.size());
    }
}
