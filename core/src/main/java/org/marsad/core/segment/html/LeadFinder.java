package org.marsad.core.segment.html;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the article's lead (dek, standfirst) when it sits outside the main-content containers, usually between
 * the headline and the body: the paragraph, or block of text alone, that repeats the page's own description
 * ({@code og:description}, {@code description}), or a short block whose class names a lead ("lead", "leader",
 * "intro", "preface", "teaser-text", "standfirst", "summary"...). Only paragraphs and leaf blocks are read, so the
 * search is linear in the page.
 */
final class LeadFinder {
    /** Shortest and longest lead, in characters. */
    static final int MIN = 40;
    static final int MAX = 700;
    private static final Pattern LEAD = Pattern.compile(
            "\\b(?:lead|leader|lede|intro|standfirst|dek|summary|excerpt|teaser ?text|sub ?title|subheadline|abstract|"
            + "preface)\\b");

    private LeadFinder() {
    }

    /**
     * The lead's text, or null when there is none or it is already inside a container. {@code description}
     * (may be null) is the page's meta description.
     */
    static String find(Element body, List<Element> containers, String description) {
        return find(body, containers, description, TextMeasure.of(body));
    }

    /** As above, each element's text read from {@code text}, the measure of {@code body}. */
    static String find(Element body, List<Element> containers, String description, TextMeasure text) {
        String prefix = prefix(description);
        for (Element e : body.select("p, h2, div, span, header, section")) {
            // a paragraph, or a block of text alone (its children inline or paragraphs), repeating the description
            boolean paragraph = !e.normalName().equals("span");
            boolean named = LEAD.matcher(Boilerplate.words(e.className() + " " + e.id())).find();
            if (!paragraph && !named || !isLeaf(e)) {
                continue;
            }
            if (text.length(e) < MIN || text.length(e) > MAX) {
                continue;
            }
            String own = text.text(e).strip();
            if (own.length() < MIN) {
                continue;
            }
            if (named || prefix != null && normalise(own).startsWith(prefix)) {
                return insideAny(e, containers) ? null : own;
            }
        }
        return null;
    }

    private static String prefix(String description) {
        if (description == null) {
            return null;
        }
        String d = normalise(description);
        return d.length() < MIN ? null : d.substring(0, Math.min(d.length(), 60));
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** Paragraphs, or blocks whose children are all inline or paragraphs. */
    private static boolean isLeaf(Element e) {
        if (e.normalName().equals("p")) {
            return true;
        }
        for (Element c : e.children()) {
            String t = c.normalName();
            if (!t.equals("p") && !t.equals("a") && !t.equals("strong") && !t.equals("b") && !t.equals("em")
                    && !t.equals("i") && !t.equals("span") && !t.equals("br")) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideAny(Element e, List<Element> containers) {
        for (Element c : containers) {
            for (Element a = e; a != null; a = a.parent()) {
                if (a == c) {
                    return true;
                }
            }
            for (Element a = c; a != null; a = a.parent()) {
                if (a == e) {
                    return true;
                }
            }
        }
        return false;
    }
}
