package org.marsad.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredTest {
    @Test
    void theListIsWorkedOutOnItsFirstReadAndOnlyOnce() {
        AtomicInteger calls = new AtomicInteger();
        Deferred<String> d = new Deferred<>(() -> {
            calls.incrementAndGet();
            return List.of("أمس", "الخميس");
        });
        assertFalse(d.computed());
        assertEquals(0, calls.get(), "made, not read: nothing is worked out");
        assertEquals(2, d.size());
        assertEquals("الخميس", d.get(1));
        assertEquals(List.of("أمس", "الخميس"), d);
        assertFalse(d.isEmpty());
        assertTrue(d.computed());
        assertEquals(1, calls.get(), "read four times, worked out once");
    }

    @Test
    void anEmptyListIsWorkedOutOnceTooAndTheListCannotBeChanged() {
        AtomicInteger calls = new AtomicInteger();
        Deferred<String> d = new Deferred<>(() -> {
            calls.incrementAndGet();
            return List.of();
        });
        assertTrue(d.isEmpty());
        assertTrue(d.isEmpty());
        assertEquals(1, calls.get());
        assertThrows(UnsupportedOperationException.class, () -> d.add("x"));
        assertThrows(NullPointerException.class, () -> new Deferred<String>(() -> null).size());
    }
}
