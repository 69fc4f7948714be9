package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.DatePrecision;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 16, the fields of events on real articles (date, place, dead), in classes of error seen on the train part of
 * the coded ANT articles, told in our own sentences. Published Tuesday 2025-06-10.
 */
class FieldsOfRealArticlesTest {
    /** The rules' decision (every candidate kept): these stories test fields, dates and types, not the decider. */
    private static final Pipeline PIPELINE = Pipeline.standard().withDecider(org.marsad.core.decide.EventDecider.RULES);

    private static List<Event> events(String body) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("fields.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 6, 10), null, null));
        return PIPELINE.process(page).events();
    }

    private static List<Event> ofType(List<Event> out, EventType type) {
        return out.stream().filter(e -> e.type() == type).toList();
    }

    /** Dead: a meeting called after a strike does not count the strike's dead; the strike does. */
    @Test
    void onlyTheActOfForceCountsTheDead() {
        List<Event> out = events(
                "عقد مجلس الأمن الدولي جلسة طارئة مساء الاثنين بعد مقتل عشرين مدنيا في قصف استهدف بلدة كفرنبل.");
        List<Event> meetings = ofType(out, EventType.CONSULT);
        assertFalse(meetings.isEmpty(), "a meeting in: " + out);
        assertTrue(meetings.stream().allMatch(e -> e.size().dead() == null), "the meeting kills no one: " + out);
        List<Event> strikes = ofType(out, EventType.ASSAULT);
        assertFalse(strikes.isEmpty(), "a strike in: " + out);
        assertEquals(20, strikes.get(0).size().dead(), "the strike's dead: " + out);
    }

    /**
     * Dead: a vague plural ("عشرات", "مئات") tells that people died, not how many: no number on the record, the count
     * marked approximate; ten written as a word is a number.
     */
    @Test
    void aVaguePluralGivesNoNumberButTenWrittenDoes() {
        List<Event> vague = ofType(events(
                "قصفت طائرات حربية بلدة معرة النعمان فجر الاثنين فقتلت عشرات من سكانها."), EventType.ASSAULT);
        assertFalse(vague.isEmpty(), "a strike in: " + vague);
        assertNull(vague.get(0).size().dead(), "dozens is no number: " + vague);
        assertTrue(vague.get(0).size().approximate(), "but a vague count: " + vague);
        List<Event> hundreds = ofType(events(
                "واعتقلت قوات الأمن مئات المحتجين في ساحة المدينة مساء الأحد."), EventType.COERCE);
        assertTrue(hundreds.stream().allMatch(e -> e.size().arrested() == null), "hundreds is no number: " + hundreds);
        List<Event> exact = ofType(events(
                "قصفت طائرات حربية بلدة معرة النعمان فجر الاثنين فقتلت عشرة من سكانها."), EventType.ASSAULT);
        assertEquals(10, exact.get(0).size().dead(), "ten written is a number: " + exact);
    }

    /**
     * Date: the day of a happening written only in a sentence that tells of it without reporting it (a reference:
     * "المسؤولين عن الهجوم على البلدة السبت الماضي") dates the undated report of it at that place; a day written
     * before the mention is the day of the saying and dates nothing.
     */
    @Test
    void aDayWrittenOnlyWhereTheHappeningIsToldOfDatesItsReport() {
        String report = " وقتل سبعة مدنيين في الهجوم على بلدة كفرنبل وفق مسعفين في البلدة.";
        List<Event> told = ofType(events(
                "تعهدت الحكومة بمحاسبة المسؤولين عن الهجوم على بلدة كفرنبل السبت الماضي." + report), EventType.ASSAULT);
        assertFalse(told.isEmpty(), "an attack in: " + told);
        assertTrue(told.stream().allMatch(e -> "2025-06-07".equals(e.date().value())
                && e.date().precision() == DatePrecision.DAY), "Saturday's attack: " + told);
        List<Event> said = ofType(events(
                "قال وزير الداخلية السبت إن الهجوم على بلدة كفرنبل لن يمر دون عقاب." + report), EventType.ASSAULT);
        assertFalse(said.isEmpty(), "an attack in: " + said);
        assertTrue(said.stream().allMatch(e -> e.date().precision() == DatePrecision.REPORTED),
                "the saying's day is not the attack's: " + said);
    }

