package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.PageResult;
import org.marsad.model.Event;
import org.marsad.store.search.EventDoc;

/**
 * The documents indexed as a page is stored are made from the values written to its rows; they must equal what
 * reading the committed rows back gives (the path of a store catching up after a crash), repeats left out.
 */
class IndexDocsTest {
    @TempDir
    Path dir;

    /** Fixture page {@code n} with its first event told twice (the store writes it once). */
    private static PageResult withRepeat(int n) {
        PageResult p = Fixtures.page(n);
        List<Event> events = new ArrayList<>(p.events());
        events.add(p.events().get(0));
        return new PageResult(p.page(), p.articles(), events);
    }

    @Test
    void theDocumentsMadeAtIngestEqualThoseReadBackFromTheStoredRows() throws SQLException {
        EventStore.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE))) {
            for (PageResult p : List.of(Fixtures.page(2), withRepeat(3))) {
                Rows.insertPage(c, p);
                Rows.insertArticles(c, p);
                List<EventDoc> written = Rows.insertEvents(c, p);
                String docId = p.page().docId();
                List<EventDoc> back = new ArrayList<>();
                EventIndexing.read(c, List.of(docId), back::add);
                assertEquals(2, back.size(), "the page's events, a repeat once");
                assertEquals(new HashSet<>(back), new HashSet<>(written), "event documents");
                assertEquals(2, written.size(), "written once");
                assertEquals(PageReads.articleDocs(c, docId), IndexDocs.articles(p, written), "article documents");
            }
            assertEquals(List.of(), Rows.insertEvents(c, Fixtures.page(2)), "events already stored are left out");
        }
    }
}
