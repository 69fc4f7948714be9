package org.marsad.store.search;

import java.util.List;

/**
 * One matching article: where it is (doc_id, article index), its headline, a plain-text snippet of the body with
 * the matched words as {@link Mark}s into the snippet, the Lucene score, the events coded in the article and the
 * page's publication day, outlet and url (null when unknown).
 */
public record SearchHit(String docId, int article, String headline, String snippet, List<Mark> marks, float score,
        int events, String published, String outlet, String url) {
    public SearchHit {
        marks = List.copyOf(marks);
    }

    /** Writes this hit as one JSON object (the CLI's JSON Lines and the API's hits share it). */
    public void writeJson(com.fasterxml.jackson.core.JsonGenerator g) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("doc_id", docId);
        g.writeNumberField("article", article);
        g.writeStringField("headline", headline);
        g.writeStringField("snippet", snippet);
        g.writeArrayFieldStart("marks");
        for (Mark m : marks) {
            g.writeStartArray();
            g.writeNumber(m.start());
            g.writeNumber(m.end());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeNumberField("score", score);
        g.writeNumberField("events", events);
        g.writeStringField("published", published);
        g.writeStringField("outlet", outlet);
        g.writeStringField("url", url);
        g.writeEndObject();
    }
}
