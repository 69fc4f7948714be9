package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.dedup.Reports.actor;
import static org.marsad.core.dedup.Reports.day;
import static org.marsad.core.dedup.Reports.place;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Size;
import org.marsad.model.Source;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/**
 * The merge rules of issue 20, each as a small story of reports from different outlets (the sentences in the
 * comments are this test's own). Each report is what the pipeline would code from its sentence.
 */
class AnalystMergeRulesTest {
    private static final Location KHAN = place("خان يونس", 31.34, 34.31, 1);
    private static final Location RAFAH = place("رفح", 31.29, 34.25, 1);
    private static final Location GAZA_STRIP = place("قطاع غزة", 31.35, 34.31, 3);
    private static final Entity ISRMIL = actor("ISRMIL", "ISR", "MIL");
    private static final Entity PSECVL = actor("PSECVL", "PSE", "CVL");

    private static Event report(String doc, EventType type, Entity actor, Entity recipient, EventDate date,
                                Location where, Integer dead) {
        Trigger t = new Trigger("قتل", 5, 8);
        return new Event(Event.idFor(doc, 0, t, type), doc, 0, type, null, List.of(), null, null,
                EventStatus.OCCURRED, actor, recipient, t, date, where, new Size(dead, null, null, null, false),
                new Span(0, 40), new Source(null, doc + ".example", date.value(), null), "test", 0.8);
    }

    private static EventDate reported(String publication) {
        return new EventDate(publication, DatePrecision.REPORTED, null, null, null);
    }

