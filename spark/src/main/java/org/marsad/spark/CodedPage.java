package org.marsad.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.dedup.NearDuplicates;
import org.marsad.core.dedup.Sources;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.Page;
import org.marsad.model.Event;
import org.marsad.export.EventJson;

/**
 * What one page yields, in a form Spark can ship: its articles as rows and its events as JSON
 * ({@code marsad.event/1}, as {@code marsad extract} prints them). A page that could not be read is a
 * {@code problem} with no articles.
 */
record CodedPage(String origin, String problem, List<ArticleRow> articles, List<String> events,
                 List<SourcePrint> prints) implements Serializable {
    CodedPage {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
        prints = List.copyOf(prints);
    }

    static CodedPage problem(String origin, String reason) {
        return new CodedPage(origin, reason, List.of(), List.of(), List.of());
    }

    static CodedPage of(PageResult r) {
        Page p = r.page();
        String published = p.meta().published() == null ? null : p.meta().published().toString();
        List<ArticleRow> rows = new ArrayList<>();
        for (Article a : r.articles()) {
            long events = r.events().stream().filter(e -> e.article() == a.index()).count();
            rows.add(new ArticleRow(p.docId(), a.index(), p.origin(), p.format().name(), p.meta().url(),
                    p.meta().outlet(), published, a.headline(), a.teaser(), body(p.text(), a), (int) events,
                    Months.ofPublished(published)));
        }
        List<String> events = new ArrayList<>();
        for (Event e : r.events()) {
            events.add(EventJson.toJson(e));
        }
        return new CodedPage(p.origin(), null, rows, events, prints(r));
    }

    /** The fingerprints of the page and of its events' sentences (the store's {@code SourceGroups} texts). */
    private static List<SourcePrint> prints(PageResult r) {
        String page = "p:" + r.page().docId();
        String text = r.page().text();
        List<SourcePrint> out = new ArrayList<>();
        NearDuplicates.Print p = NearDuplicates.print(text);
        out.add(new SourcePrint(page, "p", null, p.shingles(), p.bands()));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Event e : r.events()) {
            String key = Sources.sentenceKey(e, text);
            if (key != null && seen.add(key)) {
                NearDuplicates.Print s = NearDuplicates.print(text.substring(e.sentence().start(),
                        e.sentence().end()));
                out.add(new SourcePrint("s:" + key, "s", page, s.shingles(), s.bands()));
            }
        }
        return out;
    }

    /** The text from the first body block to the end of the last (teasers and all), or "". */
    private static String body(String text, Article a) {
        List<Block> body = a.bodyBlocks();
        if (body.isEmpty()) {
            return "";
        }
        return text.substring(body.get(0).span().start(), body.get(body.size() - 1).span().end());
    }

    /** One article as a Parquet row. */
    record ArticleRow(String docId, int idx, String origin, String format, String url, String outlet,
                      String published, String headline, boolean teaser, String body, int events, String month)
            implements Serializable {
    }
}
