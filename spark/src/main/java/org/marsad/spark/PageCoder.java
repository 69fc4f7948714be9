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
