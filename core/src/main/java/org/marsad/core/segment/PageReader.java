package org.marsad.core.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.budget.PageBudget;

/**
 * Reads files and folders into pages. Folders are read recursively in sorted path order, hidden files and
 * folders skipped. The kind of a file is chosen by its extension and its first bytes:
 * {@code <DOC>} at the start: ANT records; {@code *.jsonl}: JSON Lines; {@code *.txt}: a scraped text page;
 * {@code *.html}, {@code *.htm}, {@code *.xhtml}: main-content extraction ({@link HtmlReader} over {@code segment.html});
 * {@code *.warc}, {@code *.warc.gz}: HTML response records ({@link WarcPageReader}, streamed, no size limit);
 * any other file: sniffed (binary files are reported, text files
 * read as scraped pages, HTML sniffed by its first bytes). Nothing is thrown for bad input: every file
 * that cannot be read becomes a {@link Diagnostic} naming its path, and reading goes on.
 * <p>
 * Failures are contained per page: whatever a reader or the sink throws (a {@link StackOverflowError} from
 * deep input included; only the JVM's other fatal errors pass) is reported and the next page or file is read.
 * Every page's text is cleaned first ({@link PageText}: bidi controls removed, lone surrogates replaced and
 * reported). A failure in the sink (the pipeline, a store) is reported as such, with the page's origin, and the rest of
 * its file is still read. Each file is read, and each page handed to the sink, within a CPU budget
 * ({@link PageBudget}, {@link #withBudget}): a page past it is stopped and reported with the stage it was in.
 */
public final class PageReader {
    /** Larger files are reported, not read: no news page is this big. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private static final String WARC_STREAM = "a WARC archive is read from a file, not from standard input";

    private final FormatReader scraped = new ScrapedTextReader();
    private final FormatReader ant = new AntDocReader();
    private final FormatReader jsonl = new JsonLinesReader();
    private final FormatReader warc = new UnsupportedReader(WARC_STREAM);
    private final HtmlReader htmlPages = new HtmlReader();
    private final FormatReader html = (source, sink) -> htmlPages.read(source.origin(), source.bytes(), null, null,
            sink);
    private final Duration budget;
    private final WarcPageReader warcFiles;

    /** A reader with the configured page budget ({@link PageBudget#configured()}). */
    public PageReader() {
        this(PageBudget.configured());
    }

    private PageReader(Duration budget) {
        this.budget = budget;
        this.warcFiles = new WarcPageReader(budget);
    }

    /** This reader with another CPU budget per file read and per page handed to the sink. */
    public PageReader withBudget(Duration perPage) {
        if (perPage == null || perPage.isNegative() || perPage.isZero()) {
            throw new IllegalArgumentException("a page budget is a positive duration");
        }
        return new PageReader(perPage);
    }

    /** Reads a file or, recursively, a folder. */
    public void read(Path path, PageSink sink) {
        if (path == null || sink == null) {
            throw new IllegalArgumentException("read needs a path and a sink");
        }
        PageSink guarded = guarded(sink);
        if (Files.isDirectory(path)) {
            files(path, guarded).forEach(f -> readFile(f, guarded));
        } else {
            readFile(path, guarded);
        }
    }

