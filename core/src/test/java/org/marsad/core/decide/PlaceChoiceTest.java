package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * The place choice: the rules find and resolve the places of a sentence, a model decides which is the event's, or,
 * for a verbal event, none. Its mechanism with models whose weights are set by hand, then the shipped model.
 */
class PlaceChoiceTest {
    private static final Pipeline SHIPPED = Pipeline.standard();
    private static final String CALL = "ودعا وزير الخارجية الفرنسي في باريس إلى وقف القتال في مدينة الحديدة اليمنية.";
    private static final String STRIKE = "قصفت طائرات حربية مواقع في بلدة كفرنبل بريف إدلب مساء الأحد.";

    private static List<Event> events(Pipeline p, String body, EventType type) {
        String text = "أخبار اليوم\n\n" + body + "\n";
        Page page = Page.of("places.txt", PageFormat.SCRAPED_TEXT, text,
                new PageMeta(null, null, LocalDate.of(2025, 3, 4), null, null));
        return p.process(page).events().stream().filter(e -> e.type() == type).toList();
    }

    private static PlaceChoice favouring(String kind, String value) {
        int bits = 12;
        float[] w = new float[(1 << bits) + 1];
        w[(FeatureHash.hash(kind, value) & ((1 << bits) - 1)) + 1] = 10f;
        return new PlaceChoice(new LinearModel(bits, w, 0f, 0.5f));
    }

    @Test
    void theLikeliestPlaceIsTheEventsPlace() {
        Pipeline p = SHIPPED.withFields(favouring("prev", "REQUEST|في"));
        List<Event> out = events(p, CALL, EventType.REQUEST);
        assertEquals(1, out.size(), "in: " + out);
        assertNotNull(out.get(0).location(), "in: " + out);
        assertEquals("FR", out.get(0).location().countryCode(), "the place after a bare في: Paris, in " + out);
    }

    @Test
    void aVerbalEventMayHaveNoPlace() {
        List<Event> out = events(SHIPPED.withFields(favouring("nowhere", "REQUEST")), CALL, EventType.REQUEST);
        assertEquals(1, out.size(), "in: " + out);
        assertNull(out.get(0).location(), "in: " + out);
    }

    @Test
    void aMaterialEventAlwaysKeepsAPlaceItsSentenceNames() {
        List<Event> out = events(SHIPPED.withFields(favouring("nowhere", "ASSAULT")), STRIKE, EventType.ASSAULT);
        assertTrue(!out.isEmpty(), "in: " + out);
        assertTrue(out.stream().allMatch(e -> e.location() != null), "a strike happens somewhere: " + out);
    }

    /**
     * A material event whose sentence names only places the rules would not let place it (a country standing for its
     * government: "وقالت تركيا إن ...") may have none: the options then hold nowhere too.
     */
    @Test
    void aMaterialEventNamingNoPlaceTheRulesAllowMayHaveNone() {
        String said = "وقالت تركيا إن مسلحين هاجموا دورية للجيش وقتلوا جنديين.";
        List<Event> out = events(SHIPPED.withFields(favouring("nowhere", "ASSAULT")), said, EventType.ASSAULT);
        assertTrue(!out.isEmpty(), "in: " + out);
        assertTrue(out.stream().allMatch(e -> e.location() == null), "Turkey says, it is not the place: " + out);
        List<Event> placed = events(SHIPPED.withFields(favouring("placing", "ASSAULT|false")), said, EventType.ASSAULT);
        assertTrue(!placed.isEmpty() && placed.stream().allMatch(e -> e.location() != null
                && "TR".equals(e.location().countryCode())), "the option is there for a model to take: " + placed);
    }

    @Test
    void theShippedPipelineDecidesPlacesWithTheShippedModel() {
        assertNotNull(PlaceChoice.shipped(), "a place model ships");
        List<Event> out = events(SHIPPED, STRIKE, EventType.ASSAULT);
        assertTrue(!out.isEmpty() && out.get(0).location() != null, "in: " + out);
        assertEquals("SY", out.get(0).location().countryCode(), "in: " + out);
    }
}
