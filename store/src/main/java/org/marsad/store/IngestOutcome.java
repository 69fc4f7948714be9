package org.marsad.store;

/** What ingesting one page did. */
public enum IngestOutcome {
    /** The page, its articles and events are now in the store. */
    STORED,
    /** The same page (same doc_id) was already stored: nothing changed. */
    DUPLICATE,
    /** The page could not be stored (nothing of it is); the ingest log says why. */
    FAILED
}
