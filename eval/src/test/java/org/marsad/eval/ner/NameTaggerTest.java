package org.marsad.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.entity.ActorCode;
import org.marsad.core.entity.ActorEntry;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.eval.ner.NameTagger.Type;

class NameTaggerTest {
    private static NameTagger tagger;

    @BeforeAll
    static void load() {
        tagger = new NameTagger(new ArabicNormalizer());
    }

    private static List<Type> tag(String sentence) {
        return tagger.tag(Arrays.asList(sentence.split(" ")));
    }

    @Test
    void gazetteerNameIsLocWithoutLocative() {
        List<Type> t = tag("زار الوفد دمشق أمس");
        assertEquals(Type.LOC, t.get(2));
        assertNull(t.get(0));
        assertNull(t.get(1));
    }

    @Test
    void regionFromHandWrittenListIsLoc() {
        List<Type> t = tag("تراجعت الأسعار في أوروبا هذا الأسبوع");
        assertEquals(Type.LOC, t.get(3));
    }

    @Test
    void commonWordThatIsAlsoAPlaceIsNoLoc() {
        List<Type> t = tag("كانوا يعملون في المصنع");
        assertNull(t.get(0));
    }

    @Test
    void nameAfterTitleAndNationalityIsPers() {
        List<Type> t = tag("التقى الرئيس الفرنسي جاك شيراك وفدا");
        assertNull(t.get(1));
        assertNull(t.get(2));
        assertEquals(Type.PERS, t.get(3));
        assertEquals(Type.PERS, t.get(4));
        assertNull(t.get(5));
    }

    @Test
    void givenNameAndFamilyNameArePers() {
        List<Type> t = tag("وصل خالد الزعبي إلى المدرسة");
        assertEquals(Type.PERS, t.get(1));
        assertEquals(Type.PERS, t.get(2));
        assertNull(t.get(3));
    }

    @Test
    void prepositionSpelledLikeANameIsNoPers() {
        List<Type> t = tag("حصل علي الجائزة الأولى");
        assertNull(t.get(1));
        assertNull(t.get(2));
    }

    @Test
    void namedOrganisationFromLexiconIsOrg() {
        List<Type> t = tag("دعت الأمم المتحدة إلى التهدئة");
        assertEquals(Type.ORG, t.get(1));
        assertEquals(Type.ORG, t.get(2));
        assertNull(t.get(3));
    }

    @Test
    void partyHeadAndDefiniteWordsAreOrg() {
        List<Type> t = tag("فاز حزب الخضر بالانتخابات");
        assertEquals(Type.ORG, t.get(1));
        assertEquals(Type.ORG, t.get(2));
        assertNull(t.get(3));
    }

    @Test
    void listedClubIsOrgAndItsCityPartToo() {
        List<Type> t = tag("فاز ريال مدريد على ضيفه");
        assertEquals(Type.ORG, t.get(1));
        assertEquals(Type.ORG, t.get(2));
        assertNull(t.get(3));
    }

    @Test
    void ministryIsADescriptionNotAName() {
        List<Type> t = tag("أصدرت وزارة الزراعة قرارا");
        assertNull(t.get(1));
    }

    @Test
    void documentMemoryTagsALoneSurnameLearntFromAFullName() {
        List<List<Type>> t = tagger.tagDocument(List.of(
                Arrays.asList("تحدث سمير قنطاروف للصحفيين".split(" ")),
                Arrays.asList("وأضاف قنطاروف أن الاجتماع مثمر".split(" "))));
        assertEquals(Type.PERS, t.get(0).get(2));
        assertEquals(Type.PERS, t.get(1).get(1));
        assertNull(t.get(1).get(3));
    }

    @Test
    void punctuationWordsKeepTheSize() {
        List<Type> t = tagger.tag(List.of("(", "بيروت", ")", "،"));
        assertEquals(4, t.size());
        assertEquals(Type.LOC, t.get(1));
        assertNull(t.get(0));
    }

    @Test
    void properNameNeedsACapitalisedLastWord() {
        assertEquals(true, NameTagger.properName("Hamas"));
        assertEquals(false, NameTagger.properName("Israeli authorities"));
        assertEquals(true, NameTagger.properName("Joseph Aoun (army commander)"));
        assertEquals(false, NameTagger.properName(null));
    }

    @Test
    void courtesyTitleIntroducesAnUnknownName() {
        List<Type> t = tag("ألقى السيد كارلوس ميندوزا كلمة في الحفل");
        assertEquals(Type.PERS, t.get(2));
        assertEquals(Type.PERS, t.get(3));
        assertNull(t.get(1));
    }

    @Test
    void professionalTitleAndNationalityThenAName() {
        List<Type> t = tag("سجل اللاعب البرتغالي جواو فيلكس هدفين");
        assertNull(t.get(2));
        assertEquals(Type.PERS, t.get(3));
        assertEquals(Type.PERS, t.get(4));
    }

    @Test
    void aCommonWordAfterATitleIsNoName() {
        List<Type> t = tag("أكد المدرب أن اللاعب انتقل إلى فريق آخر");
        assertNull(t.get(4));
        assertNull(t.get(5));
    }

    @Test
    void anIndefiniteTitleIsInConstructWithTheNounAfterIt() {
        List<Type> t = tag("وصل رئيس بعثة الصليب إلى المدينة");
        assertNull(t.get(2));
    }

    @Test
    void curatedLeaderWithATermOfOfficeIsAPersonEvenAfterATitle() {
        List<Type> t = tag("استقبل الرئيس حسني مبارك الوفد");
        assertEquals(Type.PERS, t.get(2));
        assertEquals(Type.PERS, t.get(3));
        assertNull(t.get(4));
        assertEquals(true, NameTagger.personRow(new ActorEntry(new ActorCode("EGYGOV", "EGY", "GOV",
                "Hosni Mubarak", false), null, java.time.LocalDate.of(2011, 2, 11), java.util.Set.of(), true)));
        assertEquals(false, NameTagger.personRow(new ActorEntry(new ActorCode("SYRREB", "SYR", "REB",
                "Hayat Tahrir al-Sham", false), null, java.time.LocalDate.of(2024, 12, 8), java.util.Set.of(), true)));
    }

    @Test
    void nationalityStandingAloneIsFollowedByAName() {
        List<Type> t = tag("تأهل السويسري ماركو شتاينر إلى النهائي");
        assertNull(t.get(1));
        assertEquals(Type.PERS, t.get(2));
        assertEquals(Type.PERS, t.get(3));
        // after a noun it qualifies, it is an adjective: no name follows
        List<Type> army = tag("أعلن الجيش السوري سيطرته على البلدة");
        assertNull(army.get(3));
    }

    @Test
    void kinshipLinkJoinsTheWordsAroundIt() {
        List<Type> t = tag("روى سهيل بن عمرو الحكاية");
        assertEquals(Type.PERS, t.get(1));
        assertEquals(Type.PERS, t.get(2));
        assertEquals(Type.PERS, t.get(3));
        assertNull(t.get(4));
    }

    @Test
    void fullNameTakesAFollowingNisba() {
        List<Type> t = tag("كتب أحمد حسن البغدادي مقالا");
        assertEquals(Type.PERS, t.get(3));
        assertNull(t.get(4));
    }

    @Test
    void aPlaceNameNeverHidesBehindAPronounOrTanween() {
        assertNull(tag("عاد اللاجئ إلى بلاده بعد الحرب").get(3));
        assertNull(tag("يزور المعرض مرتين سنويا").get(3));
        assertEquals(Type.LOC, tag("وصل الوفد بدمشق صباحا").get(2));
    }
}
