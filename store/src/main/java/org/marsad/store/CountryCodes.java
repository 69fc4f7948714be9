package org.marsad.store;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * ISO 3166 country codes both ways (from the JDK's table). Records code a place's country in ISO-2
 * ({@code location.country_code}: SY) and an actor's in ISO-3 ({@code actor.country}: SYR, as CAMEO does); a country
 * filter takes either and means the same country on both sides.
 */
public final class CountryCodes {
    private static final Map<String, String> TO_ISO3 = new HashMap<>();
    private static final Map<String, String> TO_ISO2 = new HashMap<>();

    static {
        for (String two : Locale.getISOCountries()) {
            String three = new Locale("", two).getISO3Country();
            TO_ISO3.put(two, three);
            TO_ISO2.put(three, two);
        }
    }

    private CountryCodes() {
    }

    /** The ISO-2 and ISO-3 codes of {@code code} (either, any case), or empty when it is not a country code. */
    public static Optional<String[]> both(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.toUpperCase(Locale.ROOT);
        if (TO_ISO3.containsKey(c)) {
            return Optional.of(new String[] {c, TO_ISO3.get(c)});
        }
        if (TO_ISO2.containsKey(c)) {
            return Optional.of(new String[] {TO_ISO2.get(c), c});
        }
        return Optional.empty();
    }
}
