package org.marsad.spark;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;

/**
 * One input file's bytes in, its coded pages out, exactly as {@code marsad extract} reads and codes a local
 * file: the same {@link PageReader} (format by name and content) and the same {@link Pipeline}.
 */
final class PageCoder {
    private PageCoder() {
    }

    /** Codes the pages of one file; {@code uri} is its Hadoop path, {@code published} the fallback date or null. */
    static List<CodedPage> code(String uri, byte[] bytes, LocalDate published) {
        Pipeline pipeline = Pipelines.get();
        List<CodedPage> out = new ArrayList<>();
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                out.add(CodedPage.of(pipeline.process(page.datedIfUnknown(published))));
            }

            @Override
            public void problem(Diagnostic d) {
                out.add(CodedPage.problem(d.origin(), d.reason()));
            }
        };
        new PageReader().readBytes(uri, localName(uri), bytes, sink);
        return out;
    }

    /** Whether the file is a WARC archive (read as a stream from a local copy, with no size limit). */
    static boolean isWarc(String uri) {
        String name = uri.toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    /**
     * Codes the pages of a WARC archive: the stream is copied to a local temporary file of the same name (core
     * reads WARC records from a file, streamed), and the pages' origins name the Hadoop path again.
     */
    static List<CodedPage> codeWarc(String uri, java.io.InputStream in, LocalDate published) {
        Pipeline pipeline = Pipelines.get();
        List<CodedPage> out = new ArrayList<>();
        Path dir = null;
        try {
            dir = java.nio.file.Files.createTempDirectory("marsad-warc");
            Path local = dir.resolve(localName(uri).getFileName().toString());
            java.nio.file.Files.copy(in, local);
            String prefix = local.toString();
            new PageReader().read(local, new PageSink() {
                @Override
                public void page(Page page) {
                    String origin = page.origin().startsWith(prefix)
                            ? uri + page.origin().substring(prefix.length()) : page.origin();
                    Page named = new Page(page.docId(), origin, page.format(), page.text(), page.meta());
                    out.add(CodedPage.of(pipeline.process(named.datedIfUnknown(published))));
                }

                @Override
                public void problem(Diagnostic d) {
                    out.add(CodedPage.problem(d.origin().replace(prefix, uri), d.reason()));
                }
            });
        } catch (java.io.IOException e) {
            out.add(CodedPage.problem(uri, "cannot copy the archive locally: " + e.getMessage()));
        } finally {
            delete(dir);
        }
        return out;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = java.nio.file.Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(p);
            }
        } catch (java.io.IOException e) {
            dir.toFile().deleteOnExit();
        }
    }

    /** The path part of a Hadoop URI ({@code hdfs://nn/a/b.txt} gives {@code /a/b.txt}), for name and folder. */
    static Path localName(String uri) {
        try {
            String path = new org.apache.hadoop.fs.Path(uri).toUri().getPath();
            return Path.of(path == null || path.isEmpty() ? "/page" : path);
        } catch (IllegalArgumentException e) {
            return Path.of("/page");
        }
    }
}
