package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;

/**
 * Loads a benchmark corpus into memory: everything {@link PageReader} reads, plus zip archives of JSON arrays
 * of articles ({@code title}, {@code content}, {@code url}, {@code date_extracted}, {@code source}) as
 * SaudiNewsNet ships them. Problems are collected, not thrown.
 */
public final class CorpusLoader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final List<Diagnostic> problems = new ArrayList<>();

    public List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Up to {@code limit} pages from {@code root} (a folder, a zip or a page file), in a stable order. */
    public List<Page> load(Path root, int limit) {
        List<Page> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.isDirectory(root) ? Files.walk(root) : Stream.of(root)) {
            s.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
            problems.add(new Diagnostic(root.toString(), "cannot list: " + e.getMessage()));
        }
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                pages.add(page);
            }

            @Override
            public void problem(Diagnostic d) {
                problems.add(d);
            }
        };
        PageReader reader = new PageReader();
        for (Path f : files) {
            if (pages.size() >= limit) {
                break;
            }
            String name = f.getFileName().toString().toLowerCase();
            if (name.endsWith(".zip")) {
                readZip(f, pages, limit);
            } else if (name.endsWith(".txt") || name.endsWith(".jsonl")) {
                reader.read(f, sink);
            }
        }
        return pages.size() > limit ? new ArrayList<>(pages.subList(0, limit)) : pages;
    }

    private void readZip(Path zip, List<Page> pages, int limit) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = in.getNextEntry()) != null && pages.size() < limit) {
                entries++;
                if (entry.getName().endsWith(".json")) {
                    readJsonArray(zip + "!" + entry.getName(), in, pages, limit);
                }
            }
            if (entries == 0) {
                problems.add(new Diagnostic(zip.toString(), "not a zip archive, or an empty one"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(new Diagnostic(zip.toString(), "cannot read zip: " + e.getMessage()));
        }
    }

    private void readJsonArray(String origin, InputStream in, List<Page> pages, int limit) throws IOException {
        JsonNode array = MAPPER.readTree(new NonClosing(in));
        int i = 0;
        for (JsonNode a : array) {
            i++;
            String content = a.path("content").asText("");
            if (content.isBlank() || pages.size() >= limit) {
                continue;
            }
            String title = a.path("title").asText("");
            String text = title.isBlank() ? content : title + "\n\n" + content;
            String date = a.path("date_extracted").asText("");
            LocalDate published = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10)) : null;
            PageMeta meta = new PageMeta(a.path("url").asText(null), a.path("source").asText(null), published,
                    title.isBlank() ? null : title);
            pages.add(Page.of(origin + "#" + i, PageFormat.JSONL, text, meta));
        }
    }

    /** Lets Jackson read one zip entry without closing the zip stream. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream goes on to its next entry
        }
    }
}
