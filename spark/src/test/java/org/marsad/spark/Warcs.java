package org.marsad.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** A small gzipped WARC archive with one HTML news page, written for the tests. */
final class Warcs {
    private Warcs() {
    }

    static final String HTML = "<html lang=\"ar\"><head><title>انفجار في كركوك</title></head><body><article>"
            + "<h1>انفجار في كركوك</h1><p>قتل ثلاثة أشخاص في انفجار سيارة مفخخة في مدينة كركوك يوم الاثنين، "
            + "بحسب مصادر أمنية.</p><p>وقالت الشرطة إن الانفجار وقع قرب سوق شعبي وسط المدينة.</p>"
            + "</article></body></html>";

    static Path write(Path file) throws IOException {
        byte[] body = HTML.getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file);
             var w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
            var type = MediaType.parse("text/html; charset=utf-8");
            var http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html; charset=utf-8")
                    .body(type, body).build();
            w.write(new WarcResponse.Builder("https://news.example.org/2024/03/12/kirkuk")
                    .date(Instant.parse("2024-03-12T08:00:00Z")).body(http).build());
        }
        return file;
    }
}
