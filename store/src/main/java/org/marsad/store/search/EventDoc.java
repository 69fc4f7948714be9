package org.marsad.store.search;

import java.time.LocalDate;

/**
 * What the event index keeps of one stored event: its id, the filter and chart columns, the text of its
 * sentence (null parts are simply not indexed), and its JSON record (stored, so that a page of events is read
 * from the index alone).
 */
public record EventDoc(String id, LocalDate day, String type, String status, String actorCode, String actorCountry,
                       String recipientCode, String recipientCountry, String countryCode, String admin1,
                       String sentence, String record, EventPlace place) {
    public EventDoc {
        if (id == null || record == null) {
            throw new IllegalArgumentException("an indexed event needs its id and its record");
        }
    }
}
