package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** bench-store and bench-load remove their temporary stores (issue 19, item 11). */
class TempStoreTest {
    @Test
    void closingRemovesTheFolderAndAllInIt() throws Exception {
        Path dir;
        try (TempStore t = TempStore.create("marsad-test-")) {
            dir = t.dir();
            Files.writeString(Files.createDirectories(dir.resolve("lucene")).resolve("x"), "x");
            Files.writeString(dir.resolve("marsad.duckdb"), "x");
        }
        assertFalse(Files.exists(dir));
    }

    private static Set<Path> benchStores() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("marsad-bench-store-")).collect(Collectors.toSet());
        }
    }

    @Test
    void benchStoreLeavesNoStoreBehind() throws Exception {
        Set<Path> before = benchStores();
        CliRun r = CliRun.of("bench-store", "--events", "200", "--runs", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(removed at the end)"), r.err());
        Set<Path> after = benchStores();
        after.removeAll(before);
        assertEquals(Set.of(), after);
    }
}
