package org.marsad.core.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How the report filter reads a date value: a day, or the last day of a month or year; nothing from a bad one. */
class ReportFilterDatesTest {
    @Test
    void readsADayAMonthAndAYear() {
        assertEquals(LocalDate.of(2024, 3, 5), ReportFilter.startOf("2024-03-05"));
        assertEquals(LocalDate.of(2024, 2, 29), ReportFilter.startOf("2024-02"));
        assertEquals(LocalDate.of(2023, 12, 31), ReportFilter.startOf("2023"));
    }

    @Test
    void aValueThatIsNoDateGivesNothing() {
        assertNull(ReportFilter.startOf(null));
        assertNull(ReportFilter.startOf("2024-02-30"));
        assertNull(ReportFilter.startOf("2024-13-01"));
        assertNull(ReportFilter.startOf("2024-3-051"));
        assertNull(ReportFilter.startOf("yesterday!"));
    }
}
