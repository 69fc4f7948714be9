package org.marsad.eval.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.export.EventJson;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Sector;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

class RecordValidatorTest {
    private static final String PAGE = "قصفت القوات التركية قرية صغيرة.";
    private final RecordValidator validator = new RecordValidator();

    private static Event event(Trigger trigger, Entity actor) {
        return new Event("e-1", "d-1", 0, EventType.ASSAULT, null, List.of(), "195", 4, EventStatus.OCCURRED, actor,
                null, trigger, null, null, null, new Span(0, PAGE.length()), null, "ASSAULT/test", 0.7);
    }

    @Test
    void aRecordWhoseSpansMatchThePageIsValid() {
        Event e = event(new Trigger("قصفت", 0, 4), new Entity("القوات التركية", 5, 19, "TURMIL", "TUR", Sector.MIL, null));
        assertEquals(List.of(), validator.validate(EventJson.toJson(e), PAGE));
    }

    @Test
    void aTriggerOffByOneIsCaught() {
        // "قصفت" is [0,4); [1,5) would be "صفت " — the offsets must give back the surface text exactly
        Event e = event(new Trigger("قصفت", 1, 5), null);
        assertTrue(validator.validate(EventJson.toJson(e), PAGE).contains("trigger.text differs from the page at [1,5)"));
    }

    @Test
    void missingKeysAndBadJsonAreReported() {
        assertEquals(List.of("missing key schema"), validator.validate(EventJson.toJson(
                event(new Trigger("قصفت", 0, 4), null)).replace("\"schema\"", "\"schemo\""), PAGE).subList(0, 1));
        assertTrue(validator.validate("{", PAGE).get(0).startsWith("not JSON"));
    }

    @Test
    void aLowercaseActorCodeIsRefused() {
        Event e = event(new Trigger("قصفت", 0, 4), new Entity("القوات التركية", 5, 19, "turmil", "TUR", Sector.MIL, null));
        assertTrue(validator.validate(EventJson.toJson(e), PAGE).get(0).startsWith("actor.code"));
    }
}
