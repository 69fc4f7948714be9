package org.marsad.store;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.Location;
import org.marsad.store.search.ArticleDoc;
import org.marsad.store.search.EventDoc;

/**
 * What the search indexes take of a page just stored, made from the values written to its rows instead of read
 * back from the tables (each read back scanned the million-row events table for the page's events): the same
 * documents {@link PageReads#articleDocs} and {@link EventIndexing} read from the committed rows.
 */
final class IndexDocs {
    private IndexDocs() {
    }

    /** The event index's document of an event stored with {@code record} on a page of this text. */
    static EventDoc event(Event e, String pageText, String record) {
        Location l = e.location();
        return new EventDoc(e.id(), Rows.day(e), e.type().name(), e.status().json(), code(e.actor()),
                e.actor() == null ? null : e.actor().country(), code(e.recipient()),
                e.recipient() == null ? null : e.recipient().country(), l == null ? null : l.countryCode(),
                l == null ? null : l.admin1(), sentence(e, pageText), record, ClusterCandidates.place(e));
    }

    /** The sentence's text as the events table keeps it (null when its span is past the page's end). */
    static String sentence(Event e, String pageText) {
        return e.sentence().end() <= pageText.length() ? e.sentence().of(pageText) : null;
    }

    static String code(Entity x) {
        return x == null ? null : x.code();
    }

    /**
     * The page's non-teaser articles in article order, each with its body cut from the page text as stored and
     * the number of its events among those written ({@code written}; not those left out as repeats).
     */
    static List<ArticleDoc> articles(PageResult r, List<EventDoc> written) {
        String text = r.page().text();
        String published = r.page().meta().published() == null ? null : r.page().meta().published().toString();
        List<Article> sorted = new ArrayList<>(r.articles());
        sorted.sort(java.util.Comparator.comparingInt(Article::index));
        List<ArticleDoc> out = new ArrayList<>();
        for (Article a : sorted) {
            if (a.teaser()) {
                continue;
            }
            int end = Math.min(text.length(), a.blocks().isEmpty() ? 0 : a.blocks().get(a.blocks().size() - 1).span().end());
            int start = Math.min(end, a.blocks().isEmpty() ? end : a.blocks().get(0).span().start());
            out.add(new ArticleDoc(r.page().docId(), a.index(), a.headline(), text.substring(start, end), published,
                    r.page().meta().outlet(), r.page().meta().url(), count(r, written, a.index())));
        }
        return out;
    }

    /** How many written events of the page's doc_id are of this article (each written event counted once). */
    private static int count(PageResult r, List<EventDoc> written, int article) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        written.forEach(d -> ids.add(d.id()));
        int n = 0;
        for (Event e : r.events()) {
            if (e.article() == article && r.page().docId().equals(e.docId()) && ids.remove(e.id())) {
                n++;
            }
        }
        return n;
    }
}
