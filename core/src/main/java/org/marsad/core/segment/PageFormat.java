package org.marsad.core.segment;

/** The kind of input a page was read from. */
public enum PageFormat {
    /** Text as copied from a web page (headline, captions, chrome, teasers all inline). */
    SCRAPED_TEXT,
    /** An ANT corpus {@code <DOC>} record. */
    ANT_DOC,
    /** A JSON Lines record with {@code text}, {@code title}, {@code url}, {@code published}. */
    JSONL,
    /** An HTML page, after main-content extraction. */
    HTML
}
