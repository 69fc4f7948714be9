package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Pages that come with their own title (ANT records, JSON Lines with a title): one article, index 0; the
 * headline is the title at the start of the page text; every other line is a body paragraph, except lines that
 * are plainly chrome (no letters, a chrome cue such as "شارك" or "TT"), bylines, and the list of links after a
 * "read also" / "related" marker (up to the next paragraph).
 */
final class TitledSplitter {
    private final LineClassifier classifier;

    TitledSplitter(LineClassifier classifier) {
        this.classifier = classifier;
    }

    List<Article> split(Page page) {
        String text = page.text();
        String title = page.meta().title();
        Span headline = headlineSpan(text, title);
        List<Block> blocks = new ArrayList<>();
        if (headline != null) {
            blocks.add(new Block(BlockKind.HEADLINE, headline));
        }
        boolean inLinks = false;
        for (Line line : Line.of(text)) {
            if (headline != null && line.span().start() < headline.end()) {
                continue;
            }
            LineKind kind = classifier.kindOf(line);
            inLinks = kind == LineKind.MARKER || inLinks && kind != LineKind.BODY;
            blocks.add(new Block(blockKind(kind, line, inLinks), line.span()));
        }
        String headlineText = headline == null ? title : headline.of(text);
        if (blocks.isEmpty() && headlineText == null) {
            return List.of();
        }
        return List.of(new Article(0, headlineText, headline, blocks, false));
    }

    /** Plain chrome and the links after a "read also" marker are chrome; bylines stay bylines; the rest is body. */
    private BlockKind blockKind(LineKind kind, Line line, boolean inLinks) {
        if (inLinks) {
            return BlockKind.CHROME;
        }
        if (kind != LineKind.CHROME) {
            return kind == LineKind.BYLINE ? BlockKind.BYLINE : BlockKind.BODY;
        }
        PageCues.CueKey key = classifier.lookup(line);
        if (key.key().isEmpty() || line.length() > LineClassifier.MAX_PARAGRAPH_CHARS
                || classifier.isChrome(key, line)) {
            return BlockKind.CHROME;
        }
        return BlockKind.BODY; // a short title-like line the classifier set aside, such as a date: article text
    }

    /** The title's span when the text starts with it (after spaces), else null. */
    private static Span headlineSpan(String text, String title) {
        if (title == null || title.isBlank()) {
            return null;
        }
        int s = 0;
        while (s < text.length() && Line.isSpace(text.charAt(s))) {
            s++;
        }
        String t = title.strip();
        return text.startsWith(t, s) ? new Span(s, s + t.length()) : null;
    }
}
