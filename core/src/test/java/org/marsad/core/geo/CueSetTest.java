package org.marsad.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cues held as bits behave as the set of those cues. */
class CueSetTest {
    @Test
    void aCueSetEqualsTheEnumSetOfItsCuesAndIteratesInTheirOrder() {
        EnumSet<Cue> cues = EnumSet.of(Cue.RURAL, Cue.PREPOSITION, Cue.LINK);
        CueSet set = CueSet.copyOf(cues);
        assertEquals(cues, set);
        assertEquals(set, cues);
        assertEquals(cues.hashCode(), set.hashCode());
        assertEquals(List.copyOf(cues), List.copyOf(set));
        assertEquals(3, set.size());
        assertTrue(set.has(Cue.RURAL));
        assertFalse(set.contains(Cue.ADMIN));
        assertFalse(set.contains("RURAL"));
    }

    @Test
    void oneInstancePerCombination() {
        CueSet a = CueSet.copyOf(Set.of(Cue.SETTLEMENT, Cue.ADMIN));
        assertSame(a, CueSet.of(CueSet.bit(Cue.SETTLEMENT) | CueSet.bit(Cue.ADMIN)));
        assertSame(a, CueSet.copyOf(a));
        assertTrue(CueSet.copyOf(Set.of()).isEmpty());
    }

    @Test
    void strongAndSettlementNamingBitsFollowTheCues() {
        for (Cue c : Cue.values()) {
            assertEquals(c.strong(), CueSet.of(CueSet.bit(c)).hasAny(CueSet.STRONG), c.name());
            assertEquals(c.namesSettlement(), CueSet.of(CueSet.bit(c)).hasAny(CueSet.SETTLEMENT_NAMING), c.name());
        }
    }
}
