package org.marsad.model;

/** Where the page came from, its publication date, and whom the article attributes the report to. */
public record Source(String url, String outlet, String published, String attributedTo) {
}
