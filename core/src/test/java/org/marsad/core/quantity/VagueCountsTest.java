package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Span;

class VagueCountsTest {
    private static CountMention count(int value, CountSlot slot, boolean vague) {
        return new CountMention(new Span(0, 2), value, vague, slot, value, false, CountUnit.PEOPLE, vague);
    }

    @Test
    void aValueOnlyAVaguePluralGivesIsDropped() {
        assertNull(VagueCounts.keep(10, CountSlot.DEAD, List.of(count(10, CountSlot.DEAD, true))));
    }

    @Test
    void aValueAnotherSentenceWritesStays() {
        assertEquals(10, VagueCounts.keep(10, CountSlot.DEAD,
                List.of(count(10, CountSlot.DEAD, true), count(10, CountSlot.DEAD, false))));
        assertEquals(42, VagueCounts.keep(42, CountSlot.DEAD, List.of(count(10, CountSlot.DEAD, true),
                count(42, CountSlot.DEAD, false))));
    }

    @Test
    void aVaguePluralOfAnotherSlotLeavesTheValue() {
        assertEquals(100, VagueCounts.keep(100, CountSlot.DEAD, List.of(count(100, CountSlot.INJURED, true))));
    }
}
