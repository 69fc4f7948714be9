package org.marsad.core.geo;

import java.util.AbstractList;
import java.util.List;
import java.util.Map;

/**
 * The countries an article has placed things in so far, with how often: "طرابلس" after "بنغازي" is the Libyan
 * city. Immutable: {@link #with(List)} returns a new context. The counts are held as {@link CountryCounts}, which
 * an article extends after nearly every sentence without hashing or copying a hash map.
 */
public record ArticleGeoContext(Map<String, Integer> countries) {
    public static final ArticleGeoContext EMPTY = new ArticleGeoContext(Map.of());

    public ArticleGeoContext {
        countries = CountryCounts.copyOf(countries);
    }

    /** This context plus the countries of {@code mentions}. */
    public ArticleGeoContext with(List<PlaceMention> mentions) {
        if (mentions.isEmpty()) {
            return this;
        }
        return of(counts().plus(new AbstractList<String>() {
            @Override
            public String get(int i) {
                return mentions.get(i).location().countryCode();
            }

            @Override
            public int size() {
                return mentions.size();
            }
        }));
    }

    /** This context plus one place in each of {@code countryCodes}. */
    ArticleGeoContext withCountries(List<String> countryCodes) {
        return of(counts().plus(countryCodes));
    }

    /** How many places of the article so far lie in {@code countryCode}. */
    public int count(String countryCode) {
        return counts().count(countryCode);
    }

    private CountryCounts counts() {
        return (CountryCounts) countries;
    }

    private ArticleGeoContext of(CountryCounts counts) {
        return counts == countries ? this : new ArticleGeoContext(counts);
    }
}