    /**
     * Date: "منذ" after an imperfect verb tells how long a threat has gone on, not its day; after a perfect verb it
     * dates the act ("two days ago").
     */
    @Test
    void sinceAfterAnImperfectVerbIsNoDay() {
        List<Event> going = ofType(events(
                "وتتوعد حكومات غربية عدة منذ يومين بالرد على استخدام الغاز ضد سكان البلدة."), EventType.THREATEN);
        assertFalse(going.isEmpty(), "a threat in: " + going);
        assertTrue(going.stream().allMatch(e -> e.date().precision() == DatePrecision.REPORTED),
                "an ongoing threat has no day: " + going);
        List<Event> done = ofType(events(
                "وهددت حكومات غربية عدة منذ يومين بالرد على استخدام الغاز ضد سكان البلدة."), EventType.THREATEN);
        assertFalse(done.isEmpty(), "a threat in: " + done);
        assertEquals("2025-06-08", done.get(0).date().value(), "threatened two days ago: " + done);
    }

    /** Dead: a count standing as the subject, its qualifiers between it and the verb that kills. */
    @Test
    void aCountedSubjectFarBeforeItsVerbCountsTheDead() {
        List<Event> out = ofType(events(
                "وكان 12 شخصا على الأقل قد قتلوا في انفجار سيارة مفخخة في سوق مدينة كركوك."), EventType.ASSAULT);
        assertFalse(out.isEmpty(), "an attack in: " + out);
        assertEquals(12, out.get(0).size().dead(), "in: " + out);
        List<Event> more = ofType(events(
                "وقال مصدر أمني إن 25 عنصرا من المسلحين المتشددين لقوا مصرعهم في اشتباكات مع الجيش قرب مدينة الرمادي."),
                EventType.ASSAULT);
        assertFalse(more.isEmpty(), "an attack in: " + more);
        assertTrue(more.stream().allMatch(e -> Integer.valueOf(25).equals(e.size().dead())), "in: " + more);
    }

    /** Place: the dateline says where the report was written, not where the event happened. */
    @Test
    void theDatelinePlacesNoEvent() {
        List<Event> out = ofType(events(
                "دبي، الإمارات العربية المتحدة (CNN) -- أعلن الجيش العراقي الأحد مقتل خمسة مسلحين في اشتباكات."),
                EventType.ASSAULT);
        assertFalse(out.isEmpty(), "an attack in: " + out);
        assertTrue(out.stream().allMatch(e -> e.location() == null || !"AE".equals(e.location().countryCode())),
                "nothing happened in Dubai: " + out);
        assertEquals("2025-06-08", out.get(0).date().value(), "in: " + out);
    }

    /** Date: a day in a relative clause dates that clause's noun, not the event told around it. */
    @Test
    void aDayInARelativeClauseDatesItsOwnNoun() {
        List<Event> talks = ofType(events(
                "ومنذ الانفجار الذي وقع يوم السبت في سوق البلدة، تجري الحكومة مباحثات مع الأحزاب."), EventType.CONSULT);
        assertFalse(talks.isEmpty(), "talks in: " + talks);
        assertEquals(DatePrecision.REPORTED, talks.get(0).date().precision(), "the talks are not Saturday's: " + talks);
        assertNull(talks.get(0).date().text(), "in: " + talks);

        List<Event> condemned = ofType(events(
                "ودانت الخارجية التركية الغارة التي نفذتها طائرات حربية مساء السبت على قرية قرب عفرين."),
                EventType.ACCUSE);
        assertFalse(condemned.isEmpty(), "a condemnation in: " + condemned);
        assertEquals(DatePrecision.REPORTED, condemned.get(0).date().precision(), "in: " + condemned);
    }

    /** Date: the relative clause still dates its own noun, and a trigger inside it that the date comes before. */
    @Test
    void theRelativeClauseDatesItsNounAndWhatItTells() {
        List<Event> raid = ofType(events(
                "وقتل خمسة مدنيين في الغارة التي شنتها الطائرات فجر الاثنين على بلدة سراقب."), EventType.ASSAULT);
        assertFalse(raid.isEmpty(), "a raid in: " + raid);
        assertEquals("2025-06-09", raid.get(0).date().value(), "in: " + raid);
        List<Event> blast = ofType(events(
                "وقالت الشرطة إن الانفجار الذي وقع ليل الأحد في سوق مدينة الموصل أسفر عن مقتل سبعة أشخاص."),
                EventType.ASSAULT);
        assertFalse(blast.isEmpty(), "a blast in: " + blast);
        assertTrue(blast.stream().allMatch(e -> "2025-06-08".equals(e.date().value())), "in: " + blast);
    }
}
