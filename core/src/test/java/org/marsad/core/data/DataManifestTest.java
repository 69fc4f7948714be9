package org.marsad.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** DATA.md lists every data file of core with its SHA-256: the table and the files agree. */
class DataManifestTest {
    private static final Path ROOT = Path.of("src/main/resources/org/marsad/core");

    /** file (relative to the root) → SHA-256, from the rows of the table in DATA.md. */
    static Map<String, String> manifest(String table) {
        Map<String, String> out = new TreeMap<>();
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (line.startsWith("| ") && cells.length >= 5 && cells[3].trim().matches("[0-9a-f]{64}")) {
                out.put(cells[1].trim(), cells[3].trim());
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void everyListedFileHasItsSha256() throws Exception {
        Map<String, String> listed = manifest(Files.readString(ROOT.resolve("DATA.md")));
        assertTrue(listed.size() >= 18, "rows read: " + listed.keySet());
        for (Map.Entry<String, String> e : listed.entrySet()) {
            assertEquals(e.getValue(), sha256(ROOT.resolve(e.getKey())), e.getKey() + " changed: update DATA.md");
        }
    }

    @Test
    void everyDataFileIsListed() throws Exception {
        Map<String, String> listed = manifest(Files.readString(ROOT.resolve("DATA.md")));
        try (Stream<Path> files = Files.walk(ROOT)) {
            TreeSet<String> data = files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md"))
                    .map(f -> ROOT.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(data, new TreeSet<>(listed.keySet()));
        }
    }

    @Test
    void aChangedByteIsSeen() throws Exception {
        Path tmp = Files.createTempFile("data", ".tsv");
        try {
            Files.writeString(tmp, "# a\nب\n");
            String before = sha256(tmp);
            Files.writeString(tmp, "# a\nت\n");
            assertTrue(!before.equals(sha256(tmp)));
            String table = "| x.tsv | 2026-12-07 | " + before + " | hand |\n";
            assertEquals(Map.of("x.tsv", before), manifest(table)); // the row is read, so a change would fail
        } finally {
            Files.delete(tmp);
        }
    }
}
