package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.record.RecordValidator;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void writesValidRecordsWhoseOffsetsPointIntoThePage() throws Exception {
        String page = "عنوان تجريبي لخبر\n\nقصفت القوات التركية، السبت، قرية صغيرة شمال المدينة، ما أدى إلى مقتل 3 مدنيين.\n";
        Path in = Files.writeString(dir.resolve("page.txt"), page, StandardCharsets.UTF_8);
        Path out = dir.resolve("events.jsonl");
        CliRun r = run("extract", in.toString(), "--published", "2024-11-10", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        RecordValidator v = new RecordValidator();
        for (String line : lines) {
            assertEquals(List.of(), v.validate(line, page), line);
        }
        assertTrue(r.err().contains("1 pages"), r.err());
    }

    @Test
    void anUnreadablePathIsReportedAndTheBatchGoesOn() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "عنوان\n\nنص قصير.\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        CliRun r = run("extract", missing.toString(), good.toString(), "-o", dir.resolve("o.jsonl").toString());
        assertEquals(1, r.code(), "one input failed (the good page was read): exit 1");
        assertTrue(r.err().contains(missing.toString()), "the diagnostic names the path: " + r.err());
        assertTrue(r.err().contains("1 pages"), r.err());
    }

    @Test
    void aBadDateSaysWhatToDo() {
        CliRun r = run("extract", "x.txt", "--published", "10/11/2024");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void aMissingEvaluationFolderIsOneLineNotAStackTrace() {
        CliRun r = run("eval", "gsr", dir.resolve("nothing-here").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("marsad gsr: "), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void noCommandSaysWhatToDo() {
        CliRun r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("marsad --help"), r.err());
    }
}
