package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoredIdsTest {
    @Test
    void everyAddedIdMayBeHeldAndMostOthersCertainlyAreNot() {
        StoredIds ids = new StoredIds();
        List<String> added = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) { // past several doublings of the table
            String id = "sha-" + Integer.toHexString(i * 7919);
            ids.add(id);
            added.add(id);
        }
        assertEquals(50_000, ids.size());
        for (String id : added) {
            assertTrue(ids.mayHold(id), id);
        }
        int wrong = 0;
        for (int i = 0; i < 50_000; i++) {
            if (ids.mayHold("other-" + i)) {
                wrong++;
            }
        }
        assertEquals(0, wrong, "64-bit hashes: no collision expected among 50,000");
        ids.add(added.get(0));
        assertEquals(50_000, ids.size(), "an id added twice is held once");
    }

    @Test
    void candidatesAreTheIdsThatMayBeHeldInTheirOrder() {
        StoredIds ids = new StoredIds();
        ids.add("b");
        ids.add("d");
        assertEquals(List.of("d", "b"), ids.candidates(List.of("a", "d", "c", "b")));
        assertEquals(List.of(), new StoredIds().candidates(List.of("a")));
    }

    @Test
    void theZeroHashIsHeldApartFromTheEmptySlots() {
        StoredIds ids = new StoredIds();
        assertFalse(ids.mayHold("x"));
        ids.addHash(0);
        ids.addHash(0);
        assertEquals(1, ids.size());
        ids.addHash(StoredIds.hash("x"));
        assertTrue(ids.mayHold("x"));
        assertEquals(2, ids.size());
    }
}
