package org.marsad.core.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The countries an article has placed things in so far, with how often: "طرابلس" after "بنغازي" is the Libyan
 * city. Immutable: {@link #with(List)} returns a new context.
 */
public record ArticleGeoContext(Map<String, Integer> countries) {
    public static final ArticleGeoContext EMPTY = new ArticleGeoContext(Map.of());

    public ArticleGeoContext {
        countries = Map.copyOf(countries);
    }

    /** This context plus the countries of {@code mentions}. */
    public ArticleGeoContext with(List<PlaceMention> mentions) {
        if (mentions.isEmpty()) {
            return this;
        }
        Map<String, Integer> next = new HashMap<>(countries);
        for (PlaceMention m : mentions) {
            String cc = m.location().countryCode();
            if (cc != null) {
                next.merge(cc, 1, Integer::sum);
            }
        }
        return new ArticleGeoContext(next);
    }

    /** This context plus one place in each of {@code countryCodes}. */
    ArticleGeoContext withCountries(List<String> countryCodes) {
        if (countryCodes.isEmpty()) {
            return this;
        }
        Map<String, Integer> next = new HashMap<>(countries);
        for (String cc : countryCodes) {
            next.merge(cc, 1, Integer::sum);
        }
        return new ArticleGeoContext(next);
    }

    /** How many places of the article so far lie in {@code countryCode}. */
    public int count(String countryCode) {
        return countries.getOrDefault(countryCode, 0);
    }
}
