package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;

/** Stories of where an event happened: a sentence and its trigger word in, the place on the map (or none) out. */
class EventPlacesTest {

    /** The place of the event triggered by the first token whose surface is {@code trigger}. */
    static Location placeOf(String text, String trigger) {
        Sentence s = PlaceFinderTest.sentence(text);
        List<Token> tokens = s.tokens();
        int t = -1;
        for (int i = 0; i < tokens.size() && t < 0; i++) {
            t = tokens.get(i).surface().equals(trigger) ? i : -1;
        }
        if (t < 0) {
            throw new AssertionError("no trigger «" + trigger + "» in «" + text + "»");
        }
        return EventPlaces.choose(tokens, PlaceFinderTest.find(text), t, t + 1);
    }

    @Test
    void affiliationWithACapitalIsNoPlaceTheVillageAfterItIs() {
        Location l = placeOf("وقصفت فصائل المعارضة الموالية لأنقرة قرية الخالدية بريف حلب الشرقي", "وقصفت");
        assertNotNull(l);
        assertEquals("SY", l.countryCode());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void aBareCountryThatIsTheRecipientIsNoPlace() {
        assertNull(placeOf("وطالبت الأمم المتحدة ليبيا بالإفراج عن المعتقلين", "وطالبت"));
        assertNull(placeOf("اتهم الوزير إسرائيل بخرق الهدنة", "اتهم"));
    }

    @Test
    void aCapitalRightAfterTheTriggerIsItsObjectAndPlacesIt() {
        Location l = placeOf("يزور المبعوث الأممي مسقط الأسبوع المقبل", "يزور");
        assertNotNull(l);
        assertEquals("OM", l.countryCode());
        // a capital farther on stands for its government
        assertNull(placeOf("ندد البيان بالموقف الذي تتبناه دمشق منذ سنوات", "ندد"));
    }

    @Test
    void aPlaceThatQualifiesATopicNounIsTheTopicsPlace() {
        String text = "هدد الوزير بالاستقالة من الحكومة إذا نفذ اتفاق وقف إطلاق النار في غزة";
        assertNull(placeOf(text, "هدد"));
        assertNull(placeOf("بحث الوزيران الوضع في ليبيا خلال اتصال هاتفي", "بحث"));
    }

    @Test
    void aLocativeAfterTheTriggerStillPlacesIt() {
        Location l = placeOf("اجتمع الوزيران في مدينة طرابلس الليبية", "اجتمع");
        assertNotNull(l);
        assertEquals("LY", l.countryCode());
        Location shelled = placeOf("قصفت المدفعية أحياء في مدينة إدلب", "قصفت");
        assertNotNull(shelled);
        assertEquals("SY", shelled.countryCode());
    }

    @Test
    void thePlaceBeforeTheTriggerIsTakenWhenNoneFollows() {
        Location l = placeOf("في مدينة حمص، انفجرت سيارة مفخخة", "انفجرت");
        assertNotNull(l);
        assertEquals("SY", l.countryCode());
    }

    @Test
    void aBadTriggerSpanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> EventPlaces.choose(List.of(), List.of(), 3, 1));
    }

    @Test
    void aCountryNamedAfterATownOfItsOwnOnlySaysWhereTheTownIs() {
        Location l = placeOf("قصفت الطائرات مدينة النبطية وأطرافها في جنوب لبنان، ما أدى إلى مقتل شخصين", "مقتل");
        assertNotNull(l);
        assertEquals(GeoPrecision.TOWN, l.precision());
        assertEquals("LB", l.countryCode());
    }

    @Test
    void aCapitalIntroducedAsTheCapitalIsAPlace() {
        Location l = placeOf("شهدت العاصمة الصومالية مقديشو أمس اشتباكات عنيفة", "اشتباكات");
        assertNotNull(l);
        assertEquals("SO", l.countryCode());
    }

    @Test
    void theCountryOfAnEnvoyIsNotWhereHeGoes() {
        Location l = placeOf("يزور المبعوث الأممي إلى ليبيا العاصمة التونسية تونس غدا", "يزور");
        assertNotNull(l);
        assertEquals("TN", l.countryCode());
    }

    @Test
    void aNeighbourhoodLiesInTheTownNamedBeforeIt() {
        Location l = placeOf("وفي مدينة حمص، قتل شاب برصاص مجهولين في حي الروضة", "قتل");
        assertNotNull(l);
        assertEquals("SY", l.countryCode());
        assertEquals(GeoPrecision.NEAR, l.precision());
        assertEquals("حي الروضة", l.text());
    }
}
