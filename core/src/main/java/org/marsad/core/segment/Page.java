package org.marsad.core.segment;

import java.nio.charset.StandardCharsets;
import org.marsad.model.Event;

/**
 * One input page: {@code docId} is a hash of its bytes, {@code origin} says where it came from
 * (a path, with {@code #n} for the n-th record of a multi-record file), {@code text} is the extracted text
 * that every offset points into.
 */
public record Page(String docId, String origin, PageFormat format, String text, PageMeta meta) {
    public Page {
        if (text == null) {
            throw new IllegalArgumentException("a page needs text");
        }
        if (meta == null) {
            meta = PageMeta.NONE;
        }
    }

    /** A page of the given text with its id computed from the text's UTF-8 bytes. */
    public static Page of(String origin, PageFormat format, String text, PageMeta meta) {
        return new Page(docIdOf(text.getBytes(StandardCharsets.UTF_8)), origin, format, text, meta);
    }

    public static String docIdOf(byte[] bytes) {
        return "d-" + Event.hash(bytes, 10);
    }

    /** This page dated {@code published} when its own metadata gives no date (null leaves it as it is). */
    public Page datedIfUnknown(java.time.LocalDate published) {
        return published != null && meta.published() == null ? withMeta(meta.withPublished(published)) : this;
    }

    public Page withMeta(PageMeta newMeta) {
        return new Page(docId, origin, format, text, newMeta);
    }
}
