package org.marsad.core.segment;

/** What a line looks like on its own, before its place on the page decides its block kind. */
enum LineKind {
    /** Page furniture: widgets, section labels, menu items, datelines, lines without letters. */
    CHROME,
    /** Opens a block of related-article teasers ("مقالات ذات صلة"). */
    MARKER,
    /** A photo caption: ends with a parenthesised credit, or is repeated on the next line. */
    CAPTION,
    /** A byline or dateline: "name (city)", "«outlet» (city)", "city - outlet". */
    BYLINE,
    /** A paragraph: sentences. */
    BODY,
    /** A short line that is not a sentence: a headline, a dek, a crosshead or a caption without credit. */
    TITLE
}
