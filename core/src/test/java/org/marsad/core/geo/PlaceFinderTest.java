package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;

/** Stories of place resolution, in CLAVIN's manner: a sentence in, the place an analyst would put on the map out. */
class PlaceFinderTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);
    private static final PlaceFinder FINDER = new PlaceFinder(NORMALIZER);

    static Sentence sentence(String text) {
        return new Sentence(0, text.length(), TOKENIZER.tokenize(text, 0, text.length()));
    }

    static List<PlaceMention> find(String text) {
        return FINDER.find(text, sentence(text));
    }

    static Location only(String text) {
        List<PlaceMention> found = find(text);
        assertEquals(1, found.size(), () -> "places in «" + text + "»: " + found);
        return found.get(0).location();
    }

    @Test
    void aDatelinesPlaceIsDroppedAndASentenceWithoutABracketKeepsItsFirstPlace() {
        List<PlaceMention> dated = find("دمشق (وكالات) - قصفت الطائرات قرية في ريف إدلب الجنوبي");
        assertEquals(List.of("Idlib"), dated.stream().map(p -> p.location().name()).toList(), "the dateline's place");
        List<PlaceMention> plain = find("دمشق تقول إن الطائرات قصفت قرية في ريف إدلب الجنوبي");
        assertTrue(plain.stream().anyMatch(p -> p.location().name().equals("Damascus")), plain::toString);
        assertTrue(PlaceFinder.hasBracket("دمشق (وكالات)", 0, 6));
        assertFalse(PlaceFinder.hasBracket("دمشق (وكالات)", 0, 5), "the bracket at 5 is outside [0, 5)");
        assertFalse(PlaceFinder.hasBracket("دمشق (وكالات)", 6, 13));
    }

    @Test
    void ruralDistrictIsTheProvincialTownNearBy() {
        Location l = only("قصفت الطائرات قرية في ريف إدلب الجنوبي");
        assertEquals("Idlib", l.name());
        assertEquals("SY", l.countryCode());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void unknownVillageFallsBackToTheTownItIsNear() {
        String text = "سقطت قذائف على قرية الزعترية غرب مدينة سراقب";
        Location l = only(text);
        assertEquals(164816L, l.geonameid()); // Saraqib
        assertEquals(GeoPrecision.NEAR, l.precision());
        // the span is the whole phrase from the settlement cue: the event happened in the village, near Saraqib
        assertEquals("قرية الزعترية غرب مدينة سراقب", l.text());
        assertEquals(text.indexOf("قرية"), l.start());
        assertEquals(text.length(), l.end());
    }

    @Test
    void theTextIsTheFinestPlaceWithItsCuesNotTheLargerPlacesAfterIt() {
        String text = "قصفت الطائرات مدينة سراقب في محافظة إدلب فجرا";
        Location l = only(text);
        assertEquals(164816L, l.geonameid()); // Saraqib, the finest place of the phrase
        // the place as written stops at the chosen name: a coder quotes "مدينة سراقب", not the province after it
        assertEquals("مدينة سراقب", l.text());
        assertEquals(text.indexOf("مدينة"), l.start());
        assertEquals(text.indexOf(" في محافظة"), l.end());
    }

    @Test
    void aBorderWrittenBeforeThePlaceIsQuotedWithItButPlacesNothingElse() {
        String text = "أصيب ثلاثة شبان قرب السياج الحدودي مع قطاع غزة مساء الجمعة";
        Location l = only(text);
        assertEquals("PS", l.countryCode()); // still the Gaza Strip: the border words change the text, not the place
        assertEquals("السياج الحدودي مع قطاع غزة", l.text());
        assertEquals(text.indexOf("السياج"), l.start());
        Location east = only("تجمع المحتجون عند الحدود الشرقية لقطاع غزة");
        assertEquals("الحدود الشرقية لقطاع غزة", east.text());
    }

    @Test
    void aBorderOfTwoWordsOrWithAnAttachedWordIsQuotedAndAWordThatEndsNoBorderPhraseIsNot() {
        // the word before the place ends a phrase of two words (the border's own memo of the roles its words end)
        String text = "اقتربت الدورية من السياج الفاصل مع لبنان صباح الأحد";
        assertEquals("السياج الفاصل مع لبنان", only(text).text());
        // a border word with و before it: the place as written starts after the و
        String joined = "انتشر الجنود قرب البلدة والسياج مع لبنان";
        assertEquals("السياج مع لبنان", only(joined).text());
        // "الحدودي" ends a border phrase only after "السياج": alone before the link it is no border
        String alone = "وصل الوفد الحدودي مع لبنان إلى العاصمة";
        assertTrue(find(alone).stream().noneMatch(p -> p.location().text().contains("الحدودي")), alone);
    }

    @Test
    void aBorderBetweenTwoPlacesIsQuotedWithBoth() {
        String text = "قتل جنود شابا على الحدود بين قطاع غزة وإسرائيل";
        List<PlaceMention> found = FINDER.find(text, sentence(text));
        assertEquals("الحدود بين قطاع غزة وإسرائيل", found.get(0).location().text());
        assertEquals("PS", found.get(0).location().countryCode());
    }

    @Test
    void knownTownIsTheTownItself() {
        Location l = only("دخلت القوات مدينة سراقب صباح أمس");
        assertEquals(164816L, l.geonameid());
        assertEquals(GeoPrecision.TOWN, l.precision());
        assertEquals("مدينة سراقب", l.text());
    }

    @Test
    void tripoliInALibyanStoryIsTheLibyanCapital() {
        String text = "اندلعت اشتباكات في طرابلس بين مجموعتين مسلحتين";
        ArticleGeoContext libya = FINDER.contextOf("وصل الوفد إلى بنغازي", List.of(sentence("وصل الوفد إلى بنغازي")));
        Location l = FINDER.find(text, sentence(text), libya).get(0).location();
        assertEquals("LY", l.countryCode());
    }

    @Test
    void tripoliInALebaneseStoryIsTheNorthernCity() {
        String text = "اندلعت اشتباكات في طرابلس بين مجموعتين مسلحتين";
        String before = "عاد الهدوء إلى بيروت وصيدا";
        ArticleGeoContext lebanon = FINDER.contextOf(before, List.of(sentence(before)));
        Location l = FINDER.find(text, sentence(text), lebanon).get(0).location();
        assertEquals("LB", l.countryCode());
        assertEquals(266826L, l.geonameid());
    }

    @Test
    void countryNamedInTheSamePhraseDisambiguates() {
        Location l = only("وقع انفجار في طرابلس شمال لبنان");
        assertEquals("LB", l.countryCode());
        assertEquals(GeoPrecision.TOWN, l.precision());
    }

    @Test
    void countryAloneIsALargerRegionWithSourcedCoordinates() {
        Location l = only("وصل المبعوث إلى سوريا");
        assertEquals("SY", l.countryCode());
        assertEquals("PCLI", l.featureCode());
        assertEquals(GeoPrecision.REGION, l.precision());
        // centroid of Natural Earth's Syrian admin-1 polygons: inside the country
        assertTrue(l.lat() > 32.3 && l.lat() < 37.3 && l.lon() > 35.7 && l.lon() < 42.4, l::toString);
    }

    @Test
    void governorateIsAProvinceWithPrecisionThree() {
        Location l = only("نزح آلاف المدنيين من محافظة إدلب");
        assertEquals("ADM1", l.featureCode());
        assertEquals("Idlib", l.admin1());
        assertEquals(GeoPrecision.REGION, l.precision());
        assertEquals("محافظة إدلب", l.text());
    }

    @Test
    void directionFromACityIsNearIt() {
        Location l = only("دارت معارك عنيفة شمال الرقة");
        assertEquals(172955L, l.geonameid());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void directionInACountryStaysARegion() {
        Location l = only("تتمركز القوات في شمال شرقي سوريا");
        assertEquals("SY", l.countryCode());
        assertEquals(GeoPrecision.REGION, l.precision());
    }

    @Test
    void attachedPrepositionIsLeftOutOfTheSpan() {
        String text = "قتل جندي بريف حلب الشرقي";
        Location l = only(text);
        assertEquals(170063L, l.geonameid()); // the city of Aleppo
        assertEquals(GeoPrecision.NEAR, l.precision());
        assertEquals("ريف حلب الشرقي", l.text()); // not "بريف": the ب is the preposition
        assertEquals(text.indexOf("بريف") + 1, l.start());
    }

    @Test
    void capitalsUsedForTheirGovernmentsAreStillPlaces() {
        List<PlaceMention> found = find("تحدث الوزير عن التطبيع بين أنقرة ودمشق");
        assertEquals(2, found.size(), found::toString);
        assertEquals("TR", found.get(0).location().countryCode());
        assertEquals("SY", found.get(1).location().countryCode());
        assertEquals("دمشق", found.get(1).location().text()); // the و of "ودمشق" is left out
        assertFalse(found.get(0).locative(), "a bare capital may stand for its government");
        assertTrue(only("وصل الوفد إلى أنقرة") != null && find("وصل الوفد إلى أنقرة").get(0).locative());
    }

    @Test
    void nationalityAdjectiveIsNotAPlace() {
        assertTrue(find("قال المسؤول السوري إن الاجتماع كان مثمرا").isEmpty());
    }

    @Test
    void commonWordNeedsASettlementCue() {
        assertTrue(find("أغلق الحارس الباب بعد الجمعة").isEmpty());
        Location l = only("سيطرت الفصائل على مدينة الباب");
        assertEquals("SY", l.countryCode());
    }

    @Test
    void minorVillageNeedsALocativeCue() {
        // a GeoNames village of a few thousand people is not read bare, but is read after في
        assertTrue(find("وصل جباليا").size() <= 1);
        assertNotNull(only("سقط صاروخ في جباليا"));
    }

    @Test
    void worldCapitalWithoutArabicNameInGeoNamesComesFromTheCuratedTable() {
        Location l = only("التقى الوزيران في أستانا");
        assertEquals("KZ", l.countryCode());
        assertEquals(1526273L, l.geonameid());
        Location w = only("عاد السفير إلى واشنطن");
        assertEquals(4140963L, w.geonameid());
    }

    @Test
    void campIsNearItsTown() {
        Location l = only("قصف الاحتلال مخيم جباليا");
        assertEquals(281129L, l.geonameid());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void coordinatedNamesShareTheCue() {
        List<PlaceMention> found = find("قصفت المدفعية مواقع في ريفي حلب وإدلب");
        assertEquals(2, found.size(), found::toString);
        assertEquals(GeoPrecision.NEAR, found.get(1).location().precision());
        assertEquals("إدلب", found.get(1).location().text());
    }

    @Test
    void aPlaceInAnotherCountryThanTheOneAfterItIsNotInsideIt() {
        // "the Saudi-led coalition in Yemen": the first name is an actor, the event is in Yemen
        Location l = only("صعّد التحالف بقيادة السعودية في اليمن غاراته");
        assertEquals("YE", l.countryCode());
        assertEquals("اليمن", l.text());
    }

    @Test
    void fromOneCityToAnotherNamesTwoPlaces() {
        List<PlaceMention> found = find("نقلت السفارة من تل أبيب إلى القدس");
        assertEquals(2, found.size(), found::toString);
        assertEquals(293397L, found.get(0).location().geonameid()); // Tel Aviv
        assertEquals(281184L, found.get(1).location().geonameid()); // Jerusalem
    }

    @Test
    void provinceAbroadIsReadOnlyAfterAnAdministrativeCue() {
        assertTrue(find("تحدث كاليفورنيا عن خطته").isEmpty()); // a name, not the state
        Location l = only("اندلعت حرائق في ولاية كاليفورنيا");
        assertEquals("US", l.countryCode());
        assertEquals("ADM1", l.featureCode());
    }

    @Test
    void spanOffsetsPointIntoTheOriginalTextWithDiacritics() {
        String text = "وَقَعَ الانفجارُ بِحَلَبَ ليلاً";
        Location l = only(text);
        assertEquals(170063L, l.geonameid());
        // "بِحَلَبَ": the span starts after the ب and its kasra, and keeps the final fatha
        assertEquals(text.indexOf("حَلَبَ"), l.start());
        assertEquals(text.indexOf("حَلَبَ") + "حَلَبَ".length(), l.end());
    }

    @Test
    void minorVillageAbroadIsNotTakenInAnotherCountrysStory() {
        String before = "قصفت الطائرات مواقع في سوريا";
        ArticleGeoContext syria = FINDER.contextOf(before, List.of(sentence(before)));
        String text = "نزح الأهالي من قرية الصافي";
        assertTrue(FINDER.find(text, sentence(text), syria).isEmpty(), "the Jordanian Safi is not meant");
    }

    @Test
    void unknownVillageFallsBackToItsGovernorate() {
        String text = "داهمت دورية قرية الزعتورة في محافظة حماة فجرا";
        Location l = only(text);
        assertEquals("ADM1", l.featureCode());
        assertEquals("SY", l.countryCode());
        assertEquals(GeoPrecision.NEAR, l.precision()); // a village inside the governorate: part of a district, not the whole
        assertEquals("قرية الزعتورة في محافظة حماة", l.text());
    }

    @Test
    void nearATownIsPrecisionTwo() {
        Location l = only("انفجرت عبوة بالقرب من مدينة الرقة");
        assertEquals(172955L, l.geonameid());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void placeInsideANewspaperNameOrIdiomIsNoPlace() {
        assertTrue(find("نقلت صحيفة واشنطن بوست عن مسؤولين قولهم").isEmpty());
        assertTrue(find("عاد اللاعب إلى مسقط رأسه").isEmpty());
    }

    @Test
    void aVerbAfterAPlaceDoesNotInheritItsCue() {
        // "ميناء الحديدة، وقصفت أحياء مدينة الحديدة": the و of the verb coordinates no name
        List<PlaceMention> found = find("أغلقت القوات ميناء الحديدة، وقصفت أحياء مدينة الحديدة");
        assertEquals(2, found.size(), found::toString);
        assertEquals("أحياء مدينة الحديدة", found.get(1).location().text());
        assertEquals(GeoPrecision.TOWN, found.get(1).location().precision());
    }

    @Test
    void unknownVillageDescribedByAClauseIsPlacedNearTheNextNamedTown() {
        String text = "قصفت المدفعية قرية الزعتورة التي تقع ضمن مناطق سيطرة الفصائل قرب منبج";
        List<PlaceMention> found = find(text);
        assertEquals(2, found.size(), found::toString);
        Location village = found.get(0).location();
        assertEquals("قرية الزعتورة", village.text());
        assertEquals(167357L, village.geonameid()); // Manbij, the nearest named town
        assertEquals(GeoPrecision.NEAR, village.precision());
    }

    @Test
    void theSentencesOwnProvinceRulesOutAMinorVillageAbroad() {
        // no article context at all: "ريف حلب" in the same sentence says Syria, so not the Jordanian Safi
        List<PlaceMention> found = find("قصفت المدفعية قرية الصافي بريف حلب الشرقي");
        assertEquals(1, found.size(), found::toString);
        assertEquals("SY", found.get(0).location().countryCode());
    }

    @Test
    void randomTextNeverThrowsAndSpansMatchTheText() {
        String alphabet = "ابتثجحخدذرسشصضطظعغفقكلمنهويىةءأإآ ًٌٍَُِّْـ١٢ .،؟«»-abc";
        String[] words = {"في", "قرية", "ريف", "شمال", "محافظة", "مخيم", "حلب", "إدلب", "طرابلس", "و", "بريف", "الشرقي"};
        java.util.Random random = new java.util.Random(42);
        for (int n = 0; n < 500; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                if (random.nextInt(3) == 0) {
                    b.append(words[random.nextInt(words.length)]).append(' ');
                } else {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            String text = b.toString();
            for (PlaceMention m : find(text)) {
                Location l = m.location();
                assertTrue(0 <= l.start() && l.start() <= l.end() && l.end() <= text.length(), l::toString);
                assertEquals(text.substring(l.start(), l.end()), l.text());
            }
        }
    }

    @Test
    void hostileInputNeverThrows() {
        for (String s : List.of("", "في", "قرية", "في قرية", "شمال", "ريف ريف ريف", "١٢٣ في ٤٥", "محافظة محافظة")) {
            find(s);
        }
    }

    @Test
    void gazetteerLoadsInUnderASecond() {
        // CPU time of this thread, not wall time: several builds share the machine and would make wall time flaky
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long t0 = mx.getCurrentThreadCpuTime();
        Gazetteer g = Gazetteer.load(new ArabicNormalizer());
        long ms = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
        assertTrue(g.size() > 8000, () -> "entries: " + g.size());
        assertTrue(ms < 1000, () -> "load took " + ms + " ms of CPU");
    }

    @Test
    void pluralCountrysideIsNearTheTown() {
        Location l = only("قتل جنديان في أرياف حلب خلال أسبوع");
        assertEquals("Aleppo", l.name());
        assertEquals(GeoPrecision.NEAR, l.precision());
    }

    @Test
    void aPalaceIsASiteNearItsTown() {
        Location l = only("استقبل الرئيس الوزير في قصر قرطاج");
        assertEquals(2468245L, l.geonameid());
        assertEquals(GeoPrecision.NEAR, l.precision());
        assertEquals("TN", l.countryCode());
    }
}
