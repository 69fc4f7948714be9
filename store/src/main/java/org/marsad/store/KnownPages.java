package org.marsad.store;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The store's memory of which pages it holds, for "already stored?": the stored doc_ids' hashes ({@link StoredIds}),
 * filled from the pages table at the first question and extended at each commit. Thread-safe: the reader's
 * look-ups and the storing thread's commits share it under one lock, so a batch committed after the fill's snapshot
 * adds its ids after the fill.
 */
final class KnownPages {
    private final Object lock = new Object();
    /** Null until first asked. */
    private StoredIds ids;

    /** Those of {@code docIds} that may be stored; the set is filled by {@code load} first if it is not kept yet. */
    List<String> candidates(Collection<String> docIds, Supplier<StoredIds> load) {
        synchronized (lock) {
            if (ids == null) {
                ids = load.get();
            }
            return ids.candidates(docIds);
        }
    }

    /** Those of {@code docIds} that may be stored, or all of them while the set is not kept. */
    Collection<String> candidatesOrAll(Collection<String> docIds) {
        synchronized (lock) {
            return ids == null ? docIds : ids.candidates(docIds);
        }
    }

    /** After a commit: these pages are stored (if the set is kept yet). */
    void added(Collection<String> docIds) {
        synchronized (lock) {
            if (ids != null) {
                docIds.forEach(ids::add);
            }
        }
    }

    /** Whether the set is kept (filled by a first question). */
    boolean kept() {
        synchronized (lock) {
            return ids != null;
        }
    }
}
