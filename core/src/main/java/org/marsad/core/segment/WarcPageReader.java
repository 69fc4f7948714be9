package org.marsad.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC and WARC.gz archives (as Common Crawl News gives them) to pages, streamed from disk so archives of any
 * size are read: every {@code response} record whose HTTP status is 2xx and whose payload is HTML becomes a
 * page through {@link HtmlReader}, with the record's target URI as its URL, the HTTP {@code Content-Type}
 * charset as the first encoding hint, and the record's {@code WARC-Date} as the publication date when the page
 * itself gives none; its origin is {@code FILE#n} (n counts records from 1). Other records are skipped
 * silently. A record that cannot be parsed becomes a {@link Diagnostic}; reading then resumes at the next
 * record boundary found in the file (a gzip member, or a {@code WARC/} version line).
 */
final class WarcPageReader {
    /** Larger payloads are reported, not read (a page is rarely over a few MB). */
    static final long MAX_PAYLOAD = 32L * 1024 * 1024;
    private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};

    private final HtmlReader html = new HtmlReader();
    private final java.time.Duration budget;

    /** {@code budget}: the CPU budget of each record, its reading and its coding ({@link PageReader}). */
    WarcPageReader(java.time.Duration budget) {
        this.budget = budget;
    }

    /** Reads every record of the archive at {@code file}. */
    void read(Path file, PageSink sink) {
        String origin = file.toString();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            readFrom(channel, origin, sink);
        } catch (IOException | RuntimeException e) {
            sink.problem(new Diagnostic(origin, "cannot read WARC: " + reason(e)));
        }
    }

    /**
     * Reads records from {@code start}; on a parse failure after some good records, restarts at the next
     * boundary after the last good one (the broken record itself, now first), so that each broken record is
     * reported once, at its own offset, and skipped.
     */
    private void readFrom(SeekableByteChannel channel, String origin, PageSink sink) throws IOException {
        long start = 0;
        int n = 0;
        while (start >= 0 && start < channel.size()) {
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            reader.setLenient(true);
            byte[] magic = reader.compression() == WarcCompression.GZIP ? GZIP_MAGIC : WARC_MAGIC;
            long last = -1;
            try {
                for (Optional<WarcRecord> r = reader.next(); r.isPresent(); r = reader.next()) {
                    n++;
                    last = reader.position();
                    WarcRecord record = r.get();
                    String at = origin + "#" + n;
                    PageReader.contained(at, sink, budget, () -> record(record, at, sink));
                }
                return;
            } catch (IOException | RuntimeException e) {
                if (last < 0) {
                    n++;
                    sink.problem(new Diagnostic(origin + "#" + n, "broken WARC record at byte " + start + ": "
                            + reason(e)));
                }
                start = nextBoundary(channel, start + Math.max(last, 0) + 1, magic);
            }
        }
    }

    private void record(WarcRecord record, String origin, PageSink sink) {
        if (!(record instanceof WarcResponse response)) {
            return;
        }
        try {
            if (!response.contentType().base().equals(MediaType.HTTP)) {
                return;
            }
            HttpResponse http = response.http();
            String type = http.contentType().base().toString().toLowerCase(Locale.ROOT);
            if (http.status() < 200 || http.status() > 299 || !type.contains("html")) {
                return;
            }
            byte[] body = read(http.bodyDecoded().stream());
            if (body == null) {
                sink.problem(new Diagnostic(origin, "HTML payload over " + MAX_PAYLOAD / (1024 * 1024) + " MB"));
                return;
            }
            LocalDate crawled = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
            String charsetHeader = http.headers().first("Content-Type").orElse(null);
            PageSink dated = new PageSink() {
                @Override
                public void page(Page page) {
                    sink.page(page.datedIfUnknown(crawled));
                }

                @Override
                public void problem(Diagnostic diagnostic) {
                    sink.problem(diagnostic);
                }
            };
            html.read(origin, body, response.target(), charsetHeader, dated);
        } catch (IOException | RuntimeException e) {
            sink.problem(new Diagnostic(origin, "broken WARC response: " + reason(e)));
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) MAX_PAYLOAD + 1);
        return bytes.length > MAX_PAYLOAD ? null : bytes;
    }

    /** The offset of the next {@code magic} at or after {@code from}, or -1 when there is none. */
    static long nextBoundary(SeekableByteChannel channel, long from, byte[] magic) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
        long base = from;
        while (base < channel.size()) {
            channel.position(base);
            buf.clear();
            int got = channel.read(buf);
            if (got <= 0) {
                return -1;
            }
            byte[] a = buf.array();
            for (int i = 0; i + magic.length <= got; i++) {
                if (matches(a, i, magic)) {
                    return base + i;
                }
            }
            if (got < magic.length) {
                return -1;
            }
            base += got - magic.length + 1;
        }
        return -1;
    }

    private static boolean matches(byte[] a, int at, byte[] magic) {
        for (int j = 0; j < magic.length; j++) {
            if (a[at + j] != magic[j]) {
                return false;
            }
        }
        return true;
    }

    private static String reason(Exception e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
