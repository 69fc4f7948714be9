package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.EventType;

/** {@code eval gsr --misses}: why a positive sentence has no event of its type. Our own sentences in the GSR layout. */
class GsrWhyTest {
    @TempDir
    Path dir;

    private GsrWhy why() throws IOException {
        String header = "id,event_type,label,accept,reject,total,text\n";
        Files.writeString(dir.resolve("assault_gsr.csv"), header
                + "AAW_ARB_20081110.0001-1,ASSAULT,yes,3,0,3,قصفت الطائرات القرية عام 1995\n"
                + "AAW_ARB_20081110.0001-2,ASSAULT,yes,3,0,3,وصل الوفد إلى المدينة\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("protest_gsr.csv"), header, StandardCharsets.UTF_8);
        return new GsrWhy(dir);
    }

    @Test
    void anAttackInASentenceOfHistoryIsDroppedAsHistory() throws IOException {
        assertEquals("why: ASSAULT/قصف#1 قصفت: history", why().of(EventType.ASSAULT, "AAW_ARB_20081110.0001-1"));
    }

    @Test
    void aSentenceWithoutATriggerSaysSo() throws IOException {
        assertEquals("why: no trigger", why().of(EventType.ASSAULT, "AAW_ARB_20081110.0001-2"));
    }

    @Test
    void anUnknownSentenceIsNamed() throws IOException {
        assertEquals("why: unknown sentence", why().of(EventType.PROTEST, "AAW_ARB_20081110.0001-1"));
    }
}
