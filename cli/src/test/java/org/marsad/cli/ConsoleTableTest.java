package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's table lines up with Arabic cells in it (issue 17). */
class ConsoleTableTest {
    private static List<String> print(ConsoleTable t) {
        StringWriter out = new StringWriter();
        t.print(new PrintWriter(out, true), "  ");
        return out.toString().lines().toList();
    }

    /** The display column where the text {@code cell} starts in {@code line} (isolates and marks take none). */
    private static int column(String line, String cell) {
        return ConsoleTable.width(line.substring(0, line.indexOf(cell)));
    }

    @Test
    void harakatAndIsolatesTakeNoColumn() {
        assertEquals(3, ConsoleTable.width("قُتل"), "three letters; the damma is a combining mark");
        assertEquals(4, ConsoleTable.width("\u2068قتل\u2069 "));
        assertEquals(1, ConsoleTable.width("😀"));
    }

    @Test
    void columnsAfterArabicCellsStartAtTheSameDisplayColumn() {
        List<String> lines = print(new ConsoleTable(32, "PLACE", "DEAD", "TRIGGER")
                .row("مدينة أريحا في ريف إدلب", 4, "قُتل")
                .row("إدلب", null, "مسيّرة")
                .row("-", 12, "x"));
        int dead = column(lines.get(0), "DEAD");
        assertEquals(dead, column(lines.get(1), "4"));
        assertEquals(dead, column(lines.get(2), "-"));
        assertEquals(dead, column(lines.get(3), "12"));
        int trigger = column(lines.get(0), "TRIGGER");
        assertEquals(trigger, column(lines.get(1), "\u2068قُتل"));
        assertEquals(trigger, column(lines.get(2), "\u2068مسيّرة"));
        assertEquals(trigger, column(lines.get(3), "x"));
    }

    @Test
    void arabicCellsAreIsolatedSoThatABidiTerminalKeepsThemInTheirColumns() {
        List<String> lines = print(new ConsoleTable(32, "TYPE", "PLACE", "TRIGGER").row("ASSAULT", "حلب", "قصف"));
        assertTrue(lines.get(1).contains("\u2068حلب\u2069") && lines.get(1).contains("\u2068قصف\u2069"), lines.get(1));
        assertTrue(lines.get(1).startsWith("  ASSAULT "), "a Latin cell is left as it is");
    }

    @Test
    void aLongCellIsCutWithAnEllipsisAndControlsAreEscaped() {
        List<String> lines = print(new ConsoleTable(10, "PLACE").row("ريف إدلب الجنوبي الشرقي").row("a\nb"));
        assertEquals("  \u2068ريف إدلب …\u2069", lines.get(1));
        assertEquals("  a\\nb", lines.get(2));
    }
}
