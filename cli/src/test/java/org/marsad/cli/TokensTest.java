package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The serve token: a file or MARSAD_TOKEN, and a warning for --token, which ps shows (issue 19, item 13). */
class TokensTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    private CommandLine.Model.CommandSpec spec() {
        CommandLine serve = Marsad.commandLine().getSubcommands().get("serve");
        serve.setErr(new PrintWriter(err, true));
        return serve.getCommandSpec();
    }

    @Test
    void theTokenFileGivesItsFirstLine() throws Exception {
        Path f = Files.writeString(dir.resolve("token"), "  s3cret-token \nignored\n");
        assertEquals("s3cret-token", Tokens.choose(spec(), null, f, "from-env"));
        assertEquals("", err.toString());
    }

    @Test
    void theEnvironmentIsTheDefaultAndBlankIsNone() {
        assertEquals("from-env", Tokens.choose(spec(), null, null, "from-env"));
        assertNull(Tokens.choose(spec(), null, null, " "));
        assertEquals("", err.toString());
    }

    @Test
    void aTokenOnTheCommandLineIsUsedWithAWarning() {
        assertEquals("abc", Tokens.choose(spec(), "abc", null, null));
        assertTrue(err.toString().contains("--token is visible to every user of this machine (ps)"), err.toString());
        assertTrue(err.toString().contains("--token-file"), err.toString());
    }

    @Test
    void anEmptyOrMissingTokenFileAndBothOptionsAreBadUsage() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThrows(CommandLine.ParameterException.class, () -> Tokens.choose(spec(), null, empty, null));
        assertThrows(CommandLine.ParameterException.class, () -> Tokens.choose(spec(), null, dir.resolve("nope"), null));
        assertThrows(CommandLine.ParameterException.class, () -> Tokens.choose(spec(), "a", empty, null));
        CliRun r = CliRun.of("serve", "--db", dir.resolve("db").toString(), "--token-file", empty.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is empty; write the token on its first line"), r.err());
    }
}
