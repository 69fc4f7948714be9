package org.marsad.core.dedup;

import java.util.HashMap;
import java.util.Map;
import org.marsad.model.Event;
import org.marsad.model.Span;

/**
 * Which reports come from one source, for a cluster's {@code sources}: pages that are near duplicates (the same
 * story republished) are one source, and so are pages that share a sentence reporting an event (a page carrying
 * another story's paragraph). Give every page with its events
 * ({@link #page}), then cluster with {@code new EventClusterer(sources::of)}.
 */
public final class Sources {
    /** Jaccard similarity of word 3-gram sets from which two pages, or two sentences, are one. */
    public static final double SAME = 0.8;

    private final NearDuplicates pages = new NearDuplicates(SAME);
    private final NearDuplicates sentences = new NearDuplicates(SAME);
    private final Map<String, String> pageOf = new HashMap<>();
    private EventClusterer.UnionFind joined;
    private final Map<String, String> sentenceOf = new HashMap<>();

    /** A page's text and the events coded from it (their sentence spans index into the text). */
    public void page(String docId, String text, Iterable<Event> events) {
        joined = null;
        pages.add(docId, text);
        for (Event e : events) {
            String key = sentenceKey(e, text);
            if (key == null) {
                continue;
            }
            if (!sentenceOf.containsKey(e.id())) {
                sentences.add(key, text.substring(e.sentence().start(), e.sentence().end()));
                sentenceOf.put(e.id(), key);
            }
            pageOf.put(e.id(), docId);
        }
    }

    /**
     * The key of the sentence an event was read from ({@code docId|start|end}), null when its span does not lie in
     * the page's text (the sentence is then not compared). The store keys its sentence fingerprints alike.
     */
    public static String sentenceKey(Event e, String text) {
        Span s = e.sentence();
        if (s == null || s.start() < 0 || s.end() > text.length() || s.start() >= s.end()) {
            return null;
        }
        return e.docId() + "|" + s.start() + "|" + s.end();
    }

    /**
     * The source a report counts as: the group of its page, where pages are one group when they are near
     * duplicates or when a sentence of one that reports an event is a near duplicate of such a sentence of the
     * other.
     */
    public String of(Event e) {
        String page = pageOf.getOrDefault(e.id(), e.docId() == null ? "id:" + e.id() : e.docId());
        return joined().find("p:" + pages.groupOf(page));
    }

    /** Pages joined by their near-duplicate groups and their shared sentences (one pass, redone after new pages). */
    private EventClusterer.UnionFind joined() {
        if (joined == null) {
            joined = new EventClusterer.UnionFind();
            for (Map.Entry<String, String> e : sentenceOf.entrySet()) {
                joined.union("p:" + pages.groupOf(pageOf.get(e.getKey())), "s:" + sentences.groupOf(e.getValue()));
            }
        }
        return joined;
    }
}