    /**
     * Reads one input from a stream (standard input): a scraped page, unless its first bytes say otherwise
     * ({@code <DOC>}: ANT records; an opening brace: JSON Lines; HTML or binary: a diagnostic).
     */
    public void readStream(String origin, InputStream in, PageSink sink) {
        if (origin == null || in == null || sink == null) {
            throw new IllegalArgumentException("readStream needs an origin, a stream and a sink");
        }
        PageSink guarded = guarded(sink);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            guarded.problem(new Diagnostic(origin, "cannot read: " + reason(e)));
            return;
        }
        if (bytes.length > MAX_BYTES) {
            guarded.problem(new Diagnostic(origin, "too large (over " + MAX_BYTES / (1024 * 1024) + " MB)"));
            return;
        }
        readSource(new Source(origin, null, bytes), guarded);
    }

    /**
     * Reads one file whose bytes were fetched elsewhere (a Hadoop file system, for the Spark job): {@code name} is
     * its path, used as a local file's would be (the format by extension and content, the outlet by folder);
     * {@code origin} names it in pages and diagnostics.
     */
    public void readBytes(String origin, Path name, byte[] bytes, PageSink sink) {
        if (origin == null || name == null || bytes == null || sink == null) {
            throw new IllegalArgumentException("readBytes needs an origin, a name, bytes and a sink");
        }
        PageSink guarded = guarded(sink);
        if (bytes.length > MAX_BYTES) {
            guarded.problem(new Diagnostic(origin, "too large (" + bytes.length / (1024 * 1024) + " MB)"));
            return;
        }
        readSource(new Source(origin, name, bytes), guarded);
    }

    private void readFile(Path file, PageSink sink) {
        String origin = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                String why = Files.exists(file) ? "not a regular file" : "no such file (or a broken link)";
                sink.problem(new Diagnostic(origin, why));
                return;
            }
            if (isWarc(origin.toLowerCase(java.util.Locale.ROOT))) {
                // no budget for the whole archive, which may be large: each record has its own
                contained(origin, sink, null, () -> warcFiles.read(file, sink));
                return;
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                sink.problem(new Diagnostic(origin, "too large (" + size / (1024 * 1024) + " MB)"));
                return;
            }
            readSource(new Source(origin, file, Files.readAllBytes(file)), sink);
        } catch (IOException | RuntimeException e) {
            sink.problem(new Diagnostic(origin, "cannot read: " + reason(e)));
        }
    }

    /** One source through its format reader, within the budget, any failure contained. */
    private void readSource(Source source, PageSink sink) {
        contained(source.origin(), sink, budget, () -> formatOf(source).read(source, sink));
    }

    /**
     * Runs a reader within {@code budget} (null: none); its failure, of whatever kind, is reported as
     * "cannot read" the {@code origin}.
     */
    static void contained(String origin, PageSink sink, Duration budget, Runnable read) {
        try {
            if (budget == null) {
                read.run();
            } else {
                PageBudget.run(budget, read);
            }
        } catch (PageBudget.Exceeded e) {
            sink.problem(new Diagnostic(origin, e.getMessage()));
        } catch (Throwable t) {
            rethrowIfFatal(t);
            sink.problem(new Diagnostic(origin, "cannot read: " + reason(t)));
        }
    }

    /**
     * The sink as the format readers see it: each page handed on within its own budget, and a failure past the
     * reading (the pipeline, a store) reported with the page's origin as such; the reader then goes on.
     */
    private PageSink guarded(PageSink sink) {
        if (sink instanceof Guarded) {
            return sink;
        }
        return new Guarded(sink, budget);
    }

    private record Guarded(PageSink sink, Duration budget) implements PageSink {
        @Override
        public void page(Page read) {
            PageText cleaned = PageText.clean(read.text());
            if (cleaned.surrogates() > 0) {
                sink.problem(new Diagnostic(read.origin(), cleaned.surrogates()
                        + " lone surrogates replaced by U+FFFD"));
            }
            Page page = cleaned.text() == read.text() ? read
                    : new Page(read.docId(), read.origin(), read.format(), cleaned.text(), read.meta());
            try {
                PageBudget.run(budget, () -> sink.page(page));
            } catch (PageBudget.Exceeded e) {
                sink.problem(new Diagnostic(page.origin(), e.getMessage()));
            } catch (Throwable t) {
                rethrowIfFatal(t);
                sink.problem(new Diagnostic(page.origin(), "failed after reading (pipeline or store): "
                        + reason(t)));
            }
        }

        @Override
        public void problem(Diagnostic diagnostic) {
            sink.problem(diagnostic);
        }
    }

    /**
     * The JVM's fatal errors pass (out of memory, internal errors); a stack overflow, which deep input can
     * cause, is contained like any other failure of one page.
     */
    private static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    /** Chooses the reader by extension, then by content. */
    FormatReader formatOf(Source source) {
        String name = source.fileName();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return jsonl;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return html;
        }
        if (isWarc(name)) {
            return warc;
        }
        byte[] bytes = source.bytes();
        if (isAnt(bytes)) {
            return ant;
        }
        if (name.endsWith(".txt") || TextDecoder.looksBinary(bytes)) {
            return scraped;
        }
        String head = TextDecoder.head(bytes).toLowerCase(java.util.Locale.ROOT);
        if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
            return html;
        }
        return head.startsWith("{") ? jsonl : scraped;
    }

    private static boolean isWarc(String name) {
        return name.endsWith(".warc") || name.endsWith(".warc.gz");
    }

    private static boolean isAnt(byte[] bytes) {
        return TextDecoder.head(bytes).startsWith("<DOC>");
    }

    /** The regular and odd files under a folder, hidden ones left out, in sorted order; listing errors reported. */
    private static List<Path> files(Path root, PageSink sink) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !notAPage(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    sink.problem(new Diagnostic(file.toString(), "cannot read: " + reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            sink.problem(new Diagnostic(root.toString(), "cannot list folder: " + reason(e)));
        }
        found.sort(null);
        return found;
    }

    /**
     * Inside a folder, files whose extension says they are data or documentation (gold codings, manifests,
     * tables, archives handled elsewhere) are passed over; named on the command line, any file is read.
     */
    public static boolean notAPage(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && SKIPPED_IN_FOLDERS.contains(name.substring(dot + 1));
    }

    private static final java.util.Set<String> SKIPPED_IN_FOLDERS = java.util.Set.of("json", "md", "tsv", "csv",
            "pdf", "png", "jpg", "jpeg", "gif", "svg", "zip", "parquet", "duckdb", "wal", "class", "jar", "sh");

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    private static String reason(Throwable e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " " + e.getMessage();
    }
}
