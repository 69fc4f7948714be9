package org.marsad.core.entity;

/**
 * A CAMEO-style actor code split into its parts. {@code country} is ISO 3166 alpha-3, a CAMEO pseudo-country
 * ({@code IGO} intergovernmental organisation, {@code IMG} international militant group, {@code NGO}) or null
 * for an agent without a country; {@code sector} (GOV, MIL, REB, CVL, ...) is null when the code names only a
 * country or an organisation. {@code source} marks a report source (news agency, monitor, "sources"): the event
 * coder uses it as {@code attributed_to}, never as actor or recipient.
 */
public record ActorCode(String code, String country, String sector, String nameEn, boolean source) {
    public ActorCode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("actor code must not be blank");
        }
    }

    /** An actor that is not a report source. */
    public ActorCode(String code, String country, String sector, String nameEn) {
        this(code, country, sector, nameEn, false);
    }

    /** This agent (or organisation) given the country of {@code modifier}: جنود + سوريين → SYRMIL. */
    ActorCode withCountryOf(ActorCode modifier) {
        String name = modifier.nameEn == null ? nameEn : nameEn == null ? modifier.nameEn : modifier.nameEn + " " + nameEn;
        return new ActorCode(modifier.code + code, modifier.country, sector, name, source || modifier.source);
    }
}
