package org.marsad.store.search;

import java.util.Objects;

/**
 * One article as it is indexed: the page's doc_id, the article index, its headline and body text, the page's
 * publication day (ISO, or null), outlet and url (null when unknown) and how many events were coded in it. A body
 * that begins with the headline is kept without it, so snippets do not repeat the headline.
 */
public record ArticleDoc(String docId, int article, String headline, String body, String published, String outlet,
        String url, int events) {
    public ArticleDoc {
        Objects.requireNonNull(docId, "docId");
        if (article < 0 || events < 0) {
            throw new IllegalArgumentException("article and events must not be negative");
        }
        headline = headline == null ? "" : headline;
        body = body == null ? "" : body;
        if (!headline.isBlank() && body.startsWith(headline)) {
            body = body.substring(headline.length()).stripLeading();
        }
    }
}
