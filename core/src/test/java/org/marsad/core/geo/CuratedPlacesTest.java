package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;

/** Gazetteer gaps filled by places_curated.tsv: names GeoNames lacks, placed at the entry they refer to. */
class CuratedPlacesTest {
    @Test
    void socotraIsTheIslandPlacedAtItsCapital() {
        Location l = PlaceFinderTest.only("وصلت تعزيزات عسكرية إلى جزيرة سقطرى صباح اليوم");
        assertEquals("سقطرى", l.nameAr());
        assertEquals("YE", l.countryCode());
        assertEquals(GeoPrecision.REGION, l.precision());
        assertEquals(12.65, l.lat(), 0.05);
    }

    @Test
    void razihDistrictIsNearItsSeat() {
        Location l = PlaceFinderTest.only("قصفت المدفعية مواقع في مديرية رازح الحدودية");
        assertEquals("رازح", l.nameAr());
        assertEquals("YE", l.countryCode());
        assertEquals(43.26, l.lon(), 0.05);
    }

    @Test
    void kunarIsTheAfghanProvinceWrittenWithItsCueAlone() {
        Location l = PlaceFinderTest.only("قتل مسلحان في غارة جوية على إقليم كونار شرقي أفغانستان");
        assertEquals("AF", l.countryCode());
        assertEquals("إقليم كونار", l.text()); // the place as written stops at the province: not "... شرقي أفغانستان"
    }
}
