package org.marsad.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code marsad SUBCOMMAND ...}. */
@Command(name = "marsad", mixinStandardHelpOptions = true, version = "marsad 0.1.0",
        description = "Arabic news pages in; coded, dated, geocoded political and conflict events out.",
        subcommands = {ExtractCommand.class, IngestCommand.class, TrainCommand.class, EventsCommand.class, SearchCommand.class, ExportCommand.class,
                ServeCommand.class,
                WatchCommand.class,
                EvalCommand.class, BenchCommand.class, BenchStoreCommand.class, BenchIngestCommand.class,
                BenchLoadCommand.class,
                DemoCommand.class,
                SparkCommand.class,
                CommandLine.HelpCommand.class})
public final class Marsad implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Say which command to run, for example: marsad extract page.txt (marsad --help lists them)");
    }

    /**
     * A command that fails on its input (a missing folder, a bad file, a store that cannot be opened) says why in
     * one line and exits 1 ({@link Exits#SOME_FAILED}); only an unexpected error prints its stack trace. The message
     * is printed through {@link Printable#of}, since it may quote a file name.
     */
    static int failed(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof IllegalArgumentException || e instanceof IllegalStateException
                || e instanceof java.io.IOException || e instanceof java.io.UncheckedIOException
                || e instanceof org.marsad.store.StoreException) {
            err.println("marsad " + cl.getCommandName() + ": " + Printable.of(e.getMessage()));
        } else {
            e.printStackTrace(err);
        }
        err.flush();
        return Exits.SOME_FAILED;
    }

    /**
     * Bad usage: the message (escaped: it may quote a file name or value) and the command's usage, exit 2
     * ({@link Exits#USAGE}).
     */
    static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(Printable.of(e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            cl.usage(err);
        }
        err.flush();
        return Exits.USAGE;
    }

    public static void main(String[] args) {
        NativeLeftovers.clean();
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, UTF-8 on both streams (tests call it too). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Marsad());
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(Marsad::failed);
        cl.setParameterExceptionHandler(Marsad::badUsage);
        return cl;
    }
}