    @Test
    void aCampaignTotalNeverMergesWithOneShelling() {
        // "قُتل 12 شخصاً في قصف على خان يونس أمس" and "قتل القصف 560 شخصاً خلال عشرة أيام في خان يونس"
        var shelling = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 12);
        var campaign = report("d-2", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 560);
        assertFalse(ClusterRule.linked(shelling, campaign));
        assertEquals(2, new EventClusterer().cluster(List.of(shelling, campaign)).size());
    }

    @Test
    void aRunningTollThatRisesTheSameDayStaysOneHappening() {
        // morning: "مقتل ثلاثة متظاهرين برصاص الجيش قرب خان يونس"; evening: "ارتفع عدد القتلى إلى ستين"
        var morning = report("d-1", EventType.ASSAULT, ISRMIL, PSECVL, day("2024-06-03"), KHAN, 3);
        var evening = report("d-2", EventType.ASSAULT, ISRMIL, PSECVL, day("2024-06-03"), KHAN, 60);
        assertTrue(ClusterRule.linked(morning, evening));
    }

    @Test
    void sameDayIncidentsInOneAreaStayApartWhenPlacesDiffer() {
        // "غارة على رفح" and "غارة على مدينة غزة" the same day, the same army: about 30 km apart
        var rafah = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), RAFAH, 4);
        var gaza = report("d-2", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"),
                place("مدينة غزة", 31.52, 34.45, 1), 4);
        assertFalse(ClusterRule.linked(rafah, gaza));
        // and a day-precise date two days apart is another incident
        var later = report("d-3", EventType.ASSAULT, ISRMIL, null, day("2024-06-05"), RAFAH, 4);
        assertFalse(ClusterRule.linked(rafah, later));
    }

    @Test
    void statementsMergeOnlyWithTheSameSpeaker() {
        // "دعت الحكومة المصرية إلى ضبط النفس" and "طالبت الحكومة الأردنية بجلسة لمجلس الأمن", both in Cairo
        var cairo = place("القاهرة", 30.04, 31.24, 1);
        var egypt = report("d-1", EventType.REQUEST, actor("EGYGOV", "EGY", "GOV"), ISRMIL, day("2024-06-03"), cairo,
                null);
        var jordan = report("d-2", EventType.REQUEST, actor("JORGOV", "JOR", "GOV"), ISRMIL, day("2024-06-03"), cairo,
                null);
        var unnamed = report("d-3", EventType.REQUEST, null, ISRMIL, day("2024-06-03"), cairo, null);
        var egyptAgain = report("d-4", EventType.REQUEST, actor("EGY", "EGY", null), ISRMIL, day("2024-06-03"),
                cairo, null);
        assertFalse(ClusterRule.linked(egypt, jordan), "two governments' reactions are two statements");
        assertFalse(ClusterRule.linked(egypt, unnamed), "a statement without a speaker is nobody's");
        assertTrue(ClusterRule.linked(egypt, egyptAgain), "one speaker, EGY ~ EGYGOV");
        // an act on the ground with an unknown actor still merges
        var strikeA = report("d-5", EventType.ASSAULT, null, null, day("2024-06-03"), KHAN, null);
        var strikeB = report("d-6", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, null);
        assertTrue(ClusterRule.linked(strikeA, strikeB));
    }

    @Test
    void aReportedDateMatchesTheWeekBeforeItsPublication() {
        // Saturday's page says "قُتل خمسة في غارة على خان يونس" with no day; Thursday's page dated it Thursday
        var dated = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-06"), KHAN, 5);
        var undatedSaturday = report("d-2", EventType.ASSAULT, ISRMIL, null, reported("2024-06-08"), KHAN, 5);
        var undatedNextThursday = report("d-3", EventType.ASSAULT, ISRMIL, null, reported("2024-06-13"), KHAN, 5);
        var undatedNextFriday = report("d-5", EventType.ASSAULT, ISRMIL, null, reported("2024-06-14"), KHAN, 5);
        var undatedWednesday = report("d-4", EventType.ASSAULT, ISRMIL, null, reported("2024-06-05"), KHAN, 5);
        assertTrue(ClusterRule.linked(dated, undatedSaturday), "published two days after: may tell it");
        assertTrue(ClusterRule.linked(dated, undatedNextThursday), "a week after: a follow-up may recall it");
        assertFalse(ClusterRule.linked(dated, undatedNextFriday), "eight days after: too far");
        assertFalse(ClusterRule.linked(dated, undatedWednesday), "published before the day: cannot tell it");
        assertTrue(ClusterRule.linked(undatedSaturday, undatedNextThursday), "two undated pages five days apart");
        assertFalse(ClusterRule.linked(undatedWednesday, undatedNextThursday), "two undated pages eight days apart");
        assertEquals(List.of("date"), ClusterRule.apart(dated, undatedNextFriday));
        assertEquals(1, new EventClusterer().cluster(List.of(dated, undatedSaturday, undatedNextThursday)).size());
    }

    @Test
    void aFollowUpAWeekLaterJoinsTheHappeningItRecalls() {
        // Saturday 6 July: "قصفت الطائرات بلدة دوما بالغازات السامة مساء السبت فقتلت أربعين مدنيا" (three outlets);
        // Tuesday: "لا تزال فرق الإنقاذ تبحث عن ناجين في دوما" with no day; the Saturday after: "بعد أسبوع على
        // الهجوم الكيميائي على دوما، لم يصل المحققون بعد" with no day and the toll it recalls
        var douma = area("دوما", 33.57, 36.40, "Rif-dimashq", "PPLA2", 1);
        var first = report("d-1", EventType.ASSAULT, actor("SYRMIL", "SYR", "MIL"), null, day("2024-07-06"), douma, 40);
        var second = report("d-2", EventType.ASSAULT, null, null, day("2024-07-06"), douma, 42);
        var third = report("d-3", EventType.ASSAULT, null, null, day("2024-07-06"), douma, null);
        var tuesday = report("d-4", EventType.ASSAULT, null, null, reported("2024-07-09"), douma, null);
        var weekLater = report("d-5", EventType.ASSAULT, null, null, reported("2024-07-13"), douma, 40);
        List<EventCluster> clusters = new EventClusterer().cluster(List.of(first, second, third, tuesday, weekLater));
        assertEquals(1, clusters.size(), "one happening, told the day after and recalled a week later");
        assertEquals(5, clusters.get(0).mentions());
        assertEquals("2024-07-06", clusters.get(0).date().value(), "the happening keeps the day the first reports gave");
        assertEquals(DatePrecision.DAY, clusters.get(0).date().precision());
        // a report of that Tuesday's own shelling, dated, is no follow-up of Saturday's attack
        var tuesdayShelling = report("d-6", EventType.ASSAULT, null, null, day("2024-07-09"), douma, 3);
        assertFalse(ClusterRule.linked(first, tuesdayShelling));
    }

    @Test
    void aFollowUpJoinsTheHappeningMostReportsToldRatherThanASideCluster() {
        // Friday: "غارات على دوما أوقعت ثلاثة قتلى" (one outlet, the day before the attack); Saturday: "هجوم بالغاز
        // على دوما أوقع ثمانين قتيلا" (three outlets); Monday, undated and without a toll: "الهجوم على دوما" —
        // linked to both, it joins the larger
        var douma = area("دوما", 33.57, 36.40, "Rif-dimashq", "PPLA2", 1);
        var friday = report("d-1", EventType.ASSAULT, null, null, day("2024-07-05"), douma, 3);
        var saturdayA = report("d-2", EventType.ASSAULT, null, null, day("2024-07-06"), douma, 80);
        var saturdayB = report("d-3", EventType.ASSAULT, null, null, day("2024-07-06"), douma, 85);
        var saturdayC = report("d-4", EventType.ASSAULT, null, null, day("2024-07-06"), douma, 90);
        var monday = report("d-5", EventType.ASSAULT, null, null, reported("2024-07-08"), douma, null);
        assertFalse(ClusterRule.linked(friday, saturdayA), "three dead and eighty: not one happening");
        assertTrue(ClusterRule.linked(friday, monday));
        assertTrue(ClusterRule.linked(saturdayA, monday));
        List<EventCluster> clusters = new EventClusterer().cluster(List.of(friday, saturdayA, saturdayB, saturdayC,
                monday));
        assertEquals(2, clusters.size());
        EventCluster big = clusters.stream().filter(c -> c.mentions() > 1).findFirst().orElseThrow();
        assertEquals(4, big.mentions(), "the follow-up joined the attack told by three outlets, not Friday's raid");
        assertTrue(big.reports().contains(monday.id()));
    }

    @Test
    void aTownAndTheRegionNamedAtItsCentreCanMatch() {
        // "في خان يونس" and "في جنوب قطاع غزة": the region's point lies within reach of the town
        var town = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 7);
        var region = report("d-2", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), GAZA_STRIP, 7);
        assertTrue(ClusterRule.linked(town, region));
        EventCluster c = new EventClusterer().cluster(List.of(town, region)).get(0);
        assertEquals(town.id(), c.placeFrom(), "the most precise place wins");
    }

    @Test
    void compatibleActorCodesMatchAndDifferentAttackersDoNot() {
        // "قصفت القوات الروسية" ~ "قصفت روسيا"; "قوات الحكومة" ~ "الجيش" of one country; Russia vs Turkey: two strikes
        var idlib = place("إدلب", 35.93, 36.63, 1);
        var rus = report("d-1", EventType.ASSAULT, actor("RUS", "RUS", null), null, day("2024-06-03"), idlib, null);
        var rusmil = report("d-2", EventType.ASSAULT, actor("RUSMIL", "RUS", "MIL"), null, day("2024-06-03"), idlib,
                null);
        var syrgov = report("d-3", EventType.ASSAULT, actor("SYRGOV", "SYR", "GOV"), null, day("2024-06-03"), idlib,
                null);
        var syrmil = report("d-4", EventType.ASSAULT, actor("SYRMIL", "SYR", "MIL"), null, day("2024-06-03"), idlib,
                null);
        var tur = report("d-5", EventType.ASSAULT, actor("TURMIL", "TUR", "MIL"), null, day("2024-06-03"), idlib,
                null);
        assertTrue(ClusterRule.linked(rus, rusmil));
        assertTrue(ClusterRule.linked(syrgov, syrmil));
        assertFalse(ClusterRule.linked(rusmil, tur));
    }

    @Test
    void victimsReadAsTheActorStillMatchTheAttackersReport() {
        // "أطلق الجيش النار على المتظاهرين" (ISRMIL -> PSECVL) and "سقط متظاهرون قتلى" read as PSECVL -> PSE
        var army = report("d-1", EventType.ASSAULT, ISRMIL, PSECVL, day("2024-06-03"), KHAN, 10);
        var victims = report("d-2", EventType.ASSAULT, PSECVL, actor("PSE", "PSE", null), day("2024-06-03"), KHAN, 12);
        assertTrue(ClusterRule.linked(army, victims));
        // but a third country between them is another happening
        var other = report("d-3", EventType.ASSAULT, actor("EGYMIL", "EGY", "MIL"), PSECVL, day("2024-06-03"), KHAN,
                12);
        assertFalse(ClusterRule.linked(army, other));
    }

    @Test
    void theRuleReadsOnlyWhatTheSignatureKeeps() {
        var a = report("d-1", EventType.ASSAULT, ISRMIL, PSECVL, reported("2024-06-03"), KHAN, 30);
        var b = report("d-2", EventType.ASSAULT, PSECVL, null, day("2024-06-02"), KHAN, 2);
        assertEquals(ClusterRule.linked(a, b), ClusterRule.linked(ClusterRule.essentials(a), ClusterRule.essentials(b)));
        var c = report("d-3", EventType.ASSAULT, PSECVL, null, day("2024-06-02"), KHAN, 900);
        assertEquals(ClusterRule.linked(a, c), ClusterRule.linked(ClusterRule.essentials(a), ClusterRule.essentials(c)));
        assertFalse(ClusterRule.linked(ClusterRule.essentials(a), ClusterRule.essentials(c)), "the toll is kept");
    }

    @Test
    void aHappeningSaysWhichOutletsToldItAndWhyItsReportsWereMerged() {
        // two outlets tell one shelling of Khan Younis; one gives the toll, both the army and the day
        var a = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 9);
        var b = report("d-2", EventType.ASSAULT, ISRMIL, null, reported("2024-06-04"), KHAN, null);
        EventCluster c = new EventClusterer().cluster(List.of(a, b)).get(0);
        assertEquals(List.of("d-1.example", "d-2.example"), c.outlets());
        assertEquals(List.of("type", "status", "date", "place", "actor"), c.mergedOn());
        assertEquals(a.id(), c.dateFrom(), "the day-precise date wins over the reported one");
        String json = ClusterJson.toJson(c);
        assertTrue(json.contains("\"outlets\":[\"d-1.example\",\"d-2.example\"]"), json);
        assertTrue(json.contains("\"merged_on\":[\"type\",\"status\",\"date\",\"place\",\"actor\"]"), json);
        var alone = new EventClusterer().cluster(List.of(a)).get(0);
        assertEquals(List.of(), alone.mergedOn());
    }

    @Test
    void theHappeningKeepsTheLatestCredibleTollAndSaysWhichReportGaveIt() {
        // Monday night "ارتفعت الحصيلة إلى أربعين قتيلا"; Tuesday "بلغ عدد القتلى اثنين وخمسين"; a Monday
        // afternoon page still says "ثلاثون"; a typo page says "5200"
        var monday = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 40);
        var tuesday = report("d-2", EventType.ASSAULT, ISRMIL, null, reported("2024-06-04"), KHAN, 52);
        var afternoon = report("d-3", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 30);
        List<EventCluster> clusters = new EventClusterer().cluster(List.of(monday, tuesday, afternoon));
        assertEquals(1, clusters.size());
        EventCluster.CountClaim dead = clusters.get(0).counts().get(0);
        assertEquals(52, dead.value());
        assertEquals(List.of(tuesday.id()), dead.reports());
        // an older page published last with a lower figure: the latest page's figure is the happening's
        var lateOld = report("d-4", EventType.ASSAULT, ISRMIL, null, reported("2024-06-05"), KHAN, 45);
        var withLate = new EventClusterer().cluster(List.of(tuesday, lateOld)).get(0).counts().get(0);
        assertEquals(45, withLate.value());
        assertEquals(List.of(lateOld.id()), withLate.reports());
    }

    private static Location area(String nameAr, double lat, double lon, String admin1, String featureCode,
                                 int precision) {
        return new Location(nameAr, 10, 10 + nameAr.length(), null, nameAr, null, lat, lon, "SY", admin1,
                featureCode, GeoPrecision.of(precision));
    }

    @Test
    void aTownMatchesTheProvinceItLiesInWhateverTheDistance() {
        // "قصفت الطائرات بلدة دوما فقتلت تسعة" and "قتل تسعة مدنيين في قصف جوي على ريف دمشق": the province's point
        // lies some 40 km from the town, beyond the 25 km of two places, but the town lies in the province
        var douma = report("d-1", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("دوما", 33.57, 36.40, "Rif-dimashq", "PPLA2", 1), 9);
        var province = report("d-2", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("ريف دمشق", 33.72, 36.80, "Rif-dimashq", "ADM1", 3), 9);
        assertTrue(Compatibility.km(33.57, 36.40, 33.72, 36.80) > Compatibility.SAME_PLACE_KM);
        assertTrue(ClusterRule.linked(douma, province));
        assertTrue(ClusterRule.linked(province, douma));
        List<EventCluster> clusters = new EventClusterer().cluster(List.of(province, douma));
        assertEquals(1, clusters.size(), "blocking brings the town and its province together");
        assertEquals(douma.id(), clusters.get(0).placeFrom(), "the town is the finer place");
        // and the province reported two days later ("ريف دمشق" on a page without a date) still matches the day
        var later = report("d-3", EventType.ASSAULT, null, null, reported("2024-06-05"),
                area("ريف دمشق", 33.72, 36.80, "Rif-dimashq", "ADM1", 3), null);
        assertEquals(1, new EventClusterer().cluster(List.of(douma, later)).size());
    }

    @Test
    void aProvinceDoesNotJoinTownsOfAnotherProvinceNorTwoFarTownsOfItsOwn() {
        // "قصف على بلدة تلبيسة" (Homs) and "قصف في ريف دمشق" the same day: two provinces, two happenings
        var talbiseh = report("d-1", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("تلبيسة", 34.84, 36.73, "Homs", "PPL", 1), 4);
        var rif = report("d-2", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("ريف دمشق", 33.72, 36.80, "Rif-dimashq", "ADM1", 3), 4);
        assertFalse(ClusterRule.linked(talbiseh, rif));
        // "قصف على دوما" and "قصف على قطنا": one province, some 30 km apart: the province alone does not merge towns
        var douma = report("d-3", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("دوما", 33.57, 36.40, "Rif-dimashq", "PPLA2", 1), 4);
        var qatana = report("d-4", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("قطنا", 33.44, 36.08, "Rif-dimashq", "PPLA2", 1), 4);
        assertFalse(ClusterRule.linked(douma, qatana));
        assertEquals(2, new EventClusterer().cluster(List.of(douma, qatana)).size());
    }

    @Test
    void aCountryNamedAloneDoesNotPlaceTheHappeningInOneOfItsTowns() {
        // "قصف على مدينة سورية" coded at Syria: could be any town of the country that day
        var douma = report("d-1", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("دوما", 33.57, 36.40, "Rif-dimashq", "PPLA2", 1), 9);
        var syria = report("d-2", EventType.ASSAULT, null, null, day("2024-06-03"),
                area("سوريا", 35.0, 38.5, null, "PCLI", 3), 9);
        assertFalse(ClusterRule.linked(douma, syria));
        assertEquals(List.of("place"), ClusterRule.apart(douma, syria), "the evaluation says why");
    }

    @Test
    void apartNamesEveryKeyTheRuleRefusesAndNothingForLinkedReports() {
        var a = report("d-1", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 12);
        var sameDay = report("d-2", EventType.ASSAULT, ISRMIL, null, day("2024-06-03"), KHAN, 12);
        assertEquals(List.of(), ClusterRule.apart(a, sameDay));
        var far = report("d-3", EventType.ASSAULT, actor("EGYMIL", "EGY", "MIL"), null, day("2024-06-09"), null, 600);
        assertEquals(List.of("date", "no-place", "dead", "actor"), ClusterRule.apart(a, far));
        var statement = report("d-4", EventType.REQUEST, null, null, day("2024-06-03"), KHAN, null);
        assertEquals(List.of("speaker"), ClusterRule.apart(statement,
                report("d-5", EventType.REQUEST, null, null, day("2024-06-03"), KHAN, null)));
    }
}
