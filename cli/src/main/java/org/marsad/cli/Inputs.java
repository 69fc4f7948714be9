package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.PageReader;

/**
 * The files {@code extract} and {@code ingest} read, listed before reading so that progress knows the total:
 * paths given (a folder stands for its files, as {@link PageReader} reads one: recursively, hidden files and
 * data files left out, sorted) and the lines of a {@code --manifest}. A manifest is a TSV file: a page's path
 * (relative to the manifest's folder unless absolute), then optionally its URL and its publication date
 * ({@code YYYY-MM-DD}), which the page takes when its own metadata gives none; a line may give the date without the
 * URL (the project's {@code samples/index.tsv}: path and date). Blank lines and lines starting with {@code #} are
 * skipped, as is a header whose first cell is {@code path} or {@code page}.
 */
final class Inputs {
    /** One file to read, with what its manifest line says of it (null: nothing). */
    record Input(Path file, String url, LocalDate published) {
        /** The page with this line's URL and date where its own metadata gives none. */
        org.marsad.core.segment.Page apply(org.marsad.core.segment.Page page) {
            org.marsad.core.segment.Page p = page;
            if (url != null && p.meta().url() == null) {
                var m = p.meta();
                p = p.withMeta(new org.marsad.core.segment.PageMeta(url, m.outlet(), m.published(), m.title(),
                        m.encoding()));
            }
            return published == null ? p : p.datedIfUnknown(published);
        }
    }

    private final List<Input> files = new ArrayList<>();
    private final List<Diagnostic> problems = new ArrayList<>();

    /** The files read: those given, folders listed. */
    List<Input> files() {
        return files;
    }

    /** Folders that could not be listed, and manifest lines that could not be read. */
    List<Diagnostic> problems() {
        return problems;
    }

    void addPath(Path p) {
        if (Files.isDirectory(p)) {
            list(p).forEach(f -> files.add(new Input(f, null, null)));
        } else {
            files.add(new Input(p, null, null));
        }
    }

    void addManifest(Path manifest) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            problems.add(new Diagnostic(manifest.toString(), "cannot read the manifest: " + e.getMessage()));
            return;
        }
        Path base = manifest.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String path = cells[0].strip();
            if (i == first(lines) && (path.equalsIgnoreCase("path") || path.equalsIgnoreCase("page"))) {
                continue;
            }
            String where = manifest + " line " + (i + 1);
            if (path.isEmpty()) {
                problems.add(new Diagnostic(where, "no path in the first column"));
                continue;
            }
            String url = null;
            LocalDate published = null;
            String bad = null;
            for (int c = 1; c < cells.length && bad == null; c++) {
                String cell = cells[c].strip();
                if (cell.isEmpty()) {
                    continue;
                }
                if (cell.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    try {
                        published = LocalDate.parse(cell);
                    } catch (DateTimeParseException e) {
                        bad = "not a date: " + cell;
                    }
                } else if (url == null && c == 1) {
                    url = cell;
                } else {
                    bad = "expected a URL then a date (YYYY-MM-DD), found: " + cell;
                }
            }
            if (bad != null) {
                problems.add(new Diagnostic(where, bad));
                continue;
            }
            Path file = Path.of(path);
            files.add(new Input(file.isAbsolute() ? file : base.resolve(file), url, published));
        }
    }

    private static int first(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return i;
            }
        }
        return -1;
    }

    private List<Path> list(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && !PageReader.notAPage(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Diagnostic(file.toString(), "cannot read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Diagnostic(root.toString(), "cannot list folder: " + e.getMessage()));
        }
        found.sort(null);
        return found;
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
