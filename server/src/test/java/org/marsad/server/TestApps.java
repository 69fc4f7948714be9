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
import org.marsad.model.Event;
import org.marsad.model.Span;
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

    /** {@code page} read as one article whose body is the whole text, with {@code events}. */
    static PageResult bodyOnly(Page page, List<Event> events) {
        return new PageResult(page, List.of(new Article(0, null, null,
                List.of(new Block(BlockKind.BODY, new Span(0, page.text().length()))), false)), events);
    }
}
