package org.marsad.core.geo;

import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ISO-2 → ISO-3 country codes as the JDK's locales know them. Looked up once per code: a locale look-up (interning,
 * resource lookup) costs as much as the rest of an article's frame.
 */
public final class CountryCodes {
    private static final Map<String, String> ISO3 = new ConcurrentHashMap<>();

    private CountryCodes() {
    }

    /** The ISO-3 code of the ISO-2 code {@code cc}, "" when the JDK knows none. */
    public static String iso3(String cc) {
        return ISO3.computeIfAbsent(cc, CountryCodes::lookUp);
    }

    private static String lookUp(String cc) {
        try {
            return new Locale("", cc).getISO3Country();
        } catch (MissingResourceException ex) {
            return "";
        }
    }
}
