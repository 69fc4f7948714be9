package org.marsad.core.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An empty JSON Lines file is reported with its path, never read as nothing (issue 19, item 14). */
class EmptyJsonLinesTest {
    @TempDir
    Path dir;

    private List<String> read(Path file) {
        List<String> seen = new ArrayList<>();
        new PageReader().read(file, new PageSink() {
            @Override
            public void page(Page page) {
                seen.add("page " + page.origin());
            }

            @Override
            public void problem(Diagnostic d) {
                seen.add(d.toString());
            }
        });
        return seen;
    }

    @Test
    void anEmptyOrBlankFileIsADiagnosticWithItsPath() throws Exception {
        for (String content : new String[] {"", "\n\n  \n"}) {
            Path f = Files.writeString(dir.resolve("pages.jsonl"), content, StandardCharsets.UTF_8);
            assertEquals(List.of(f + ": empty JSON Lines file (no records)"), read(f), "[" + content + "]");
        }
    }

    @Test
    void aFileWithRecordsIsNotCalledEmptyEvenWhenTheyAreBad() throws Exception {
        Path f = Files.writeString(dir.resolve("pages.jsonl"), "{\"text\": \"نص الخبر\"}\n{\"title\": 5}\n",
                StandardCharsets.UTF_8);
        assertEquals(List.of("page " + f + "#1", f + "#2: no \"text\" string"), read(f));
    }
}
