package org.marsad.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.pipeline.PageResult;
import org.marsad.export.EventJson;
import org.marsad.model.Event;

/**
 * A coded page with the per-page work of storing it done beforehand, off the store's one writing thread: its events'
 * JSON records and the fingerprints {@link SourceGroups} keeps of its text and of its events' sentences. Made on any
 * thread ({@link #of}); {@link EventStore#storePrepared} stores exactly what {@link EventStore#storeBatch} stores for
 * the same pages, so an ingest may code and prepare pages on N threads while one thread writes them.
 */
public final class PreparedPage {
    private final PageResult result;
    private final List<String> records;
    private final Map<String, SourceGroups.Made> prints;

    private PreparedPage(PageResult result, List<String> records, Map<String, SourceGroups.Made> prints) {
        this.result = result;
        this.records = records;
        this.prints = prints;
    }

    /** Prepares a coded page: its events' records and its texts' fingerprints (thread-safe). */
    public static PreparedPage of(PageResult result) {
        List<String> records = new ArrayList<>(result.events().size());
        for (Event e : result.events()) {
            records.add(EventJson.toJson(e));
        }
        return new PreparedPage(result, Collections.unmodifiableList(records),
                Collections.unmodifiableMap(SourceGroups.prints(result.page().docId(), result.page().text(),
                        result.events())));
    }

    /** A page to be prepared as it is stored (nothing done beforehand). */
    public static PreparedPage unprepared(PageResult result) {
        return new PreparedPage(result, null, Map.of());
    }

    public PageResult result() {
        return result;
    }

    /** The JSON record of the page's {@code i}-th event. */
    String record(int i) {
        return records != null ? records.get(i) : EventJson.toJson(result.events().get(i));
    }

    /** The fingerprints made beforehand, by text id ({@code p:DOC}, {@code s:DOC|START|END}); empty if none. */
    Map<String, SourceGroups.Made> prints() {
        return prints;
    }

    /** The prints of many pages, by text id. */
    static Map<String, SourceGroups.Made> prints(List<PreparedPage> pages) {
        Map<String, SourceGroups.Made> out = new HashMap<>();
        for (PreparedPage p : pages) {
            p.prints().forEach(out::putIfAbsent);
        }
        return out;
    }
}
