package org.marsad.eval.articles;

import java.util.List;

/** Parses small gold JSON written inside the tests. */
final class Gold {
    private Gold() {
    }

    static GoldPage page(String json) {
        try {
            return new GoldReader().parse(json, "test.gold.json");
        } catch (GoldFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    /** The events of a one-article gold whose article holds {@code eventsJson} (a JSON list). */
    static List<GoldEvent> events(String eventsJson) {
        return page("{\"page\":\"p.txt\",\"articles\":[{\"headline\":\"عنوان\",\"published\":\"2025-03-10\","
                + "\"events\":" + eventsJson + "}]}").articles().get(0).events();
    }

    static GoldEvent event(String eventJson) {
        return events("[" + eventJson + "]").get(0);
    }
}
