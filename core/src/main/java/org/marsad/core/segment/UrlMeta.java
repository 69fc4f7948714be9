package org.marsad.core.segment;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page's URL tells: the outlet (its host without {@code www.}) and a publication date in its path. */
final class UrlMeta {
    /** {@code /2023/02/26/}, {@code /2023-02-26/}, {@code /20230226-} (France 24 style). */
    private static final Pattern SLASHED = Pattern.compile("/((?:19|20)\\d\\d)/(\\d{1,2})/(\\d{1,2})(?:/|$|[-_])");
    private static final Pattern DASHED = Pattern.compile("/((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?:/|$|[-_])");
    private static final Pattern COMPACT = Pattern.compile("/((?:19|20)\\d\\d)(\\d\\d)(\\d\\d)(?:/|$|[-_])");

    private UrlMeta() {
    }

    /** The host without {@code www.}, lower-case, or null when the URL has none. */
    static String outlet(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            host = hostByHand(url.strip());
        }
        if (host == null || host.isEmpty()) {
            host = hostByHand(url.strip());
        }
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String hostByHand(String url) {
        int scheme = url.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        int start = scheme + 3;
        int end = start;
        while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end > start ? url.substring(start, end) : null;
    }

    /** A date written in the URL's path, or null. */
    static LocalDate date(String url) {
        if (url == null) {
            return null;
        }
        for (Pattern p : new Pattern[] {SLASHED, DASHED, COMPACT}) {
            Matcher m = p.matcher(url);
            while (m.find()) {
                LocalDate d = dateOf(m.group(1), m.group(2), m.group(3));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static LocalDate dateOf(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
