package org.marsad.core.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads files and folders (recursively, in a stable order) into pages. A file that cannot be read is reported
 * to the sink with its path and reason, and reading goes on.
 * FIRST VERSION: every regular file is read as a UTF-8 scraped text page.
 */
public final class PageReader {

    public void read(Path path, PageSink sink) {
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(path)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                sink.problem(new Diagnostic(path.toString(), "cannot list folder: " + e.getMessage()));
                return;
            }
            files.forEach(f -> readFile(f, sink));
        } else {
            readFile(path, sink);
        }
    }

    /** Reads one page from a stream (standard input), as a scraped text page. */
    public void readStream(String origin, java.io.InputStream in, PageSink sink) {
        try {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            sink.page(new Page(Page.docIdOf(bytes), origin, PageFormat.SCRAPED_TEXT, text, PageMeta.NONE));
        } catch (IOException e) {
            sink.problem(new Diagnostic(origin, "cannot read: " + e.getMessage()));
        }
    }

    private void readFile(Path file, PageSink sink) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            sink.page(new Page(Page.docIdOf(bytes), file.toString(), PageFormat.SCRAPED_TEXT, text, PageMeta.NONE));
        } catch (IOException | RuntimeException e) {
            sink.problem(new Diagnostic(file.toString(), "cannot read: " + e.getMessage()));
        }
    }
}
