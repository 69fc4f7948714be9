package org.marsad.cli;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.server.ApiServer;
import org.marsad.server.Cors;
import org.marsad.server.PageIngest;
import org.marsad.server.ServerConfig;
import org.marsad.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code marsad serve}: the HTTP API and web map over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API and the web map.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the token for POST /api/pages (or set MARSAD_TOKEN; "
            + "without either, ingest over HTTP is off).")
    java.nio.file.Path tokenFile;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "The token itself (visible to every user in ps: prefer --token-file or MARSAD_TOKEN).")
    String token;

    @Option(names = "--max-reads", paramLabel = "N",
            description = "Read requests run at once; the others wait in arrival order "
            + "(default: twice the cores).")
    Integer maxReads;

    @Option(names = "--admission-wait-ms", paramLabel = "MS", defaultValue = "10000",
            description = "How long a request may wait its turn before it is answered 503 (default ${DEFAULT-VALUE}).")
    long admissionWaitMs;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let browser pages of ORIGIN (e.g. http://localhost:8888, a notebook or Kepler.gl) call "
            + "the read routes of the API. Off by default.")
    String cors;

    @Override
    public Integer call() throws InterruptedException {
        String t = Tokens.choose(spec, token, tokenFile, System.getenv("MARSAD_TOKEN"));
        ServerConfig config;
        try {
            config = new ServerConfig(bind, port, t, ServerConfig.DEFAULT_MAX_BODY,
                    maxReads == null ? ServerConfig.DEFAULT_MAX_READS : maxReads, Duration.ofMillis(admissionWaitMs));
            if (cors != null) {
                Cors.origin(cors);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (EventStore db = StoreAccess.openForWrite(store.dir(), spec.commandLine().getErr())) {
            serve(spec, db, config, cors);
        }
        return 0;
    }

    /** Starts the server, prints its URL, and blocks until the process is stopped. */
    static void serve(CommandSpec spec, EventStore db, ServerConfig config) throws InterruptedException {
        serve(spec, db, config, null);
    }

    /** The same, letting browser pages of {@code corsOrigin} read the API (null: same origin only). */
    static void serve(CommandSpec spec, EventStore db, ServerConfig config, String corsOrigin)
            throws InterruptedException {
        Javalin app = start(spec, db, config, corsOrigin);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            stopped.countDown();
        }));
        stopped.await();
    }

    /**
     * Starts the server, announces it in the store folder ({@link StoreAccess#announce}: the read commands then go
     * through it, and a writer names it instead of failing on the lock), and prints its URL.
     */
    static Javalin start(CommandSpec spec, EventStore db, ServerConfig config) {
        return start(spec, db, config, null);
    }

    /** The same with cross-origin reads for {@code corsOrigin} ({@link Cors}; null: off). */
    static Javalin start(CommandSpec spec, EventStore db, ServerConfig config, String corsOrigin) {
        Javalin app = ApiServer.create(db, new PageIngest(Pipeline::standard, db), config);
        if (corsOrigin != null) {
            Cors.allow(app, corsOrigin);
        }
        app.start(config.bind(), config.port());
        String host = config.bind().contains(":") ? "[" + config.bind() + "]" : config.bind();
        java.net.URI url = java.net.URI.create("http://" + host + ":" + app.port() + "/");
        try {
            StoreAccess.announce(db.dir(), url);
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("marsad: cannot announce the server in " + Printable.of(db.dir())
                    + " (" + Printable.of(e.getMessage()) + "); other commands on this store will not find it");
        }
        spec.commandLine().getOut().printf("marsad: serving %d events at %s (Ctrl-C to stop)%n",
                db.count("events"), url);
        spec.commandLine().getOut().flush();
        return app;
    }
}
