package org.marsad.core.segment;

import java.util.List;
import org.marsad.model.Span;

/**
 * An article of a page: its index (events carry it), headline, blocks in page order, and whether it is a
 * related-article teaser (teasers are kept for display but yield no events). Spans point into the page text.
 */
public record Article(int index, String headline, Span headlineSpan, List<Block> blocks, boolean teaser) {
    public Article {
        blocks = List.copyOf(blocks);
    }

    /** The blocks that events are read from. */
    public List<Block> bodyBlocks() {
        return blocks.stream().filter(b -> b.kind() == BlockKind.BODY).toList();
    }

    /** Total length of the body blocks, used to find a page's main article. */
    public int bodyLength() {
        return bodyBlocks().stream().mapToInt(b -> b.span().length()).sum();
    }
}
