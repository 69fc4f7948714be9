package org.marsad.core.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.model.Event;
import org.marsad.model.EventType;

/**
 * Issue 16, "roles": Arabic leaves a known subject unsaid, so a clause that names no actor continues the article's
 * subject; the actor keeps the span of the words that named it.
 */
class CarriedSubjectTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static List<Event> events(String body) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("subject.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));
        return PIPELINE.process(page).events();
    }

    private static Event first(List<Event> events, EventType type) {
        return events.stream().filter(e -> e.type() == type).findFirst().orElse(null);
    }

    @Test
    void aStatementWithoutItsSpeakerContinuesTheLastOne() {
        String body = "اتهم وزير الخارجية الإيراني الولايات المتحدة بتأجيج التوتر في المنطقة.\n\n"
                + "وطالب بوقف المناورات العسكرية قرب السواحل فورا.";
        List<Event> out = events(body);
        Event request = first(out, EventType.REQUEST);
        assertNotNull(request, "a request in: " + out);
        assertNotNull(request.actor(), "the request has the minister as its actor: " + out);
        assertEquals("IRN", request.actor().country(), "in: " + out);
        String text = "أخبار اليوم\n\n" + body + "\n";
        assertTrue(request.actor().end() <= text.indexOf("وطالب"), "the actor's span is where it was named: " + request);
        assertEquals(text.substring(request.actor().start(), request.actor().end()), request.actor().text());
    }

    @Test
    void theSubjectIsNotCarriedOntoItsOwnVictim() {
        List<Event> out = events("قصفت القوات التركية قرى في ريف حلب الشمالي مساء الأحد.\n\n"
                + "وقتل ثلاثة جنود أتراك في هجوم على دورية قرب الحدود.");
        List<Event> attacks = out.stream().filter(e -> e.type() == EventType.ASSAULT).toList();
        assertTrue(attacks.size() >= 1, "attacks in: " + out);
        for (Event e : attacks) {
            if (e.recipient() != null && e.actor() != null) {
                assertTrue(!e.recipient().code().equals(e.actor().code()), "no side attacks itself: " + e);
            }
        }
    }

    @Test
    void anActorNamedInTheClauseIsKept() {
        List<Event> out = events("اتهم وزير الخارجية الإيراني الولايات المتحدة بتأجيج التوتر.\n\n"
                + "وطالبت الحكومة العراقية بضبط النفس.");
        Event request = first(out, EventType.REQUEST);
        assertNotNull(request, "a request in: " + out);
        assertEquals("IRQ", request.actor() == null ? null : request.actor().country(), "in: " + out);
    }
}
