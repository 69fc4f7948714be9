package org.marsad.core.segment.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main-content container the way Readability does: every text block (paragraph, cell, leaf div)
 * of 25 characters or more scores {@code 1 + commas + min(length / 100, 3)} (the Arabic comma counts), given
 * in full to its parent, half to its grandparent and a sixth to the next ancestor; a container's score is then
 * cut by its link density. The best container is kept with those siblings that score near it or are plain
 * prose paragraphs. Text and link lengths are summed in one bottom-up pass, and a block's text is read from one
 * {@link TextMeasure} of the body, so the work is linear in the page whatever its nesting depth.
 */
final class ContentScorer {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "td", "th", "li",
            "ul", "ol", "dl", "dd", "dt", "pre", "blockquote", "table", "tr", "tbody", "h1", "h2", "h3", "h4", "h5",
            "h6", "figure", "figcaption", "center", "header", "footer", "form", "address");
    private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "li", "div", "section", "dd");
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|main|page|post|text|blog|story|detail", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "hidden|combx|comment|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|related|scroll|"
            + "share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser", Pattern.CASE_INSENSITIVE);

    /** How far above the best container a wrapper with like-named parts is looked for. */
    static final int LIKE_NAMED_LEVELS = 6;

    /** Characters of paragraph text that keep a sibling of the best container whatever its score or name. */
    static final int SIBLING_PROSE = 200;

    /** Characters of text a container needs for its full class-name bonus. */
    static final int FULL_BONUS = 500;

    private static final Set<String> SIBLING_BLOCKS = Set.of("h2", "h3", "h4", "blockquote", "figure", "ul", "ol");

    private final Map<Element, int[]> lengths = new IdentityHashMap<>();
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    private final TextMeasure text;

    /** {@code text}: the measure of the body {@link #select} is given, taken after boilerplate removal. */
    ContentScorer(TextMeasure text) {
        this.text = text;
    }

    /** The containers that hold the main content, in document order; empty when the body has no text. */
    List<Element> select(Element body) {
        List<Element> all = body.getAllElements();
        measure(all);
        for (Element e : all) {
            if (SCORED.contains(e.normalName())) {
                if (isTextBlock(e) && !e.normalName().equals("p") && breaks(e) >= 2) {
                    // bare text split by <br>: the block is itself the article's container
                    spreadFrom(e, text.length(e), text.commas(e));
                } else if (isTextBlock(e)) {
                    spread(e, text.length(e), text.commas(e));
                } else {
                    spreadLooseText(e);
                }
            }
        }
        Element top = null;
        double best = 0;
        // in document order, so that of two equal scores the first wins whatever the identity hashes
        for (Element e : all) {
            Double raw = scores.get(e);
            if (raw == null) {
                continue;
            }
            double s = raw * (1 - linkDensity(e));
            scores.put(e, s);
            if (s > best) {
                best = s;
                top = e;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        top = climb(top, best, body, all);
        double topScore = scores.getOrDefault(top, best);
        // a wrapper that holds nothing but the best container stands for it among its siblings (Readability)
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        // an article cut into parts that share a wrapper's class ("paragraph-wrapper" after "paragraph-wrapper"):
        // the part that scored best stands for the wrapper, whose like-named siblings are kept below; a page
        // builder nests each row's text five levels deep, and past three levels two such siblings are needed
        // (one alone may be a layout grid's other "row")
        Element a = top;
        for (int level = 0; level < LIKE_NAMED_LEVELS && a.parent() != null && a.parent() != body; level++, a = a.parent()) {
            if (likeNamedProse(a) >= (level < 3 ? 1 : 2)) {
                top = a;
                break;
            }
        }
        return withSiblings(top, topScore);
    }

    /** Siblings of the same tag and (non-empty) class as {@code e} that hold prose, not links: parts of one text. */
    private int likeNamedProse(Element e) {
        if (e.className().isEmpty() || e.parent() == null) {
            return 0;
        }
        int n = 0;
        for (Element sib : e.parent().children()) {
            if (sib != e && likeNamedProse(sib, e)) {
                n++;
            }
        }
        return n;
    }

    private boolean likeNamedProse(Element sib, Element top) {
        return !top.className().isEmpty() && sib.normalName().equals(top.normalName())
                && sib.className().equals(top.className()) && textLength(sib) >= 25 && linkDensity(sib) < 0.3;
    }

    /**
     * Readability's two climbs: when three or more other containers score near the best one, their nearest
     * common ancestor with it is the content; otherwise a parent that scores higher than its child wins.
     */
    private Element climb(Element top, double best, Element body, List<Element> all) {
        List<Element> near = all.stream()
                .filter(e -> e != top && scores.getOrDefault(e, -1.0) >= best * 0.75)
                .sorted(java.util.Comparator.comparingDouble((Element e) -> scores.get(e)).reversed()).limit(4)
                .toList();
        if (near.size() >= 3) {
            // how many of the near containers each ancestor holds: one walk up from each, not one per ancestor
            Map<Element, Integer> holds = new IdentityHashMap<>();
            for (Element n : near) {
                for (Element p = n.parent(); p != null; p = p.parent()) {
                    holds.merge(p, 1, Integer::sum);
                }
            }
            for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
                if (holds.getOrDefault(a, 0) >= 3) {
                    return a;
                }
            }
        }
        double last = best;
        for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
            Double ps = scores.get(a);
            if (ps == null) {
                continue;
            }
            if (ps < best / 3) {
                break;
            }
            if (ps > last) {
                return a;
            }
            last = ps;
        }
        return top;
    }

    private List<Element> withSiblings(Element top, double best) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, best * 0.1);
        List<Element> kept = new ArrayList<>();
        for (Element sib : parent.children()) {
            if (sib == top || keepSibling(sib, top, threshold)) {
                kept.add(sib);
            }
        }
        return kept;
    }

    private boolean keepSibling(Element sib, Element top, double threshold) {
        double bonus = !top.className().isEmpty() && top.className().equals(sib.className()) ? threshold * 0.2 : 0;
        if (scores.getOrDefault(sib, 0.0) + bonus >= threshold) {
            return true;
        }
        if (likeNamedProse(sib, top) || linkLedItems(sib)
                || text.prose(sib) >= SIBLING_PROSE && linkDensity(sib) < 0.2) {
            return true;
        }
        if (!sib.normalName().equals("p") && !(SIBLING_BLOCKS.contains(sib.normalName())
                && linkDensity(sib) < 0.2)) {
            return false;
        }
        int len = textLength(sib);
        double ld = linkDensity(sib);
        return len > 80 && ld < 0.25 || len > 0 && ld == 0 && endsSentence(text.text(sib));
    }

    /**
     * A list whose items each begin with a link (often bold: the item's name) and go on with a sentence of
     * their own, 40 characters or more of plain text: a glossary or a list of points, not a list of links.
     */
    private boolean linkLedItems(Element list) {
        if (!list.normalName().equals("ul") && !list.normalName().equals("ol") || list.childrenSize() < 2) {
            return false;
        }
        for (Element li : list.children()) {
            int[] l = lengths.getOrDefault(li, new int[3]);
            if (!li.normalName().equals("li") || l[0] - l[1] < 40 || l[1] == 0) {
                return false;
            }
        }
        return true;
    }

    /** As {@code [.!?؟。]\s*$} finds it, without a regular expression. */
    static boolean endsSentence(String s) {
        int e = s.length();
        if (e > 0 && (s.charAt(e - 1) == '\u0085' || s.charAt(e - 1) == '\u2028' || s.charAt(e - 1) == '\u2029')) {
            e--; // "$" matches before a final line terminator
        }
        while (e > 0 && isRegexSpace(s.charAt(e - 1))) {
            e--;
        }
        return e > 0 && ".!?؟。".indexOf(s.charAt(e - 1)) >= 0;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * Text written straight into a div between its block children (paragraphs split by {@code <br>}) scores
     * like a paragraph of the div, as Readability does when it wraps such runs in {@code <p>}.
     */
    private void spreadLooseText(Element div) {
        int blocks = 0;
        for (Element c : div.children()) {
            if (BLOCKS.contains(c.normalName())) {
                blocks += textLength(c);
            }
        }
        if (textLength(div) - blocks >= 25) {
            String own = div.ownText();
            spread(div, own.length(), commas(own));
        }
    }

    private void spread(Element block, int length, int commas) {
        spreadTo(block.parent(), length, commas);
    }

    private void spreadFrom(Element block, int length, int commas) {
        spreadTo(block, length, commas);
    }

    private static int breaks(Element e) {
        int n = 0;
        for (Element c : e.children()) {
            if (c.normalName().equals("br")) {
                n++;
            }
        }
        return n;
    }

    private void spreadTo(Element first, int length, int commas) {
        if (length < 25) {
            return;
        }
        double score = 1 + commas + Math.min(length / 100.0, 3);
        Element a = first;
        for (int level = 0; level < 3 && a != null && !a.normalName().equals("html"); level++, a = a.parent()) {
            double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
            scores.put(a, scores.computeIfAbsent(a, this::initial) + score * share);
        }
    }

    private double initial(Element e) {
        double s = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.normalName().equals("article") || e.normalName().equals("main")) {
            s += 10;
        }
        double room = Math.min(1, textLength(e) / (double) FULL_BONUS);
        return s + classWeight(e.className(), room) + classWeight(e.id(), room);
    }

    /**
     * A content-like class name earns its bonus in proportion to the text it holds, up to {@link #FULL_BONUS}
     * characters: a caption box called "image-text" must not outscore the article body.
     */
    private static double classWeight(String name, double room) {
        if (name.isEmpty()) {
            return 0;
        }
        return (POSITIVE.matcher(name).find() ? 25 * room : 0) - (NEGATIVE.matcher(name).find() ? 25 : 0);
    }

    /** A paragraph or cell, or a div/section without block children (text written straight into it). */
    private static boolean isTextBlock(Element e) {
        String tag = e.normalName();
        if (!tag.equals("div") && !tag.equals("section")) {
            return true;
        }
        for (Element c : e.children()) {
            if (BLOCKS.contains(c.normalName())) {
                return false;
            }
        }
        return true;
    }

    static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，' || c == '、') {
                n++;
            }
        }
        return n;
    }

    /** Text and link-text lengths of every element, children before parents (reverse document order). */
    private void measure(List<Element> all) {
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            int text = 0;
            int links = 0;
            int breaks = 0;
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    text += t.text().strip().length();
                } else if (n instanceof Element c) {
                    int[] cl = lengths.getOrDefault(c, new int[3]);
                    text += cl[0];
                    links += c.normalName().equals("a") ? cl[0] : cl[1];
                    breaks += c.normalName().equals("br") ? 1 : cl[2];
                }
            }
            lengths.put(e, new int[] {text, links, breaks});
        }
    }

    int textLength(Element e) {
        return lengths.getOrDefault(e, new int[3])[0];
    }

    /** Link text over all text; a link itself is all link. */
    double linkDensity(Element e) {
        if (e.normalName().equals("a")) {
            return 1;
        }
        int[] l = lengths.getOrDefault(e, new int[3]);
        return l[0] == 0 ? 0 : (double) l[1] / l[0];
    }
}
