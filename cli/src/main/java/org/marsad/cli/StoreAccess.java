package org.marsad.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.store.EventStore;
import org.marsad.store.StoreException;

/**
 * How the commands open a store folder, and the server that may hold it.
 *
 * <p>A DuckDB file opens in one process at a time; even a read-only open fails while another process holds it
 * (tried: "Could not set lock on file ... Conflicting lock is held"). So {@code serve} announces itself in
 * {@value #SERVER_FILE} in the store folder (its URL and process id) for as long as it runs, and the others ask
 * {@link #running}: the read commands ({@code events}, {@code search}, {@code export}) then go through its API
 * ({@link ServerReads}), and a writing command ({@code ingest}, {@code watch}) stops with
 * {@link #serverHolds}'s message instead of DuckDB's lock error. {@link #openForWrite} does both for a writer.
 */
final class StoreAccess {
    static final String SERVER_FILE = "server.properties";
    private static final Pattern LOCK_PID = Pattern.compile("Conflicting lock is held in .*?\\(PID (\\d+)\\)");

    private StoreAccess() {
    }

    /** A marsad server serving the store: its base URL ({@code http://127.0.0.1:8080/}) and process id. */
    record RunningServer(URI url, long pid) {
    }

    /**
     * The server running on the store in {@code dir}, if any: announced in {@value #SERVER_FILE}, its process
     * alive and its URL answering. A stale file (the server was killed) is removed and ignored.
     */
    static Optional<RunningServer> running(Path dir) {
        Path file = dir.resolve(SERVER_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        RunningServer s;
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(in);
            s = new RunningServer(URI.create(p.getProperty("url", "")), Long.parseLong(p.getProperty("pid", "-1")));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean alive = ProcessHandle.of(s.pid()).map(ProcessHandle::isAlive).orElse(false);
        if (alive && answers(s.url())) {
            return Optional.of(s);
        }
        if (!alive) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // another process may have removed it, or the folder is read-only: the file is ignored either way
            }
        }
        return Optional.empty();
    }

    private static boolean answers(URI url) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(url.resolve("openapi.json"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Writes {@value #SERVER_FILE} for the server of this process at {@code url}, and removes it when the process
     * ends normally (a killed server leaves it; {@link #running} then sees the dead process id).
     */
    static void announce(Path dir, URI url) throws IOException {
        Path file = dir.resolve(SERVER_FILE);
        Properties p = new Properties();
        p.setProperty("url", url.toString());
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        Path tmp = Files.createTempFile(dir, "server", ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "the marsad server running on this store; removed when it stops");
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> withdraw(dir)));
    }

    /** Removes this process's announcement (the server stopped). */
    static void withdraw(Path dir) {
        Path file = dir.resolve(SERVER_FILE);
        try (InputStream in = Files.newInputStream(file)) {
            Properties p = new Properties();
            p.load(in);
            if (Long.toString(ProcessHandle.current().pid()).equals(p.getProperty("pid"))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // gone already, or unreadable: nothing of ours to remove
        }
    }

    /** What a writing command says when a server holds the store: where it runs and what to do instead. */
    static String serverHolds(Path dir, RunningServer s) {
        return "a marsad server is running on the store " + dir + " at " + s.url() + " (PID " + s.pid()
                + "): send pages to it with POST " + s.url().resolve("api/pages")
                + " (with its token), or stop it and run this again";
    }

    /**
     * Opens the store for a command that writes to it (ingest, watch, serve): refused with a message naming the
     * running server ({@link #serverHolds}) or the process holding the store, never DuckDB's raw lock error.
     */
    static EventStore openForWrite(Path dir) {
        return openForWrite(dir, stderr());
    }

    /** As {@link #openForWrite(Path)}, the store's warnings (a search index rebuilt) printed on {@code err}. */
    static EventStore openForWrite(Path dir, PrintWriter err) {
        Optional<RunningServer> s = running(dir);
        if (s.isPresent()) {
            throw new IllegalStateException(serverHolds(dir, s.get()));
        }
        return open(dir, err);
    }

    /**
     * Opens an existing store for a read command: a folder without a store is an error (a mistyped {@code --db}
     * must not create a new empty store). The caller has checked {@link #running} first.
     */
    static EventStore openExisting(Path dir, PrintWriter err) {
        if (!Files.isRegularFile(dir.resolve(EventStore.FILE))) {
            throw new IllegalArgumentException("no store in " + dir + " (" + EventStore.FILE
                    + " is missing): check --db, or fill a store first with marsad ingest PAGES --db DIR");
        }
        return open(dir, err);
    }

    private static PrintWriter stderr() {
        return new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    }

    /** Whether {@code dir} holds a store. */
    static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(EventStore.FILE));
    }

    /**
     * Opens the store; a search index that could not be read was rebuilt from the store, and {@code err} is told
     * so (never silently).
     */
    private static EventStore open(Path dir, PrintWriter err) {
        try {
            EventStore store = EventStore.open(dir);
            for (String w : store.warnings()) {
                err.println(Printable.of("marsad: warning: " + w));
            }
            err.flush();
            return store;
        } catch (StoreException e) {
            String m = String.valueOf(e.getMessage());
            Matcher pid = LOCK_PID.matcher(m);
            if (m.contains("Could not set lock")) {
                Optional<RunningServer> s = running(dir);
                if (s.isPresent()) {
                    throw new IllegalStateException(serverHolds(dir, s.get()), e);
                }
                throw new IllegalStateException("the store " + dir + " is in use by another process"
                        + (pid.find() ? " (PID " + pid.group(1) + ")" : "")
                        + "; a store opens in one process at a time: wait for it to finish, or stop it", e);
            }
            throw e;
        }
    }
}
