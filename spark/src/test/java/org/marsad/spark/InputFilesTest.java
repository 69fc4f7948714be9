package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    private static List<String> names(List<String> uris) {
        return uris.stream().map(u -> u.substring(u.indexOf("/in/") + 4)).sorted().toList();
    }

    @Test
    void aFolderIsListedRecursivelyWithoutHiddenFilesOrWhatExtractSkips() throws IOException {
        write("in/خبر.txt", "عنوان\n\nنص الخبر.");
        write("in/sub/صفحة.html", "<html><body><p>نص</p></body></html>");
        write("in/.hidden.txt", "مخفي");
        write("in/_SUCCESS", "");
        write("in/README.md", "# notes");
        write("in/gold.json", "{}");
        List<String> found = InputFiles.list(new Configuration(), List.of(dir.resolve("in").toString()));
        assertEquals(List.of("sub/صفحة.html", "خبر.txt"), names(found));
        found.forEach(u -> assertEquals(true, u.startsWith("file:"), "a full Hadoop path: " + u));
    }

    @Test
    void aFileNamedAsInputIsKeptWhateverItsName() throws IOException {
        write("in/.page.txt", "عنوان\n\nنص.");
        List<String> found = InputFiles.list(new Configuration(), List.of(dir.resolve("in/.page.txt").toString()));
        assertEquals(1, found.size());
        assertEquals(true, found.get(0).startsWith("file:"), found.get(0));
    }

    @Test
    void aMissingInputIsAnErrorNamingIt() {
        String missing = dir.resolve("nowhere").toString();
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> InputFiles.list(new Configuration(), List.of(missing)));
        assertEquals(true, e.getMessage().contains(missing), e.getMessage());
    }

    @Test
    void anExecutorReadsAFileWithTheDriversSettings() throws IOException {
        write("in/خبر.txt", "عنوان\n\nنص الخبر.");
        InputFiles.Settings settings = InputFiles.Settings.of(new Configuration());
        String uri = InputFiles.list(new Configuration(), List.of(dir.resolve("in").toString())).get(0);
        assertArrayEquals("عنوان\n\nنص الخبر.".getBytes(StandardCharsets.UTF_8), settings.read(uri));
        org.junit.jupiter.api.Assertions.assertSame(settings.configuration(), settings.configuration(),
                "built once per job");
    }
}
