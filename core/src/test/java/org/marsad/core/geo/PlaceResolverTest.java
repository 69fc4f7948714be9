package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The resolver's rules on hand-made phrases, independent of the gazetteer's contents. */
class PlaceResolverTest {
    private static final Place TOWN = new Place("Kafr Test", "كفر تجربة", 1L, 35.0, 36.0, "SY", "Idlib", "PPL", 3_000,
            PlaceKind.CITY, true);
    private static final Place BIG_TOWN = new Place("Big Test", "تجربة الكبرى", 2L, 35.5, 36.5, "SY", "Idlib", "PPLA",
            200_000, PlaceKind.CITY, true);
    private static final Place PROVINCE = new Place("Test Province", "محافظة تجربة", 3L, 35.4, 36.4, "SY", null,
            "ADM1", 0, PlaceKind.ADMIN1, true);
    private static final Place FAR_PROVINCE = new Place("Far Province", "ولاية بعيدة", 4L, 10.0, 10.0, "XX", null,
            "ADM1", 0, PlaceKind.ADMIN1, false);
    private static final Place FOREIGN_VILLAGE = new Place("Other Test", "تجربة", 5L, 31.0, 35.5, "JO", "Karak",
            "PPL", 900, PlaceKind.CITY, true);

    private final PlaceResolver resolver = new PlaceResolver();

    private static PhrasePart part(int first, List<Place> candidates, Cue... cues) {
        return new PhrasePart(first, first, first + 1, candidates, Set.of(cues), false);
    }

    private PlaceResolver.Resolution resolve(ArticleGeoContext context, PhrasePart... parts) {
        return resolver.resolve(new PlacePhrase(parts[0].cueStart(), parts[parts.length - 1].end(), List.of(parts)),
                context).orElseThrow();
    }

    @Test
    void settlementCueOnAKnownTownIsPrecisionOne() {
        PlaceResolver.Resolution r = resolve(ArticleGeoContext.EMPTY, part(0, List.of(TOWN), Cue.SETTLEMENT));
        assertEquals(TOWN, r.place());
        assertEquals(1, r.precision());
    }

    @Test
    void administrativeCuePrefersTheProvinceOfTheSameName() {
        PlaceResolver.Resolution r = resolve(ArticleGeoContext.EMPTY, part(0, List.of(BIG_TOWN, PROVINCE), Cue.ADMIN));
        assertEquals(PROVINCE, r.place());
        assertEquals(3, r.precision());
    }

    @Test
    void bareNameSharedByTownAndProvinceIsTheTown() {
        PlaceResolver.Resolution r = resolve(ArticleGeoContext.EMPTY, part(0, List.of(PROVINCE, BIG_TOWN)));
        assertEquals(BIG_TOWN, r.place());
    }

    @Test
    void unknownVillageBeforeAProvinceMakesItPartOfTheDistrict() {
        PlaceResolver.Resolution r = resolve(ArticleGeoContext.EMPTY, part(0, List.of(), Cue.SETTLEMENT),
                part(1, List.of(PROVINCE), Cue.ADMIN));
        assertEquals(PROVINCE, r.place());
        assertEquals(2, r.precision());
        assertEquals(0, r.firstToken()); // the span starts at the village
    }

    @Test
    void finerKnownPlaceWinsOverTheLargerOneAfterIt() {
        PlaceResolver.Resolution r = resolve(ArticleGeoContext.EMPTY, part(0, List.of(TOWN), Cue.SETTLEMENT),
                part(1, List.of(PROVINCE), Cue.ADMIN));
        assertEquals(TOWN, r.place());
        assertEquals(1, r.precision());
        assertEquals(2, r.endToken()); // the span runs through the province that places the town
    }

    @Test
    void provinceAbroadNeedsAnAdministrativeCue() {
        assertFalse(PlaceResolver.acceptable(FAR_PROVINCE, part(0, List.of(FAR_PROVINCE), Cue.PREPOSITION)));
        assertTrue(PlaceResolver.acceptable(FAR_PROVINCE, part(0, List.of(FAR_PROVINCE), Cue.ADMIN)));
    }

    @Test
    void minorPlaceNeedsACue() {
        assertFalse(PlaceResolver.acceptable(TOWN, part(0, List.of(TOWN))));
        assertTrue(PlaceResolver.acceptable(TOWN, part(0, List.of(TOWN), Cue.PREPOSITION)));
        assertTrue(PlaceResolver.acceptable(BIG_TOWN, part(0, List.of(BIG_TOWN))));
    }

    @Test
    void commonWordNeedsAStrongCue() {
        PhrasePart weak = new PhrasePart(0, 0, 1, List.of(BIG_TOWN), Set.of(Cue.PREPOSITION), true);
        PhrasePart strong = new PhrasePart(0, 0, 1, List.of(BIG_TOWN), Set.of(Cue.SETTLEMENT), true);
        assertFalse(PlaceResolver.acceptable(BIG_TOWN, weak));
        assertTrue(PlaceResolver.acceptable(BIG_TOWN, strong));
    }

    @Test
    void minorPlaceAbroadIsNotTakenInAnArticleAboutAnotherCountry() {
        ArticleGeoContext syria = new ArticleGeoContext(Map.of("SY", 3));
        assertFalse(PlaceResolver.plausibleAbroad(FOREIGN_VILLAGE, null, syria));
        assertTrue(PlaceResolver.plausibleAbroad(FOREIGN_VILLAGE, "JO", syria));
        assertTrue(PlaceResolver.plausibleAbroad(FOREIGN_VILLAGE, null, ArticleGeoContext.EMPTY));
    }

    @Test
    void directionFromATownIsNearItButFromAProvinceStaysARegion() {
        assertEquals(2, PlaceResolver.precision(TOWN, part(0, List.of(TOWN), Cue.DIRECTION), false));
        assertEquals(3, PlaceResolver.precision(PROVINCE, part(0, List.of(PROVINCE), Cue.DIRECTION), false));
    }
}
