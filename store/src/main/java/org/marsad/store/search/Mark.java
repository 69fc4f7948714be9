package org.marsad.store.search;

/** A matched word inside a snippet: half-open UTF-16 offsets into the snippet text. */
public record Mark(int start, int end) {
    public Mark {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
        }
    }
}
