package org.marsad.store;

/** A stored page: its id, where it came from, its metadata and the text every offset points into. */
public record StoredPage(String docId, String origin, String url, String outlet, String published, String title,
                         String text) {
}
