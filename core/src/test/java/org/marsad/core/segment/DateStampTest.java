package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateStampTest {
    private final LineClassifier classifier = new LineClassifier(PageCues.standard());

    private LocalDate find(String text) {
        return DateStamp.find(text, classifier);
    }

    @Test
    void aStampWithDayMonthNameAndYearGivesTheDate() {
        assertEquals(LocalDate.of(2024, 11, 10), find("عنوان الخبر هنا اليوم\nالأحد - 9 جمادى الأولى 1446 هـ - 10 نوفمبر 2024 مـ\n"
                + "نص الخبر الأول في الصفحة هنا."));
    }

    @Test
    void levantineMonthNamesOfTwoWordsAreRead() {
        assertEquals(LocalDate.of(2023, 1, 5), find("عنوان\n5 كانون الثاني 2023\nنص."));
    }

    @Test
    void isoAndDayMonthYearStampsAreRead() {
        assertEquals(LocalDate.of(2023, 2, 26), find("عنوان طويل للخبر\nنشر في: 2023-02-26 10:30\n"));
        assertEquals(LocalDate.of(2023, 2, 26), find("عنوان طويل للخبر\n26/02/2023 - 10:30\n"));
    }

    @Test
    void aDateInsideAHeadlineOrABodySentenceIsNotAStamp() {
        assertNull(find("الانتخابات تجري في 20 مارس 2024 وسط توتر أمني\n\nقالت اللجنة إن الاقتراع سيجري في موعده."));
        assertNull(find("عنوان الخبر\n\nوقع الهجوم في 3 مارس 2024 بحسب الشرطة المحلية.\n12 مارس 2024"));
    }

    @Test
    void anImpossibleDateIsNoDate() {
        assertNull(find("عنوان\n31 فبراير 2024\n"));
    }
}
