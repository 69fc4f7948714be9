package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.util.List;
import okhttp3.Response;
import org.marsad.core.pipeline.PageResult;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Article;
import org.marsad.core.segment.Block;
import org.marsad.core.segment.BlockKind;
import org.marsad.core.segment.Page;
import org.marsad.model.DatePrecision;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventDate;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;
import org.marsad.model.Sector;
import org.marsad.model.Size;
import org.marsad.model.Span;
import org.marsad.model.Trigger;
import org.marsad.store.EventStore;

/** What the API tests share: the app over a store, the JSON of an answer, a page that is one article body. */
final class TestApps {
    /** The ingest token of {@link #app(EventStore)}. */
    static final String TOKEN = "s3cret";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestApps() {
    }

    /** The API over {@code store} on 127.0.0.1 with a 64 KiB body limit and {@link #TOKEN}. */
    static Javalin app(EventStore store) {
        return app(store, TOKEN);
    }

    /** The same with another token (null: ingest over HTTP off). */
    static Javalin app(EventStore store, String token) {
        return ApiServer.create(store, new PageIngest(Pipeline.standard(), store),
                new ServerConfig("127.0.0.1", 0, token, 64 * 1024));
    }

    static JsonNode json(Response r) throws IOException {
        return MAPPER.readTree(r.body().string());
    }

    /**
     * Two pages of our own (no news text): a shelling near Aleppo by Turkish forces, placed (SY, ISO-2) with three
     * dead, and a Syrian (SYR, ISO-3) demonstration with no place. Returns the two events, placed one first.
     */
    static List<Event> twoSyrianEvents(EventStore store) {
        String a = "قصفت القوات التركية بلدة قرب حلب فقتل ثلاثة مدنيين.";
        Page pa = Page.of("aleppo.txt", org.marsad.core.segment.PageFormat.SCRAPED_TEXT, a,
                new org.marsad.core.segment.PageMeta("https://news.example/a", "news.example",
                        java.time.LocalDate.of(2024, 11, 10), "قصف قرب حلب"));
        Trigger ta = new Trigger("قصفت", 0, 4);
        int at = a.indexOf("حلب");
        Event shelling = new Event(Event.idFor(pa.docId(), 0, ta, EventType.ASSAULT), pa.docId(), 0, EventType.ASSAULT,
                null, null, "195", 4, EventStatus.OCCURRED,
                new Entity("القوات التركية", 5, 19, "TURMIL", "TUR", Sector.MIL, "Turkish forces"), null, ta,
                new EventDate("2024-11-09", DatePrecision.DAY, null, null, null),
                new Location("حلب", at, at + 3, "Aleppo", "حلب", 170063L, 36.20124, 37.16117, "SY", "Aleppo", "PPLA", GeoPrecision.TOWN),
                new Size(3, null, null, null, false), new Span(0, a.length()),
                new org.marsad.model.Source("https://news.example/a", "news.example", "2024-11-10", null), "test", 0.8);
        store.store(bodyOnly(pa, List.of(shelling)));
        String b = "تظاهر مئات السوريين مطالبين بالإفراج عن المعتقلين.";
        Page pb = Page.of("demo.txt", org.marsad.core.segment.PageFormat.SCRAPED_TEXT, b,
                new org.marsad.core.segment.PageMeta("https://news.example/b", "news.example",
                        java.time.LocalDate.of(2024, 11, 12), "مظاهرة"));
        Trigger tb = new Trigger("تظاهر", 0, 5);
        Event protest = new Event(Event.idFor(pb.docId(), 0, tb, EventType.PROTEST), pb.docId(), 0, EventType.PROTEST,
                null, null, "141", 3, EventStatus.OCCURRED, new Entity("السوريين", 11, 19, "SYRCVL", "SYR", Sector.CVL, null),
                null, tb, new EventDate("2024-11-12", DatePrecision.DAY, null, null, null), null, Size.NONE,
                new Span(0, b.length()),
                new org.marsad.model.Source("https://news.example/b", "news.example", "2024-11-12", null), "test", 0.6);
        store.store(bodyOnly(pb, List.of(protest)));
        return List.of(shelling, protest);
    }

    /** {@code page} read as one article whose body is the whole text, with {@code events}. */
    static PageResult bodyOnly(Page page, List<Event> events) {
        return new PageResult(page, List.of(new Article(0, null, null,
                List.of(new Block(BlockKind.BODY, new Span(0, page.text().length()))), false)), events);
    }
}
