package org.marsad.core.segment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the chosen containers into paragraphs: every block element (paragraph, heading, list item, quote,
 * caption, cell, div) starts a new paragraph and inline text is joined with single spaces. A paragraph made
 * mostly of link text, or one that is a short chrome line, a widget's title or a date stamp, is dropped.
 * Iterative ({@link NodeTraversor}).
 */
final class BlockCollector implements NodeVisitor {
    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "td", "th", "li",
            "ul", "ol", "dl", "dd", "dt", "pre", "blockquote", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "figure", "figcaption", "br", "hr", "center", "address", "caption", "summary", "details");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s{2,}|[\\t\\n\\r\\f]");
    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private boolean lastWasLinks;
    /** Whether the current paragraph's first text is link text. */
    private boolean firstInLink;

    /** The paragraphs of the given containers, in order. */
    static List<String> collect(List<Element> containers) {
        BlockCollector c = new BlockCollector();
        for (Element e : containers) {
            NodeTraversor.traverse(c, e);
            c.flush();
        }
        return c.paragraphs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            String s = t.text();
            if (!s.isBlank()) {
                boolean space = current.length() > 0 && Character.isWhitespace(s.charAt(0));
                if (space && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
                String body = SPACES.matcher(s.strip()).replaceAll(" ");
                if (current.length() == 0) {
                    firstInLink = linkDepth > 0;
                }
                current.append(body);
                if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                    current.append(' ');
                }
                if (linkDepth > 0) {
                    linkChars += body.length();
                }
            } else if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                current.append(' ');
            }
        } else if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth++;
            } else if (BREAKS.contains(e.normalName())) {
                flush();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            if (e.normalName().equals("a")) {
                linkDepth = Math.max(0, linkDepth - 1);
            } else if (BREAKS.contains(e.normalName())) {
                flush();
            }
        }
    }

    /** A short unpunctuated line right before a list of links is that list's title ("More on this"). */
    private void dropTitleOfLinks() {
        if (!lastWasLinks && !paragraphs.isEmpty()) {
            String last = paragraphs.get(paragraphs.size() - 1);
            if (last.length() < 50 && !last.matches("(?s).*[.!?؟;]$")) {
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        lastWasLinks = true;
    }

    private void flush() {
        String text = current.toString().strip();
        int links = linkChars;
        boolean ledByLink = firstInLink;
        current.setLength(0);
        linkChars = 0;
        if (text.isEmpty()) {
            return;
        }
        double density = (double) links / text.length();
        // an item that begins with a link (its name) and goes on with a sentence of its own is kept
        boolean linkLed = ledByLink && text.length() - links >= 40;
        if (density > 0.33 && text.length() < 300 && !linkLed) {
            dropTitleOfLinks();
            return;
        }
        if (!Boilerplate.isChromeLine(text) && !Boilerplate.isDateLine(text) && !Boilerplate.isChromeTitle(text)) {
            paragraphs.add(text);
            lastWasLinks = false;
        }
    }
}
