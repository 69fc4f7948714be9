package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.record.RecordValidator;
import picocli.CommandLine;

class ExtractCommandTest {
    @TempDir
    Path dir;

    private record Run(int code, String err) {
    }

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cl = Marsad.commandLine();
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(args), err.toString());
    }

    @Test
    void writesValidRecordsWhoseOffsetsPointIntoThePage() throws Exception {
        String page = "عنوان تجريبي لخبر\n\nقصفت القوات التركية، السبت، قرية صغيرة شمال المدينة، ما أدى إلى مقتل 3 مدنيين.\n";
        Path in = Files.writeString(dir.resolve("page.txt"), page, StandardCharsets.UTF_8);
        Path out = dir.resolve("events.jsonl");
        Run r = run("extract", in.toString(), "--published", "2024-11-10", "-o", out.toString());
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
        Run r = run("extract", missing.toString(), good.toString(), "-o", dir.resolve("o.jsonl").toString());
        assertEquals(0, r.code(), "one good page was read");
        assertTrue(r.err().contains(missing.toString()), "the diagnostic names the path: " + r.err());
        assertTrue(r.err().contains("1 pages"), r.err());
    }

    @Test
    void aBadDateSaysWhatToDo() {
        Run r = run("extract", "x.txt", "--published", "10/11/2024");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--published"), r.err());
    }

    @Test
    void aMissingEvaluationFolderIsOneLineNotAStackTrace() {
        Run r = run("eval", "gsr", dir.resolve("nothing-here").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("marsad gsr: "), r.err());
        assertTrue(!r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void noCommandSaysWhatToDo() {
        Run r = run();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("marsad --help"), r.err());
    }
}
