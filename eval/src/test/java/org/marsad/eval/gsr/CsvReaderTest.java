package org.marsad.eval.gsr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<List<String>> r = CsvReader.parse("a,b\r\n\"x, y\",\"he said \"\"نعم\"\"\"\n\"سطر\nثان\",\n");
        assertEquals(List.of(List.of("a", "b"), List.of("x, y", "he said \"نعم\""), List.of("سطر\nثان", "")), r);
    }

    @Test
    void headerNamesTheColumnsAndMissingFieldsAreEmpty() {
        var rows = CsvReader.readWithHeader("\uFEFFid,text\n1\n2,مرحبا\n");
        assertEquals("", rows.get(0).get("text"));
        assertEquals("مرحبا", rows.get(1).get("text"));
    }
}
