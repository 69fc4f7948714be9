package org.marsad.core.segment.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of every element under a root, as jsoup's {@code Element.text()} gives it, from one pass: the root's
 * text is gathered once, as jsoup gathers it (whitespace normalised, a space around block elements), and every
 * element keeps where its text starts and ends in it. An element's {@code text()} is that stretch trimmed, so
 * its length, its commas and the text itself cost nothing more; calling {@code text()} on every nested block
 * cost time quadratic in the nesting depth (20,000 nested tables). Also sums, bottom-up, the text of the
 * paragraphs each element holds ({@link #prose}).
 */
final class TextMeasure implements NodeVisitor {
    private final StringBuilder text = new StringBuilder();
    private final Map<Element, Stats> stats = new IdentityHashMap<>();
    private final ArrayDeque<Stats> open = new ArrayDeque<>();
    /** Elements opened since the last non-blank character: their text starts at the next one. */
    private final List<Stats> waiting = new ArrayList<>();
    private int commas;
    private int lastSolid = -1;

    /** Where an element's trimmed text lies in {@link #text}; {@code first < 0}: it has none. */
    private static final class Stats {
        int first = -1;
        int last = -1;
        int commasAtStart;
        int commas;
        int prose;
    }

    private TextMeasure() {
    }

    /** Measures the root and everything under it. */
    static TextMeasure of(Element root) {
        TextMeasure m = new TextMeasure();
        NodeTraversor.traverse(m, root);
        return m;
    }

    /** {@code e.text().length()}; 0 for an element not under the root. */
    int length(Element e) {
        Stats s = stats.get(e);
        return s == null || s.first < 0 ? 0 : s.last - s.first + 1;
    }

    /** {@code e.text()}. */
    String text(Element e) {
        Stats s = stats.get(e);
        return s == null || s.first < 0 ? "" : text.substring(s.first, s.last + 1);
    }

    /** The commas (Latin, Arabic, full-width) in {@code e.text()}. */
    int commas(Element e) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.commas;
    }

    /** The summed text length of the {@code p} elements among {@code e} and its descendants. */
    int prose(Element e) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.prose;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            int from = text.length();
            String whole = t.getWholeText();
            if (t instanceof CDataNode || preservesWhitespace(t.parentNode())) {
                text.append(whole);
            } else {
                StringUtil.appendNormalisedWhitespace(text, whole, lastIsSpace());
            }
            appended(from);
        } else if (node instanceof Element e) {
            if (text.length() > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace()) {
                text.append(' ');
            }
            Stats s = new Stats();
            s.commasAtStart = commas;
            stats.put(e, s);
            waiting.add(s);
            open.push(s);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element e)) {
            return;
        }
        Stats s = open.pop();
        if (s.first < 0) {
            waiting.remove(waiting.size() - 1); // it is the last one waiting: its children have closed
        } else {
            s.last = lastSolid;
        }
        s.commas = commas - s.commasAtStart;
        if (e.nameIs("p")) {
            s.prose += length(e);
        }
        Stats parent = open.peek();
        if (parent != null) {
            parent.prose += s.prose;
        }
        Node next = e.nextSibling();
        if (e.isBlock() && (next instanceof TextNode || next instanceof Element n && !n.tag().formatAsBlock())
                && !lastIsSpace()) {
            text.append(' ');
        }
    }

    private void appended(int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ') {
                if (!waiting.isEmpty()) {
                    for (Stats w : waiting) {
                        w.first = i;
                    }
                    waiting.clear();
                }
                lastSolid = i;
                if (c == ',' || c == '،' || c == '，' || c == '、') {
                    commas++;
                }
            }
        }
    }

    private boolean lastIsSpace() {
        return text.length() != 0 && text.charAt(text.length() - 1) == ' ';
    }

    /** As jsoup decides it: the text's element or one of its five nearest ancestors keeps whitespace (pre). */
    private static boolean preservesWhitespace(Node node) {
        if (node instanceof Element el) {
            for (int i = 0; i < 6 && el != null; i++, el = el.parent()) {
                if (el.tag().preserveWhitespace()) {
                    return true;
                }
            }
        }
        return false;
    }
}
