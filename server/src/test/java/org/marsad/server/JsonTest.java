package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class JsonTest {
    @Test
    void aTopLevelFieldIsFoundAndANestedOneOfTheSameNameIsNot() {
        String record = "{\"id\": \"e-1\", \"actor\": {\"doc_id\": \"inner\", \"text\": \"القوات\"}, "
                + "\"spans\": [{\"doc_id\": \"x\"}], \"doc_id\": \"d-42\", \"after\": 1}";
        assertEquals("d-42", Json.topLevelString(record, "doc_id"));
        assertEquals("e-1", Json.topLevelString(record, "id"));
        assertNull(Json.topLevelString(record, "after"), "a number is not a string");
        assertNull(Json.topLevelString("{\"actor\": {\"doc_id\": \"inner\"}}", "doc_id"));
        assertNull(Json.topLevelString("[\"doc_id\"]", "doc_id"));
    }
}
