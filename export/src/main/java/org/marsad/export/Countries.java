package org.marsad.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country codes and names as the exports write them ({@code countries.tsv}: ISO alpha-2, alpha-3, numeric, FIPS 10-4,
 * English name, ACLED region). A country missing from the table still gets its alpha-3 code and English name from
 * the JDK's ISO 3166 list; its numeric code, FIPS code and region stay empty rather than guessed.
 */
public final class Countries {
    /** One country; {@code numeric} null when it has none, {@code fips} and {@code region} null when not in the table. */
    public record Country(String iso2, String iso3, Integer numeric, String fips, String name, String region) {
    }

    private static final Map<String, Country> BY_CODE = load();

    private Countries() {
    }

    private static Map<String, Country> load() {
        Map<String, Country> m = new HashMap<>();
        for (String[] r : Tsv.rows("countries.tsv", 6)) {
            int numeric = Integer.parseInt(r[2]);
            Country c = new Country(r[0], r[1], numeric == 0 ? null : numeric, r[3], r[4], r[5]);
            m.put(c.iso2(), c);
            m.put(c.iso3(), c);
        }
        return Map.copyOf(m);
    }

    /** The country of an ISO alpha-2 or alpha-3 code (either case); empty for null or an unknown code. */
    public static Optional<Country> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        Country known = BY_CODE.get(c);
        if (known != null) {
            return Optional.of(known);
        }
        String iso2 = c.length() == 2 ? c : alpha2(c);
        if (iso2 == null) {
            return Optional.empty();
        }
        Locale l = new Locale("", iso2);
        try {
            String name = l.getDisplayCountry(Locale.ENGLISH);
            String iso3 = l.getISO3Country();
            return name.isEmpty() || name.equals(iso2) || iso3.isEmpty() ? Optional.empty()
                    : Optional.of(new Country(iso2, iso3, null, null, name, null));
        } catch (java.util.MissingResourceException e) {
            return Optional.empty();
        }
    }

    private static String alpha2(String iso3) {
        for (String iso2 : Locale.getISOCountries()) {
            try {
                if (new Locale("", iso2).getISO3Country().equals(iso3)) {
                    return iso2;
                }
            } catch (java.util.MissingResourceException e) {
                // a code without an alpha-3: not this one
            }
        }
        return null;
    }
}
