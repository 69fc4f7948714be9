package org.marsad.core.segment;

/** The role of a block of lines inside an article. Only body (and dek) text yields events. */
public enum BlockKind {
    HEADLINE, DEK, CAPTION, BODY, BYLINE, CHROME
}
