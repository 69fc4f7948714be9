package org.marsad.model;

/**
 * An actor or recipient: its surface text and span, and its CAMEO-style code
 * (country alpha-3 + sector, or an organisation code). Unknown parts are null.
 * {@code countryInferred} is true when the text names no country for this side and the country was taken from
 * the event's place or the article around it ("الجيش" in a report from Idlib: SYR, as ACLED codes it); a
 * reader that wants only what the sentence states (the GSR's convention) treats such a country as unknown.
 */
public record Entity(String text, int start, int end, String code, String country, Sector sector, String nameEn,
                     boolean countryInferred) {

    /** A side whose country, if any, is stated by the text. */
    public Entity(String text, int start, int end, String code, String country, Sector sector, String nameEn) {
        this(text, start, end, code, country, sector, nameEn, false);
    }

    /** The country the text itself states for this side; null when it states none. */
    public String statedCountry() {
        return countryInferred ? null : country;
    }
    public Span span() {
        return new Span(start, end);
    }
}
