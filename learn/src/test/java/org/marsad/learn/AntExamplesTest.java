package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Sentence labels: a candidate is positive when its trigger's sentence is labelled with its type, not as background. */
class AntExamplesTest {
    @Test
    void labelsDecideByTypeAndStatus() throws Exception {
        var sentences = new ObjectMapper().readTree("[{\"span\": [0, 10], \"labels\": [\"ASSAULT:occurred\"]},"
                + " {\"span\": [10, 20], \"labels\": [\"ASSAULT:background\", \"ACCUSE:occurred\"]},"
                + " {\"span\": [20, 30], \"labels\": []}]");
        AntExamples.Labels l = new AntExamples.Labels(sentences);
        assertTrue(l.reports(3, "ASSAULT"));
        assertFalse(l.reports(3, "PROTEST"));
        assertFalse(l.reports(12, "ASSAULT"), "background is not a reported event");
        assertTrue(l.reports(12, "ACCUSE"));
        assertFalse(l.reports(25, "ASSAULT"));
        assertFalse(l.reports(99, "ASSAULT"), "outside every sentence");
    }

    @Test
    void aTriggerIsFoundInTheFileThroughItsSentence() {
        String file = "<DOC><TEXT>\nمقدمة. قصفت الطائرات القرية أمس.\n</TEXT></DOC>";
        String page = "عنوان\n\nمقدمة. قصفت الطائرات القرية أمس.";
        int ss = page.indexOf("قصفت");
        var e = new org.marsad.model.Event("e", "d", 0, org.marsad.model.EventType.ASSAULT, null, null, null, null,
                org.marsad.model.EventStatus.OCCURRED, null, null, new org.marsad.model.Trigger("الطائرات", ss + 5, ss + 13),
                null, null, null, new org.marsad.model.Span(ss, page.length()), null, null, 1);
        assertEquals(file.indexOf("الطائرات"), AntExamples.fileOffset(e, page, file));
    }
}
