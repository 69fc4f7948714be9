package org.marsad.core.segment.html;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's metadata before any element is removed: title ({@code og:title}, the first {@code h1},
 * {@code <title>} with a trailing " | Site" cut), publication date ({@code article:published_time} and similar
 * meta tags, JSON-LD {@code datePublished}, {@code <time datetime>}, a date in the URL path), site name,
 * canonical URL and language.
 */
public final class HtmlMetadata {
    private static final Pattern ISO_DATE = Pattern.compile("((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)");
    private static final Pattern JSON_LD_DATE = Pattern.compile(
            "\"date(?:Published|Created)\"\\s*:\\s*\"((?:19|20)\\d\\d-\\d\\d-\\d\\d)");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](\\d{1,2})[/-](\\d{1,2})(?:/|$|[-_.])");
    private static final String[] DATE_METAS = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "sailthru.date",
        "parsely-pub-date", "article.published", "published_time"};

    private HtmlMetadata() {
    }

    /** The page's own metadata; {@code urlHint} (may be null) stands in when the page names no canonical URL. */
    static Meta read(Document doc, String urlHint) {
        java.util.Map<String, String> metas = metas(doc);
        String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(metas, "og:url"), urlHint);
        String site = meta(metas, "og:site_name");
        String lang = firstNonBlank(doc.selectFirst("html") == null ? null : doc.selectFirst("html").attr("lang"),
                meta(metas, "og:locale"));
        return new Meta(title(doc, metas, site), url, site, hostOf(url), published(doc, metas, url, urlHint),
                lang == null || lang.isBlank() ? null : lang,
                firstNonBlank(meta(metas, "og:description"), meta(metas, "description"), meta(metas, "twitter:description")));
    }

    /** What the metadata says; any part may be null. */
    record Meta(String title, String url, String siteName, String outlet, LocalDate published, String language,
            String description) {
    }

    static String title(Document doc, java.util.Map<String, String> metas, String site) {
        String og = clean(meta(metas, "og:title"));
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        String h1Text = h1 == null ? null : clean(h1.text());
        if (h1Text != null && h1Text.length() >= 10) {
            return h1Text;
        }
        Element t = doc.selectFirst("title");
        String title = t == null ? null : clean(t.text());
        if (title == null) {
            return h1Text;
        }
        for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: ", " « "}) {
            int at = title.lastIndexOf(sep);
            if (at >= 10) {
                return title.substring(0, at).strip();
            }
        }
        return title;
    }

    static LocalDate published(Document doc, java.util.Map<String, String> metas, String url, String urlHint) {
        for (String name : DATE_METAS) {
            LocalDate d = isoDate(meta(metas, name));
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = JSON_LD_DATE.matcher(script.data());
            if (m.find()) {
                LocalDate d = isoDate(m.group(1));
                if (d != null) {
                    return d;
                }
            }
        }
        for (Element time : doc.select("time[datetime], [itemprop=datePublished]")) {
            LocalDate d = isoDate(firstNonBlank(time.attr("datetime"), time.attr("content")));
            if (d != null) {
                return d;
            }
        }
        LocalDate fromUrl = urlDate(url);
        return fromUrl != null ? fromUrl : urlDate(urlHint);
    }

    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = dateOf(m.group(1), m.group(2), m.group(3));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    static LocalDate isoDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        return m.find() ? dateOf(m.group(1), m.group(2), m.group(3)) : null;
    }

    private static LocalDate dateOf(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public static String hostOf(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Every meta tag's content by its property, name or itemprop (lower case; the first of a name wins). */
    private static java.util.Map<String, String> metas(Document doc) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        for (Element e : doc.getElementsByTag("meta")) {
            String key = firstNonBlank(e.attr("property"), e.attr("name"), e.attr("itemprop"));
            if (key != null && !e.attr("content").isBlank()) {
                out.putIfAbsent(key.toLowerCase(Locale.ROOT), e.attr("content").strip());
            }
        }
        return out;
    }

    private static String meta(java.util.Map<String, String> metas, String name) {
        return metas.get(name.toLowerCase(Locale.ROOT));
    }

    private static String attr(Document doc, String css, String attr) {
        Element e = doc.selectFirst(css);
        return e == null || e.attr(attr).isBlank() ? null : e.attr(attr).strip();
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
