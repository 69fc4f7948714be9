package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.server.ServerConfig;
import org.marsad.store.EventStore;
import picocli.CommandLine;

/** While a server holds the store, the read commands go through it and a writer names it (issue 17). */
class StoreAccessTest {
    @TempDir
    Path dir;

    @Test
    void readCommandsGoThroughTheRunningServerAndAWriterIsToldWhereItIs() throws Exception {
        Path db = StoreFixtures.filled(dir);
        String expected;
        long events;
        try (EventStore s = EventStore.open(db)) {
            events = s.count("events");
        }
        expected = CliRun.of("events", "--db", db.toString()).out();
        CommandLine serve = Marsad.commandLine().getSubcommands().get("serve");
        serve.setOut(new PrintWriter(new StringWriter(), true));
        try (EventStore s = EventStore.open(db)) {
            Javalin app = ServeCommand.start(serve.getCommandSpec(), s, ServerConfig.local(0, null));
            try {
                assertTrue(Files.exists(db.resolve(StoreAccess.SERVER_FILE)));
                var running = StoreAccess.running(db).orElseThrow();
                assertEquals(ProcessHandle.current().pid(), running.pid());

                CliRun ev = CliRun.of("events", "--db", db.toString());
                assertEquals(0, ev.code(), ev.err());
                assertEquals(expected, ev.out(), "the same records as from the store itself");
                assertTrue(ev.err().contains("asking the server at " + running.url()), ev.err());

                CliRun bad = CliRun.of("events", "--db", db.toString(), "--country", "S1");
                assertEquals(2, bad.code(), bad.err());
                assertFalse(bad.err().contains("lock"), bad.err());

                CliRun search = CliRun.of("search", "القوات", "--db", db.toString());
                assertEquals(0, search.code(), search.err());
                assertTrue(search.out().startsWith("1 articles match"), search.out());

                Path out = dir.resolve("all.jsonl");
                CliRun export = CliRun.of("export", "--format", "jsonl", "-o", out.toString(), "--db", db.toString());
                assertEquals(0, export.code(), export.err());
                assertEquals(events, Files.readAllLines(out, StandardCharsets.UTF_8).size());

                CliRun parquet = CliRun.of("export", "--format", "parquet", "-o", dir.resolve("x.parquet").toString(),
                        "--db", db.toString());
                assertEquals(1, parquet.code(), parquet.err());
                assertTrue(parquet.err().contains("stop the server"), parquet.err());

                IllegalStateException w = assertThrows(IllegalStateException.class, () -> StoreAccess.openForWrite(db));
                assertTrue(w.getMessage().contains("a marsad server is running on the store " + db + " at "
                        + running.url()), w.getMessage());
                assertTrue(w.getMessage().contains("POST " + running.url() + "api/pages"), w.getMessage());
            } finally {
                app.stop();
                StoreAccess.withdraw(db);
            }
        }
        assertFalse(Files.exists(db.resolve(StoreAccess.SERVER_FILE)));
        assertTrue(StoreAccess.running(db).isEmpty());
    }

    @Test
    void theFileOfAKilledServerIsIgnoredAndRemoved() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve(StoreAccess.SERVER_FILE), "url=http://127.0.0.1:1/\npid=" + gone.pid() + "\n");
        assertTrue(StoreAccess.running(db).isEmpty());
        assertFalse(Files.exists(db.resolve(StoreAccess.SERVER_FILE)));
    }

    @Test
    void aLiveProcessThatDoesNotAnswerIsNoServer() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        Files.writeString(db.resolve(StoreAccess.SERVER_FILE), "url=http://127.0.0.1:1/\npid="
                + ProcessHandle.current().pid() + "\n");
        assertTrue(StoreAccess.running(db).isEmpty());
    }

    @Test
    void aStoreHeldByAnotherProcessIsNamedNotALockError() throws Exception {
        Path db = dir.resolve("db");
        EventStore.open(db).close();
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), db.toString())
                .redirectErrorStream(true).start();
        try {
            String ready = new String(holder.getInputStream().readNBytes(5), StandardCharsets.UTF_8);
            assertEquals("ready", ready);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoreAccess.openForWrite(db));
            assertEquals("the store " + db + " is in use by another process (PID " + holder.pid()
                    + "); a store opens in one process at a time: wait for it to finish, or stop it", e.getMessage());
            CliRun r = CliRun.of("events", "--db", db.toString());
            assertEquals(1, r.code(), r.err());
            assertFalse(r.err().contains("Could not set lock"), r.err());
            assertTrue(r.err().contains("is in use by another process"), r.err());
        } finally {
            holder.destroy();
            holder.waitFor();
        }
    }

    /** Holds a store open until killed (the other process of the test above). */
    static final class HoldStore {
        public static void main(String[] args) throws Exception {
            try (EventStore s = EventStore.open(Path.of(args[0]))) {
                System.out.print("ready");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    @Test
    void theUrlOfAnAnnouncementIsKept() throws Exception {
        Path db = Files.createDirectories(dir.resolve("db"));
        StoreAccess.announce(db, URI.create("http://127.0.0.1:9/"));
        assertTrue(Files.readString(db.resolve(StoreAccess.SERVER_FILE)).contains("url=http\\://127.0.0.1\\:9/"));
        StoreAccess.withdraw(db);
        assertFalse(Files.exists(db.resolve(StoreAccess.SERVER_FILE)));
    }
}
