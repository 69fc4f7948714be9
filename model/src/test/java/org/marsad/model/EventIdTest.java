package org.marsad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The id written without building the hashed string is the id of the documented formula. */
class EventIdTest {

    /** The formula as the record spec states it, computed here on its own. */
    private static String formula(String docId, int article, int start, int end, EventType type) throws Exception {
        String text = docId + "|" + article + "|" + start + "|" + end + "|" + type;
        byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return "e-" + HexFormat.of().formatHex(d, 0, 8);
    }

    @Test
    void idIsTheShaOfDocArticleSpanAndType() throws Exception {
        String[] docs = {"d-1", "d-0a1b2c3d4e5f60718293", "صفحة-٣", "", "d-" + "x".repeat(300)};
        int[][] spans = {{0, 0}, {10, 14}, {123456, 123460}, {Integer.MAX_VALUE - 5, Integer.MAX_VALUE}};
        int[] articles = {0, 3, 17, -1, Integer.MIN_VALUE};
        for (String doc : docs) {
            for (int article : articles) {
                for (int[] s : spans) {
                    for (EventType type : EventType.values()) {
                        assertEquals(formula(doc, article, s[0], s[1], type),
                                Event.idFor(doc, article, new Trigger("قصف", s[0], s[1]), type), doc + " " + article);
                    }
                }
            }
        }
    }

    @Test
    void idsOfOtherDocumentsInTurnStayTheirOwn() throws Exception {
        Trigger t = new Trigger("هجوم", 5, 9);
        for (int i = 0; i < 3; i++) {
            assertEquals(formula("d-a", 1, 5, 9, EventType.ASSAULT), Event.idFor("d-a", 1, t, EventType.ASSAULT));
            assertEquals(formula("d-b", 1, 5, 9, EventType.ASSAULT), Event.idFor("d-b", 1, t, EventType.ASSAULT));
        }
    }

    @Test
    void hashingAnotherTextBetweenIdsChangesNoId() throws Exception {
        Trigger t = new Trigger("اعتقال", 40, 46);
        String before = Event.idFor("d-7", 2, t, EventType.COERCE);
        Event.hash("نص آخر", 10);
        assertEquals(before, Event.idFor("d-7", 2, t, EventType.COERCE));
        assertEquals(formula("d-7", 2, 40, 46, EventType.COERCE), before);
    }
}
