package org.marsad.spark;

import java.io.Serializable;
import java.util.List;

/**
 * One text's fingerprint, shipped from the executor that coded its page ({@link org.marsad.core.dedup.NearDuplicates
 * #print}): a page ({@code kind} {@code p}, id {@code p:DOC}) or the sentence of one of its events ({@code s},
 * id {@code s:DOC|START|END}, with its page's id), as the store's source groups name them.
 */
record SourcePrint(String id, String kind, String page, long[] shingles, List<String> bands) implements Serializable {
    SourcePrint {
        bands = List.copyOf(bands);
    }
}
