package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The closed code sets write the names the outputs always had, and read back only those. */
class CodeSetsTest {
    @Test
    void modesKeepPloversSpelling() {
        assertEquals("heavy-weapons", Mode.HEAVY_WEAPONS.json());
        assertEquals("pro_autocracy", Mode.PRO_AUTOCRACY.json());
        assertEquals("aerial", Mode.AERIAL + "", "text built from a mode reads as its JSON name");
        for (Mode m : Mode.values()) {
            assertEquals(m, Mode.fromJson(m.json()));
        }
        assertNull(Mode.fromJson(null));
        assertNull(Mode.json(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mode.fromJson("HEAVY_WEAPONS"));
        assertEquals("unknown PLOVER mode 'HEAVY_WEAPONS'", e.getMessage());
    }

    @Test
    void sectorsAreTheirCodes() {
        assertEquals("MIL", Sector.MIL.json());
        assertEquals("MIL", String.valueOf(Sector.MIL));
        assertEquals(Sector.CVL, Sector.fromJson("CVL"));
        assertNull(Sector.fromJson(null));
        assertNull(Sector.ofCode("GOVMIL"), "a longer code names no sector");
        assertThrows(IllegalArgumentException.class, () -> Sector.fromJson("mil"));
    }

    @Test
    void geoPrecisionIsAcledsNumber() {
        assertEquals(1, GeoPrecision.TOWN.code());
        assertEquals(2, GeoPrecision.NEAR.code());
        assertEquals(3, GeoPrecision.REGION.code());
        for (GeoPrecision p : GeoPrecision.values()) {
            assertEquals(p, GeoPrecision.of(p.code()));
        }
        assertNull(GeoPrecision.of((Integer) null));
        assertNull(GeoPrecision.code(null));
        assertThrows(IllegalArgumentException.class, () -> GeoPrecision.of(4));
    }
}
