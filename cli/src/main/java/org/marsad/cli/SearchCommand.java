package org.marsad.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.marsad.store.EventStore;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad search}: full-text search of the stored articles (Arabic spelling variants find each other). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles' headlines and text; all words must occur, \"quotes\" make a phrase.")
final class SearchCommand implements Callable<Integer> {
    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(arity = "1..*", paramLabel = "WORD", description = "The words to search for.")
    java.util.List<String> words;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print the hits as JSON Lines instead of a list.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        if (limit < 1 || limit > 10_000) {
            throw new ParameterException(spec.commandLine(), "--limit must be between 1 and 10000.");
        }
        String text = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut();
        java.nio.file.Path dir = store.dir();
        SearchResult r;
        long articles;
        var server = StoreAccess.running(dir);
        if (server.isPresent()) {
            spec.commandLine().getErr().println("marsad search: asking the server at " + server.get().url()
                    + " (it holds the store)");
            try {
                r = new ServerReads(server.get().url()).search(text, limit);
            } catch (ServerReads.Refused e) {
                throw new ParameterException(spec.commandLine(), "Bad query: " + e.getMessage());
            }
            articles = -1;
        } else {
            try (EventStore db = Filters.openExisting(spec, dir)) {
                try {
                    r = db.search(text, limit, 0);
                } catch (IllegalArgumentException e) {
                    throw new ParameterException(spec.commandLine(), "Bad query: " + e.getMessage());
                }
                articles = r.total() > 0 ? -1 : db.count("articles");
            }
        }
        print(r, out);
        out.flush();
        if (r.total() == 0) {
            spec.commandLine().getErr().println(articles == 0 ? Filters.nothingFound(dir, 0, "articles")
                    : Printable.of("marsad: no article holds all of: " + text));
        }
        return Exits.OK;
    }

    void print(SearchResult r, PrintWriter out) throws IOException {
        if (!json) {
            out.printf("%d articles match; showing %d.%n", r.total(), r.hits().size());
        }
        int n = 0;
        for (SearchHit h : r.hits()) {
            n++;
            if (json) {
                out.println(jsonLine(h));
            } else {
                out.printf("%n%d. %s  [%s #%d, %s, %d events, score %.2f]%n   %s%n", n, h.headline().isEmpty() ? "(no headline)"
                        : Printable.of(h.headline()), h.docId(), h.article(), h.published() == null ? "undated"
                        : Printable.of(h.published()), h.events(), h.score(), Printable.of(h.snippet()));
            }
        }
    }

    static String jsonLine(SearchHit h) throws IOException {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(w)) {
            h.writeJson(g);
        }
        return w.toString();
    }
}
