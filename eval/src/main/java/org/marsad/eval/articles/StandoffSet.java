package org.marsad.eval.articles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The stand-off gold files under a folder, with the split each article belongs to. The split comes from the
 * corpus manifest ({@code manifest.tsv}: the path first, the split in the column its {@code # columns:} header
 * names), looked up in the folder and its parents. The second coder's folder ({@code second/}) is for agreement only: it is left out unless it
 * is the folder given.
 */
public final class StandoffSet {
    public static final String SECOND = "second";

    /**
     * The manifest's parts: {@code train} (models learn from it), {@code dev} (choices are judged on it), {@code test}
     * (not looked at), and {@code wide}: the training batches' articles from outside the four date windows, never
     * trained on, which judge how the models carry to other months and topics (docs/annotation.md).
     */
    public static final List<String> SPLITS = List.of("train", "dev", "test", "wide");

    /** {@code split} itself when it is null or one of {@link #SPLITS}; else a clear error naming them. */
    public static String requireSplit(String split) {
        if (split != null && !SPLITS.contains(split)) {
            throw new IllegalArgumentException("--split must be one of " + String.join(", ", SPLITS) + ", not " + split);
        }
        return split;
    }

    private final Path dir;
    private final Map<String, String> splits;

    public StandoffSet(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder of stand-off gold files");
        }
        this.dir = dir;
        this.splits = readManifest(dir);
    }

    /** Stand-off files in path order; {@code split} null takes every split. */
    public List<Path> files(String split) {
        boolean inSecond = dir.getFileName() != null && dir.getFileName().toString().equals(SECOND);
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> inSecond || !dir.relativize(p).toString().startsWith(SECOND + "/"))
                    .filter(StandoffGold::isStandoff)
                    .filter(p -> split == null || split.equals(splitOf(p)))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The manifest's split of the corpus file a stand-off file describes (by file name), or null. */
    public String splitOf(Path standoff) {
        String name = standoff.getFileName().toString().replaceFirst("\\.json$", ".txt");
        return splits.get(name);
    }

    /** Whether any manifest was found. */
    public boolean hasManifest() {
        return !splits.isEmpty();
    }

    private static Map<String, String> readManifest(Path dir) {
        Map<String, String> out = new HashMap<>();
        for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
            Path m = d.resolve("manifest.tsv");
            if (Files.isRegularFile(m)) {
                try {
                    int column = 5;
                    for (String line : Files.readAllLines(m, StandardCharsets.UTF_8)) {
                        if (line.startsWith("# columns:")) {
                            column = java.util.Arrays.asList(line.substring("# columns:".length()).trim().split("\t"))
                                    .indexOf("split");
                        }
                        String[] f = line.split("\t");
                        if (!line.startsWith("#") && column >= 0 && f.length > column) {
                            out.put(Path.of(f[0]).getFileName().toString(), f[column]);
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + m + ": " + e.getMessage(), e);
                }
                return out;
            }
        }
        return out;
    }
}
