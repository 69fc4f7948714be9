package org.marsad.core.geo;

import java.util.List;

/**
 * A locative phrase over tokens {@code [first, end)}: its names from the finest to the largest, as Arabic writes
 * them ("قرية الترنبة غرب مدينة سراقب بريف إدلب"). {@code first} is the first cue or name, a bare preposition
 * (في) left out.
 */
record PlacePhrase(int first, int end, List<PhrasePart> parts) {
    PlacePhrase {
        parts = List.copyOf(parts);
        if (parts.isEmpty() || first > end) {
            throw new IllegalArgumentException("a phrase needs a part and first <= end");
        }
    }
}
