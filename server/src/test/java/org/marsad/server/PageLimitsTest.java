package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.server.TestApps.json;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.EventStore;

/**
 * {@code POST /api/pages} against a careless or hostile client (issue 19, items 2, 7, 8): the body limit counted on
 * the bytes read, only text/plain, text/html and application/json, string fields, no method override.
 */
class PageLimitsTest {
    private static final String PAGE = "عنوان خبر\n\nتظاهر مئات الطلاب في المدينة أمس احتجاجا على الغلاء.";
    private static final int LIMIT = 64 * 1024;

    @TempDir
    Path dir;
    private EventStore store;
    private Javalin app;

    @BeforeEach
    void setUp() {
        store = EventStore.open(dir);
        app = TestApps.app(store);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Response post(io.javalin.testtools.HttpClient client, String body, String type) {
        RequestBody b = RequestBody.create(body.getBytes(StandardCharsets.UTF_8), type == null ? null : MediaType.get(type));
        return client.request("/api/pages", r -> r.post(b).header("Authorization", "Bearer " + TestApps.TOKEN));
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndIsNotReadWhole() throws Exception {
        JavalinTest.test(app, (server, client) -> {
            long total = 50L * 1024 * 1024;
            AtomicLong sent = new AtomicLong(); // Jetty reads and drops the rest after the 413 before it closes
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/pages HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TestApps.TOKEN
                        + "\r\nContent-Type: text/plain; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                Thread writer = new Thread(() -> {
                    byte[] chunk = "ا".repeat(8192).getBytes(StandardCharsets.UTF_8);
                    byte[] head = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
                    try {
                        while (sent.get() < total) {
                            out.write(head);
                            out.write(chunk);
                            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                            sent.addAndGet(chunk.length);
                        }
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    } catch (IOException e) {
                        // the server closed the connection: it stopped reading
                    }
                });
                writer.start();
                String status = statusLine(s.getInputStream());
                writer.join(60_000);
                assertTrue(status.startsWith("HTTP/1.1 413"), status);
            }
            assertEquals(0, store.count("pages"));
        });
    }

    @Test
    void theBodyIsReadNoFurtherThanOneByteOverTheLimit() throws Exception {
        long[] read = new long[1];
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 'x';
            }
        };
        assertEquals(null, PostedPage.bounded(endless, LIMIT));
        assertEquals(LIMIT + 1, read[0]);
        assertEquals(3, PostedPage.bounded(new java.io.ByteArrayInputStream(new byte[3]), LIMIT).length);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            sb.append((char) c);
        }
        return sb.toString().strip();
    }

    @Test
    void aPageOverTheCodingBudgetIs422AndNothingIsStored() {
        String key = org.marsad.core.budget.PageBudget.PROPERTY;
        String old = System.getProperty(key);
        JavalinTest.test(app, (server, client) -> {
            try {
                System.setProperty(key, "0.000000001");
                Response r = post(client, PAGE, "text/plain; charset=utf-8");
                assertEquals(422, r.code());
                assertTrue(json(r).get("error").asText().contains("budget"), "says why");
            } finally {
                if (old == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, old);
                }
            }
            assertEquals(201, post(client, PAGE, "text/plain; charset=utf-8").code(), "stored once the budget allows it");
        });
    }

    @Test
    void aDeclaredLengthOverTheLimitIs413() {
        JavalinTest.test(app, (server, client) -> {
            Response r = post(client, "ا".repeat(LIMIT), "text/plain; charset=utf-8");
            assertEquals(413, r.code());
            assertTrue(json(r).get("error").asText().contains("65536"), "says the limit");
        });
    }

    @Test
    void onlyTextHtmlAndJsonAreAcceptedInAnyCaseWithParameters() {
        JavalinTest.test(app, (server, client) -> {
            for (String t : new String[] {"application/octet-stream", "image/png", "application/x-www-form-urlencoded",
                    "multipart/form-data; boundary=x", "text/csv", "application/jsonx"}) {
                Response r = post(client, PAGE, t);
                assertEquals(415, r.code(), t);
                assertTrue(json(r).get("error").asText().contains("text/plain, text/html or application/json"), t);
            }
            assertEquals(415, post(client, PAGE, null).code(), "no type at all");
            assertEquals(201, post(client, PAGE, "TEXT/Plain; Charset=UTF-8").code());
            Response j = post(client, "{\"text\": \"" + PAGE.replace("\n", "\\n") + " ثانية\"}",
                    "Application/JSON; charset=utf-8");
            assertEquals(201, j.code(), "the JSON media type matches in any case");
            assertEquals(201, post(client, "<html><head><title>خبر</title></head><body><article><h1>عنوان</h1><p>"
                    + "قصفت القوات قرية قرب حلب أمس وقتل ثلاثة مدنيين في القصف.</p></article></body></html>",
                    "text/html").code());
        });
    }

    @Test
    void aBinaryBodyIs415EvenWhenItCallsItselfText() {
        JavalinTest.test(app, (server, client) -> {
            byte[] junk = new byte[4096];
            new java.util.Random(7).nextBytes(junk);
            RequestBody b = RequestBody.create(junk, MediaType.get("text/plain"));
            Response r = client.request("/api/pages", x -> x.post(b).header("Authorization", "Bearer " + TestApps.TOKEN));
            assertEquals(415, r.code());
            assertTrue(json(r).get("error").asText().contains("binary"));
            assertEquals(0, store.count("pages"));
        });
    }

    @Test
    void aCharsetTheServerDoesNotKnowIs415() {
        JavalinTest.test(app, (server, client) -> {
            assertEquals(415, post(client, PAGE, "text/plain; charset=klingon-8").code());
        });
    }

    @Test
    void nonStringFieldsAre400() {
        JavalinTest.test(app, (server, client) -> {
            for (String body : new String[] {"{\"text\": 5}", "{\"text\": [\"نص\"]}", "{\"text\": {\"a\": 1}}",
                    "{\"text\": true}", "{\"text\": \"نص الخبر\", \"title\": 7}", "{\"text\": \"نص\", \"url\": []}",
                    "{\"text\": \"نص\", \"published\": 20241110}", "[\"نص\"]", "\"نص\""}) {
                Response r = post(client, body, "application/json");
                assertEquals(400, r.code(), body);
            }
            assertTrue(json(post(client, "{\"text\": 5}", "application/json")).get("error").asText()
                    .contains("\"text\" must be a string"));
            assertEquals(0, store.count("pages"));
        });
    }

    @Test
    void theMethodOverrideHeaderIsNotHonoured() {
        JavalinTest.test(app, (server, client) -> {
            for (String method : new String[] {"GET", "PUT", "PATCH", "DELETE"}) {
                RequestBody b = RequestBody.create(PAGE, MediaType.get("text/plain; charset=utf-8"));
                Response r = client.request("/api/pages", x -> x.method(method, method.equals("GET") ? null : b)
                        .header("Authorization", "Bearer " + TestApps.TOKEN).header("X-HTTP-Method-Override", "POST"));
                assertTrue(r.code() == 405 || r.code() == 404, method + " gave " + r.code());
            }
            Response post = client.request("/api/pages", x -> x.post(RequestBody.create(PAGE, MediaType.get("text/plain")))
                    .header("Authorization", "Bearer " + TestApps.TOKEN).header("X-HTTP-Method-Override", "GET"));
            assertEquals(405, post.code(), "nor can a POST turn itself into something else");
            assertEquals(0, store.count("pages"));
        });
    }
}
