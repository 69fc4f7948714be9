package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.lex.Match;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;

/** What the loaded gazetteer knows and how names meet tokens. */
class GazetteerTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Gazetteer GAZETTEER = Gazetteer.load(NORMALIZER);
    private static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);

    private static List<Token> tokens(String text) {
        return TOKENIZER.tokenize(text, 0, text.length());
    }

    private static Match<List<Place>> name(String text) {
        return GAZETTEER.nameAt(tokens(text), 0);
    }

    @Test
    void spellingVariantsReachTheSamePlace() {
        // "ادلب" without hamza and the curated "ديرالزور" written as one word
        assertEquals(169389L, name("ادلب").value().stream().filter(p -> p.kind() == PlaceKind.CITY).findFirst()
                .orElseThrow().geonameid());
        assertEquals(170794L, name("ديرالزور").value().get(0).geonameid());
    }

    @Test
    void multiWordNamesMatchWholeAndLongest() {
        Match<List<Place>> m = name("دير الزور اليوم");
        assertEquals(2, m.end()); // both words, not "دير" alone
    }

    @Test
    void aWordThatOnlyBeginsLongerNamesStartsOneOnlyBeforeItsContinuation() {
        assertEquals(2, name("الولايات المتحدة").end());
        assertTrue(GAZETTEER.entryMayStart(tokens("الولايات المتحدة"), 0));
        assertFalse(GAZETTEER.entryMayStart(tokens("الولايات اليوم"), 0));
        assertNull(name("الولايات اليوم"));
        assertFalse(GAZETTEER.entryMayStart(tokens("الولايات"), 0), "nothing follows");
    }

    @Test
    void aOneWordNameIsTheSameWhateverFollows() {
        assertEquals(1, name("حلب اليوم").end());
        assertEquals(name("حلب").value(), name("حلب اليوم").value());
        assertTrue(GAZETTEER.entryMayStart(tokens("حلب"), 0));
        assertFalse(GAZETTEER.entryMayStart(tokens("اليوم حلب"), 0));
    }

    @Test
    void leadingPrepositionIsStrippedButNotTheArticleOrAPronoun() {
        assertNotNull(name("وبحلب"));
        assertNull(name("السورية"), "a nationality adjective is not the country");
        assertNull(name("الإسرائيلي"), "a nationality adjective is not the country");
        assertNull(name("فرانس"), "ف is not stripped before a name");
    }

    @Test
    void ambiguousNamesKeepEveryCandidate() {
        List<Place> tripoli = name("طرابلس").value();
        assertTrue(tripoli.stream().anyMatch(p -> p.countryCode().equals("LY")));
        assertTrue(tripoli.stream().anyMatch(p -> p.countryCode().equals("LB")));
    }

    @Test
    void cueWordsAreNotPlaceNames() {
        // GeoNames lists "مدينه" among Medina's names; here it is the word "city"
        assertNull(name("مدينة"));
        assertNotNull(GAZETTEER.cueAt(tokens("بمدينة"), 0));
    }

    @Test
    void cueWordsKeepTheirArticleOff() {
        // "القاعدة" (al-Qaeda) is not the cue "قاعدة" (a base), "بطريقة" (in a way) not "طريق" (a road)
        assertNull(GAZETTEER.cueAt(tokens("القاعدة"), 0));
        assertNull(GAZETTEER.cueAt(tokens("بطريقة"), 0));
        assertEquals(Cue.NEAR, GAZETTEER.cueAt(tokens("بالقرب من"), 0).value());
    }

    @Test
    void commonWordsAreMarked() {
        List<Token> t = tokens("الباب");
        assertTrue(GAZETTEER.isCommonWord(t, 0, 1));
        List<Token> aleppo = tokens("حلب");
        assertFalse(GAZETTEER.isCommonWord(aleppo, 0, 1));
    }

    @Test
    void countriesHaveSourcedCoordinates() {
        Place kz = name("كازاخستان").value().get(0);
        assertEquals(PlaceKind.COUNTRY, kz.kind());
        // Kazakhstan lies outside the Natural Earth MENA layer: placed at its capital Astana (GeoNames 1526273)
        assertEquals(51.18, kz.lat(), 0.01);
        assertEquals(71.45, kz.lon(), 0.01);
    }

    @Test
    void curatedSitesArePlacedAtTheirTown() {
        Place camp = name("مخيم الهول").value().get(0);
        assertEquals(PlaceKind.SITE, camp.kind());
        assertEquals(173797L, camp.geonameid());
    }
}
