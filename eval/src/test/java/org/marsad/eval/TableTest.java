package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TableTest {
    @Test
    void columnsArePaddedNumbersRightAligned() {
        String t = new Table("name", "n").row("ab", 7).row("abcdef", 12).render();
        assertEquals("""
                name    n
                ------  --
                ab       7
                abcdef  12
                """, t);
    }

    @Test
    void doublesPrintWithThreeDecimalsAndNullAsDash() {
        assertEquals("0.500", Table.cell(0.5));
        assertEquals("-", Table.cell(null));
    }

    @Test
    void combiningMarksTakeNoWidth() {
        // "مَرْصَد": four letters, two diacritics that a terminal draws on top of the letters
        assertEquals(4, Table.width("مَرْصَد"));
    }

    @Test
    void rowOfWrongLengthIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Table("a", "b").row("x"));
    }
}
