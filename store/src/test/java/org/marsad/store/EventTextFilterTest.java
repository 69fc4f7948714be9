package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Event;
import org.marsad.store.search.EventIndex;

class EventTextFilterTest {
    @TempDir
    Path dir;

    private static EventQuery text(String type, String text, int limit, int offset) {
        return new EventQuery(type, null, null, null, null, null, text, limit, offset);
    }

    @Test
    void theTextFilterMatchesWordsWhateverTheSpellingOrClitics() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 4; i++) {
                s.store(Fixtures.page(i));
            }
            assertEquals(8, s.count(text(null, "القوات التركيه", 100, 0)), "teh marbuta written as heh");
            assertEquals(8, s.count(text(null, "مدينة", 100, 0)), "the article al- is not needed");
            assertEquals(4, s.count(text("PROTEST", "قرية", 100, 0)), "text and type together");
            assertEquals(0, s.count(text(null, "طائرات", 100, 0)));
            assertEquals(0, s.count(text(null, "\"قرية القوات\"", 100, 0)), "a phrase keeps its order");
        }
    }

    @Test
    void aTextFilteredListIsOrderedAndPagedLikeTheOthers() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 6; i++) {
                s.store(Fixtures.page(i));
            }
            List<Event> all = s.events(text("ASSAULT", "قصفت", 100, 0));
            List<Event> noText = s.events(new EventQuery("ASSAULT", null, null, null, null, null, null, 100, 0));
            assertEquals(noText.stream().map(Event::id).toList(), all.stream().map(Event::id).toList(),
                    "newest day first, then by id, as without text");
            assertEquals(all.subList(2, 4), s.events(text("ASSAULT", "قصفت", 2, 2)));
            assertThrows(IllegalArgumentException.class, () -> s.events(text(null, "قصفت", 10, EventIndex.MAX_WINDOW)));
        }
    }

    @Test
    void countsByAColumnWithTextAgreeWithTheList() {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.store(Fixtures.page(i));
            }
            assertEquals(Map.of("ASSAULT", 3L, "PROTEST", 3L), s.countBy(Dimension.TYPE, text(null, "المدينة", 100, 0)));
            assertEquals(List.of("2024-11-01", "2024-11-02", "2024-11-03"),
                    List.copyOf(s.countBy(Dimension.DAY, text(null, "المدينة", 100, 0)).keySet()), "days in order");
            assertEquals(Map.of("SY", 3L), s.countBy(Dimension.COUNTRY, text(null, "قصفت", 100, 0)));
        }
    }

    @Test
    void aDeletedEventIndexIsRebuiltOnOpen() throws IOException {
        try (EventStore s = EventStore.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.store(Fixtures.page(i));
            }
        }
        try (Stream<Path> files = Files.walk(dir.resolve(EventIndex.FOLDER))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (EventStore s = EventStore.open(dir)) {
            assertEquals(6, s.count(text(null, "المدينة", 100, 0)));
            s.store(Fixtures.page(3));
            assertEquals(8, s.count(text(null, "المدينة", 100, 0)), "new pages are indexed as they are stored");
        }
    }
}
