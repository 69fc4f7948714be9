package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.quantity.CountMention;
import org.marsad.core.quantity.CountSlot;
import org.marsad.core.quantity.CountUnit;
import org.marsad.model.Size;
import org.marsad.model.Span;

class EventSizeTest {

    private static CountMention count(int start, int value, CountSlot slot, boolean cumulative, CountUnit unit) {
        return new CountMention(new Span(start, start + 2), value, false, slot, value, cumulative, unit);
    }

    @Test
    void runningTollIsNotThisEventsCount() {
        // "ارتفعت حصيلة القتلى إلى 41 ... ومقتل 3 اليوم": the toll is skipped, the event's own 3 is kept
        Size s = EventAssembler.size(List.of(count(0, 41, CountSlot.DEAD, true, CountUnit.PEOPLE),
                count(10, 3, CountSlot.DEAD, false, CountUnit.PEOPLE)));
        assertEquals(3, s.dead());
    }

    @Test
    void onlyARunningTollGivesNoSize() {
        assertEquals(Size.NONE, EventAssembler.size(List.of(count(0, 41, CountSlot.DEAD, true, CountUnit.PEOPLE))));
    }

    @Test
    void familiesAreNotCountedAsDisplacedPeople() {
        Size s = EventAssembler.size(List.of(count(0, 30, CountSlot.DISPLACED, false, CountUnit.FAMILIES),
                count(10, 2, CountSlot.INJURED, false, CountUnit.PEOPLE)));
        assertNull(s.displaced());
        assertEquals(2, s.injured());
    }

    @Test
    void displacedPeopleAreKept() {
        Size s = EventAssembler.size(List.of(count(0, 500, CountSlot.DISPLACED, false, CountUnit.PEOPLE)));
        assertEquals(500, s.displaced());
    }
}
