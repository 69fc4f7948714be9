package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class WarcPageReaderTest {
    static final String BODY = "أعلنت وزارة النقل أن القطار الجديد سيربط المدينتين الساحليتين، "
            + "وأن الرحلة الأولى ستنطلق في الربيع المقبل بعد اكتمال الاختبارات.";
    static final String MORE = "وقال مسؤول في الوزارة إن أسعار التذاكر ستعلن خلال أسابيع، "
            + "مضيفا أن المحطات الصغيرة ستفتح تباعا.";

    @TempDir
    Path dir;

    static String page(String title) {
        return "<html lang=\"ar\"><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>" + BODY + "</p><p>" + MORE + "</p></article></body></html>";
    }

    private static WarcResponse response(String uri, String contentType, byte[] body, int status) {
        HttpResponse http = new HttpResponse.Builder(status, "OK").addHeader("Content-Type", contentType)
                .body(MediaType.parse(contentType), body).build();
        try {
            return new WarcResponse.Builder(uri).date(Instant.parse("2024-05-06T07:08:09Z")).body(http).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path archive(String name, WarcCompression compression) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), compression)) {
            w.write(response("https://news.example.org/transport/train", "text/html; charset=utf-8",
                    page("قطار يربط المدينتين").getBytes(StandardCharsets.UTF_8), 200));
            w.write(new WarcResource.Builder(java.net.URI.create("urn:example:note")).body(MediaType.PLAIN_TEXT,
                    "ليست صفحة".getBytes(StandardCharsets.UTF_8)).build());
            w.write(response("https://news.example.org/img.png", "image/png", new byte[] {1, 2, 3}, 200));
            w.write(response("https://news.example.org/missing", "text/html", "<p>لا شيء</p>"
                    .getBytes(StandardCharsets.UTF_8), 404));
            w.write(response("https://news.example.org/legacy", "text/html; charset=windows-1256",
                    page("صفحة قديمة").getBytes(Charset.forName("windows-1256")), 200));
        }
        return file;
    }

    @Test
    void htmlResponseRecordsBecomePagesWithTargetUriAndWarcDateOthersAreSkipped() throws IOException {
        for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
            Path file = archive(c == WarcCompression.GZIP ? "a.warc.gz" : "a.warc", c);
            Collect sink = new Collect();
            new PageReader().read(file, sink);
            assertEquals(List.of(), sink.problems, c.toString());
            assertEquals(2, sink.pages.size(), c.toString());
            Page first = sink.pages.get(0);
            assertEquals("https://news.example.org/transport/train", first.meta().url());
            assertEquals(LocalDate.of(2024, 5, 6), first.meta().published());
            assertEquals(PageFormat.HTML, first.format());
            assertTrue(first.text().contains(BODY));
            assertTrue(first.origin().endsWith("#1"));
            Page legacy = sink.pages.get(1);
            assertTrue(legacy.text().contains(MORE));
            assertEquals("windows-1256", legacy.meta().encoding());
        }
    }

    @Test
    void aBrokenRecordIsReportedAndTheRestIsRead() throws IOException {
        Path good = archive("good.warc", WarcCompression.NONE);
        byte[] bytes = Files.readAllBytes(good);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int second = text.indexOf("WARC/1.", 10);
        byte[] broken = new byte[bytes.length + 40];
        System.arraycopy(bytes, 0, broken, 0, second);
        byte[] junk = "WARC/1.1\r\nContent-Length: zzz\r\n\r\nxyz\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(junk, 0, broken, second, junk.length);
        System.arraycopy(bytes, second, broken, second + junk.length, bytes.length - second);
        Path file = dir.resolve("broken.warc");
        Files.write(file, java.util.Arrays.copyOf(broken, second + junk.length + bytes.length - second));
        Collect sink = new Collect();
        new PageReader().read(file, sink);
        assertEquals(2, sink.pages.size(), sink.problems.toString());
        assertEquals(1, sink.problems.size(), sink.problems.toString());
        assertTrue(sink.problems.get(0).reason().contains("broken WARC record"));
    }

    @Test
    void aMissingArchiveIsOneDiagnostic() {
        Collect sink = new Collect();
        new PageReader().read(dir.resolve("absent.warc.gz"), sink);
        assertEquals(1, sink.problems.size());
        assertEquals(new ArrayList<Page>(), sink.pages);
    }
}
