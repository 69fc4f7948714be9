package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/** An article being assembled by {@link ScrapedSplitter}: its blocks so far and what it has seen. */
final class ArticleDraft {
    private boolean teaser;
    private final List<Block> blocks = new ArrayList<>();
    private Line headline;
    private boolean hasDek;
    private boolean hasByline;
    private boolean dekOpen;

    ArticleDraft(boolean teaser) {
        this.teaser = teaser;
    }

    boolean teaser() {
        return teaser;
    }

    /** A teaser found to be a full article after all (see {@code ScrapedSplitter}). */
    void promote() {
        teaser = false;
    }

    void headline(Line line) {
        headline = line;
        blocks.add(new Block(BlockKind.HEADLINE, line.span()));
        dekOpen = true;
    }

    void add(BlockKind kind, Line line) {
        blocks.add(new Block(kind, line.span()));
        hasDek |= kind == BlockKind.DEK;
        hasByline |= kind == BlockKind.BYLINE;
        dekOpen &= kind == BlockKind.CHROME;
    }

    void addAll(List<Block> pending) {
        blocks.addAll(pending);
    }

    /** True when {@code line} repeats this article's headline. */
    boolean isHeadline(Line line) {
        return headline != null && headline.key().equals(line.key());
    }

    /** A dek may only follow the headline directly (chrome and headline repeats aside). */
    boolean dekOpen() {
        return dekOpen && !hasDek;
    }

    boolean hasDek() {
        return hasDek;
    }

    boolean hasByline() {
        return hasByline;
    }

    /** A teaser is finished once its dek or byline is seen: the captions that follow belong to the next one. */
    boolean finished() {
        return hasDek || hasByline;
    }

    /** True for a teaser that is a bare headline (an inline list of links). */
    boolean headlineOnly() {
        return !hasDek && !hasByline;
    }

    Article build(int index) {
        String text = headline == null ? null : headline.text();
        Span span = headline == null ? null : headline.span();
        // waiting blocks (a marker, a section label) may join a draft after later lines did: keep page order
        List<Block> ordered = new ArrayList<>(blocks);
        ordered.sort(java.util.Comparator.comparing(Block::span));
        return new Article(index, text, span, ordered, teaser);
    }
}
