package org.marsad.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The stored pages' doc_ids as 64-bit hashes in an open-addressing table, so that "which of these pages are stored
 * already?" asks DuckDB only about the ids whose hash the table holds (none, for pages new to the store, save a
 * rare collision): an id whose hash is absent is certainly not stored. Filled from the pages table once, then kept
 * up to date by the store as batches commit. Not thread-safe: the store guards it.
 */
final class StoredIds {
    private long[] slots;
    private boolean hasZero;
    private int size;

    StoredIds() {
        slots = new long[1 << 10];
    }

    /** A doc_id's 64-bit hash (FNV-1a over its chars, then mixed); never mind collisions, they only cost a query. */
    static long hash(String docId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < docId.length(); i++) {
            h ^= docId.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    void add(String docId) {
        addHash(hash(docId));
    }

    void addHash(long h) {
        if (h == 0) {
            if (!hasZero) {
                hasZero = true;
                size++;
            }
            return;
        }
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (put(slots, h)) {
            size++;
        }
    }

    private static boolean put(long[] table, long h) {
        int mask = table.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (table[i] == h) {
                return false;
            }
            if (table[i] == 0) {
                table[i] = h;
                return true;
            }
        }
    }

    private void grow() {
        long[] bigger = new long[slots.length * 2];
        for (long h : slots) {
            if (h != 0) {
                put(bigger, h);
            }
        }
        slots = bigger;
    }

    /** Whether a page with this doc_id may be stored (false: it certainly is not). */
    boolean mayHold(String docId) {
        long h = hash(docId);
        if (h == 0) {
            return hasZero;
        }
        int mask = slots.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (slots[i] == h) {
                return true;
            }
            if (slots[i] == 0) {
                return false;
            }
        }
    }

    /** Those of the ids that may be stored, in their order. */
    List<String> candidates(Collection<String> docIds) {
        List<String> out = new ArrayList<>();
        for (String id : docIds) {
            if (mayHold(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** How many distinct hashes are held. */
    int size() {
        return size;
    }
}
