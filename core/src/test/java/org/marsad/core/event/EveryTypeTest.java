package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.EventType;

/** Every PLOVER type is coded, as occurred, from at least one sentence of ours. */
class EveryTypeTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "AGREE|توصل الطرفان إلى اتفاق لتبادل الأسرى",
            "CONSULT|التقى وزير الخارجية نظيره الروسي في موسكو",
            "SUPPORT|رحبت الحكومة بالقرار الجديد",
            "CONCEDE|استقال رئيس الوزراء بعد الاحتجاجات",
            "COOPERATE|أجرى الجيشان مناورات مشتركة في البحر أمس",
            "AID|قدمت المنظمة مساعدات غذائية للنازحين",
            "RETREAT|أفرجت السلطات عن عشرة معتقلين",
            "REQUEST|طالب المحتجون بإقالة المحافظ",
            "ACCUSE|اتهمت الحكومة المعارضة بالتحريض",
            "REJECT|رفض البرلمان مشروع القانون",
            "THREATEN|هددت الجماعة بتصعيد عملياتها",
            "PROTEST|تظاهر مئات الطلاب أمام الجامعة",
            "SANCTION|فرضت الدول الأوروبية عقوبات على الشركة",
            "MOBILIZE|أرسلت الحكومة تعزيزات إلى الحدود",
            "COERCE|اعتقلت الشرطة ثلاثة ناشطين في المدينة",
            "ASSAULT|هاجم مسلحون نقطة تفتيش للشرطة"})
    void typeIsCoded(EventType type, String sentence) {
        Set<EventType> found = Fixture.of(sentence).code().stream()
                .filter(e -> e.status().asserted()).map(e -> e.type()).collect(Collectors.toSet());
        assertTrue(found.contains(type), () -> type + " not coded from " + sentence + ": " + found);
    }

    @Test
    void theLexiconHasRulesForAllSixteenTypes() {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        TriggerLexicon.load(Fixture.NORMALIZER).rules().forEach(r -> types.add(r.type()));
        assertTrue(types.containsAll(EnumSet.allOf(EventType.class)), () -> "missing " + EnumSet.complementOf(EnumSet.copyOf(types)));
    }
}
