package org.marsad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.core.text.RandomText;
import org.marsad.core.text.Sentence;
import org.marsad.model.DatePrecision;

class DateResolverTest {
    private static final DateResolver R = new DateResolver();
    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 3, 12);
    private static final LocalDate SATURDAY = LocalDate.of(2025, 3, 8);

    private static List<DateMention> find(String s, LocalDate pub) {
        return R.find(s, new Sentence(0, s.length(), List.of()), pub);
    }

    @Test
    void spansArePageOffsetsWhenTheSentenceStartsInsideThePage() {
        String page = "عنوان الخبر\nقُتل ثلاثة جنود أمسِ في هجوم على حاجز.";
        int start = page.indexOf("قُتل");
        List<DateMention> found = R.find(page, new Sentence(start, page.length(), List.of()), WEDNESDAY);
        assertEquals(1, found.size());
        // the span covers "أمسِ" with its final kasra, in page offsets, not sentence offsets
        int at = page.indexOf("أمسِ");
        assertEquals(at, found.get(0).span().start());
        assertEquals(at + 4, found.get(0).span().end());
        assertEquals("أمسِ", found.get(0).date().text());
        assertEquals(at, found.get(0).date().start());
    }

    @Test
    void mentionsComeInTextOrder() {
        List<DateMention> found = find("أعلن الجيش الخميس أنه سيبدأ الانسحاب في 20 مارس المقبل بعد اتفاق العام الماضي", WEDNESDAY);
        assertEquals(List.of("الخميس", "20 مارس المقبل", "العام الماضي"), found.stream().map(d -> d.date().text()).toList());
    }

    @Test
    void withoutPublicationRelativeDatesKeepTheirSpanButNoValue() {
        DateMention m = find("قتل ثلاثة أشخاص أمس في الهجوم", null).get(0);
        assertEquals("أمس", m.date().text());
        assertNull(m.date().value());
        assertEquals(DatePrecision.UNKNOWN, m.date().precision());
    }

    @Test
    void withoutPublicationAbsoluteDatesStillResolve() {
        DateMention m = find("وقع الهجوم في 13 فبراير 2025 قرب الحدود", null).get(0);
        assertEquals("2025-02-13", m.date().value());
        assertEquals(DatePrecision.DAY, m.date().precision());
    }

    @Test
    void pastWeekdayOnItsOwnPublicationDayIsThatDay() {
        assertEquals("2025-03-08", find("قصفت الطائرات البلدة السبت", SATURDAY).get(0).date().value());
    }

    @Test
    void futureWeekdayOnItsOwnPublicationDayIsAWeekLater() {
        assertEquals("2025-03-15", find("سيجتمع الوزراء السبت في الرياض", SATURDAY).get(0).date().value());
        assertEquals("2025-03-15", find("تنطلق البطولة السبت المقبل", SATURDAY).get(0).date().value());
    }

    @Test
    void pastModifierOnTheSameWeekdayIsAWeekEarlier() {
        assertEquals("2025-03-01", find("زار الوفد المدينة السبت الماضي", SATURDAY).get(0).date().value());
    }

    @Test
    void cueSaysWhichWayTheTextPoints() {
        assertEquals(TimeCue.FUTURE, find("تعقد القمة الأحد المقبل", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.FUTURE, find("من المقرر أن يصل الوفد الاثنين", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.FUTURE, find("يصل الوفد غداً", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.PAST, find("وصل الوفد أمس", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.PRESENT, find("يصل الوفد اليوم", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.NONE, find("وصل الوفد الاثنين", WEDNESDAY).get(0).cue());
        assertEquals(TimeCue.NONE, find("وصل الوفد في 3 مارس 2025", WEDNESDAY).get(0).cue());
    }

    @Test
    void aRangeKeepsItsLastDayInUntil() {
        DateMention m = find("جرت التدريبات بين 1 و9 سبتمبر 2024", WEDNESDAY).get(0);
        assertEquals("2024-09-01", m.date().value());
        assertEquals("2024-09-09", m.until().value());
    }

    @Test
    void aSingleDateIsItsOwnUntil() {
        DateMention m = find("وقع الانفجار أمس", WEDNESDAY).get(0);
        assertEquals(m.date(), m.until());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "اتفق الاثنان على تقاسم السلطة",
        "وقع خلاف بين الاثنين حول الميزانية",
        "عاد الهدوء في اليوم التالي للهجوم",
        "تحتفل المنظمة باليوم العالمي للاجئين",
        "زار الطفل أباه في السجن",
        "مارس الحزب ضغوطا على الحكومة",
        "التقى الوزير رمضان قديروف في موسكو",
        "دعت النقابات إلى إضراب عام في القطاع",
        "ارتفع عدد الضحايا إلى 12 شخصا",
        "بلغ عدد السكان 2019 نسمة",
        "قاطع الوزير كلمة الأحد عشر عضوا",
        "انتقد التحالف «14 آذار» الحكومة",
        "تتواصل الاحتجاجات لليوم السابع على التوالي",
        "قتل جندي في اليوم الأول للهدنة",
        "عاد الثاني من المتسابقين إلى بلده",
    })
    void wordsThatOnlyLookLikeDatesAreNotDates(String sentence) {
        assertEquals(List.of(), find(sentence, WEDNESDAY), sentence);
    }

    @Test
    void argumentsAreCheckedStrictly() {
        assertThrows(NullPointerException.class, () -> R.find(null, new Sentence(0, 0, List.of()), WEDNESDAY));
        assertThrows(IllegalArgumentException.class, () -> R.find("أمس", new Sentence(0, 9, List.of()), WEDNESDAY));
    }

    @Test
    void hostileInputNeverThrows() {
        String alphabet = "0123456789٠١٢٣٤٥٦٧٨٩-/.,،()«»: \nأمساليومغدالسبتيناير فبراير رمضان 1446 عام قبل منذ بين و إلى ًٌٍَُِّْـ\uD83D\uDE00";
        for (String s : RandomText.strings(7, alphabet, 2000, 80)) {
            for (DateMention m : find(s, s.length() % 3 == 0 ? null : WEDNESDAY)) {
                assertTrue(m.span().end() <= s.length(), s);
            }
        }
        for (String s : new String[] {"", " ", "99999999999999999999 فبراير", "31 فبراير 2025", "29 فبراير 2023",
            "0 مارس 2025", "32 مارس", "00/00/0000", "2025/13/45", "40 رمضان 1446", "1 رمضان 9999", "قبل 99999999 يوم",
            "عام ألف ألف ألف", "بين 9 و1 سبتمبر", "ـــ", "ًً"}) {
            find(s, WEDNESDAY);
            find(s, null);
        }
    }

    @Test
    void aFiveMegabyteSentenceTakesLinearTime() {
        String unit = "قصفت الطائرات البلدة السبت الماضي وفي 13 فبراير 2025 و2025/02/13 بين 1 و9 سبتمبر أمس الأربعاء ";
        String s = unit.repeat(5_000_000 / unit.length() + 1);
        List<DateMention> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> find(s, WEDNESDAY));
        // a mention may be lost where the sentence is cut into chunks, never more
        assertTrue(found.size() >= 5 * (5_000_000 / unit.length()) - 5_000_000 / org.marsad.core.lex.Lexer.CHUNK,
                "dates found: " + found.size());
    }
}
