package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.server.ServerConfig;
import org.marsad.store.EventStore;
import picocli.CommandLine;

/** {@code serve --cors ORIGIN}: a malformed origin is a usage error; a good one lets that origin read the API. */
class ServeCorsTest {
    @TempDir
    Path dir;

    @Test
    void aMalformedOriginIsAUsageError() {
        CliRun r = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--port", "0", "--cors", "localhost:8888");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--cors takes an origin like http://localhost:8888"), r.err());
    }

    @Test
    void theGivenOriginMayReadAndOthersGetNoGrant() throws Exception {
        CommandLine serve = Marsad.commandLine().getSubcommands().get("serve");
        serve.setOut(new PrintWriter(new StringWriter(), true));
        try (EventStore s = EventStore.open(dir.resolve("db"))) {
            Javalin app = ServeCommand.start(serve.getCommandSpec(), s, ServerConfig.local(0, null),
                    "http://localhost:8888");
            try {
                HttpClient http = HttpClient.newHttpClient();
                URI events = URI.create("http://127.0.0.1:" + app.port() + "/api/events");
                assertEquals(Optional.of("http://localhost:8888"), http.send(HttpRequest.newBuilder(events)
                        .header("Origin", "http://localhost:8888").build(), HttpResponse.BodyHandlers.discarding())
                        .headers().firstValue("Access-Control-Allow-Origin"));
                assertEquals(Optional.empty(), http.send(HttpRequest.newBuilder(events)
                        .header("Origin", "http://other.example").build(), HttpResponse.BodyHandlers.discarding())
                        .headers().firstValue("Access-Control-Allow-Origin"));
            } finally {
                app.stop();
            }
        }
    }
}
