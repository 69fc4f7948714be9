package org.marsad.model;

/**
 * An actor or recipient: its surface text and span, and its CAMEO-style code
 * (country alpha-3 + sector, or an organisation code). Unknown parts are null.
 */
public record Entity(String text, int start, int end, String code, String country, String sector, String nameEn) {
    public Span span() {
        return new Span(start, end);
    }
}
