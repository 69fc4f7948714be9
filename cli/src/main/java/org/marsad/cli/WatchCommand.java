package org.marsad.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.store.EventStore;
import org.marsad.watch.FeedList;
import org.marsad.watch.FeedWatcher;
import org.marsad.watch.Fetcher;
import org.marsad.watch.WatchState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code marsad watch FEEDS}: poll RSS/Atom feeds into the store, each item once. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Poll RSS/Atom feeds politely and store every new item's page with its events, once.",
                "FEEDS is a file with one feed URL a line (# starts a comment). A restart resumes where it stopped.",
                "Exit status: 0 stopped cleanly, 1 with --once when a feed or an item failed (each is listed), 2 bad "
                        + "arguments or unreadable feeds file."})
final class WatchCommand implements Callable<Integer> {
    private static final Pattern SPAN = Pattern.compile("(\\d+)\\s*(s|m|h|d)?");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(index = "0", paramLabel = "FEEDS", description = "File of feed URLs, one a line.")
    Path feeds;

    @Option(names = {"--every", "--interval"}, paramLabel = "SPAN", defaultValue = "10m",
            description = "How often each feed is polled: 90s, 10m, 2h, 1d (default ${DEFAULT-VALUE}).")
    String every;

    @Option(names = "--per-host", paramLabel = "SPAN", defaultValue = "2s",
            description = "Least pause between two requests to one host (default ${DEFAULT-VALUE}).")
    String perHost;

    @Option(names = "--once", description = "Poll the feeds that are due once, then stop (for cron: an --every no longer than the cron period).")
    boolean once;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<URI> urls;
        Duration interval;
        Duration pause;
        try {
            urls = FeedList.read(feeds);
            interval = span(every);
            pause = span(perHost);
        } catch (IllegalArgumentException e) {
            err.println(Printable.of("marsad watch: " + e.getMessage()));
            return Exits.USAGE;
        }
        if (urls.isEmpty()) {
            err.println(Printable.of("marsad watch: no feed URLs in " + feeds + " (one http(s) URL a line)"));
            return Exits.USAGE;
        }
        try (EventStore db = StoreAccess.openForWrite(store.dir(), err); WatchState state = WatchState.open(store.dir())) {
            FeedWatcher watcher = new FeedWatcher(db, state, new Fetcher(pause), Pipeline.standard(), interval,
                    m -> {
                        err.println(Printable.of("marsad watch: " + m));
                        err.flush();
                    });
            err.printf("marsad watch: %d feeds every %s into %s (%d items seen in the last %d days)%n", urls.size(),
                    every, Printable.of(store.dir()), state.seenCount(), WatchState.DEFAULT_MAX_AGE.toDays());
            if (once) {
                FeedWatcher.Report r = watcher.pollOnce(urls, System.currentTimeMillis());
                err.println(Printable.of("marsad watch: " + r));
                return Exits.of(r.failed() + r.itemFailures());
            } else {
                java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
                Thread main = Thread.currentThread();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop.set(true);
                    joinQuietly(main);
                }));
                watcher.run(urls, stop::get);
                err.println("marsad watch: stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("marsad watch: interrupted");
        }
        return Exits.OK;
    }

    /** On Ctrl-C: lets the poll loop finish its item and close the store (at most 15 s). */
    private static void joinQuietly(Thread main) {
        try {
            main.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "90s", "10m", "2h", "1d", a bare number of seconds, or an ISO-8601 duration ("PT10M"). */
    static Duration span(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.startsWith("p")) {
            try {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + text, e);
            }
        }
        Matcher m = SPAN.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (try 30s, 10m, 2h)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            case "d" -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
