package org.marsad.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code marsad spark IN... OUT}: the Spark job ({@code org.marsad.spark.Main}) on this machine. Spark is not in
 * marsad.jar: the job runs in a child JVM on the spark module's classpath ({@code spark/target/classpath.txt},
 * written by the build), with the JVM flags Spark needs on Java 17.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on Apache Spark (local[*] unless --master says otherwise): pages under IN "
                + "(any Hadoop path: file:, hdfs:, s3a:) in; Parquet tables OUT/events, OUT/articles and "
                + "OUT/clusters out, partitioned by month.",
                "For a cluster use spark-submit with spark/target/marsad-spark.jar (see the README)."})
final class SparkCommand implements Callable<Integer> {
    /** What Spark 4 needs opened on Java 17 (the spark module's tests get the same from the parent pom). */
    static final List<String> OPENS = List.of("java.base/java.lang", "java.base/java.lang.invoke", "java.base/java.nio",
            "java.base/sun.nio.ch", "java.base/java.util");

    @Parameters(arity = "2..*", paramLabel = "PATH", description = "Inputs (files or folders), then the output folder.")
    List<String> paths;

    @Option(names = "--published", paramLabel = "DATE",
            description = "Publication date (YYYY-MM-DD) for pages whose own metadata gives none.")
    LocalDate published;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL",
            description = "Spark master (default: local[*], all cores of this machine).")
    String master;

    @Option(names = "--memory", defaultValue = "2g", paramLabel = "SIZE", description = "Heap of the Spark JVM (default 2g).")
    String memory;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path module = sparkModule();
        Path classpath = module.resolve("target/classpath.txt");
        Path classes = module.resolve("target/classes");
        if (!Files.isRegularFile(classpath) || !Files.isDirectory(classes)) {
            throw new IllegalStateException("the spark module is not built (no " + classpath + "); run "
                    + "./mvnw -q package -DskipTests at the repository root");
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        OPENS.forEach(o -> cmd.add("--add-opens=" + o + "=ALL-UNNAMED"));
        cmd.add("-Xmx" + memory);
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-Dlog4j2.configurationFile=" + classes.resolve("org/marsad/spark/log4j2-local.properties"));
        cmd.add("-cp");
        cmd.add(classes + java.io.File.pathSeparator + Files.readString(classpath, StandardCharsets.UTF_8).strip());
        cmd.add("org.marsad.spark.Main");
        cmd.addAll(paths);
        cmd.add("--master");
        cmd.add(master);
        if (published != null) {
            cmd.add("--published");
            cmd.add(published.toString());
        }
        return new ProcessBuilder(cmd).inheritIO().start().waitFor();
    }

    /** The spark module next to the cli module this jar was built in ({@code MARSAD_HOME} overrides). */
    private static Path sparkModule() {
        String home = System.getenv("MARSAD_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "spark");
        }
        try {
            Path jar = Path.of(Marsad.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().getParent().getParent().getParent().resolve("spark");
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where marsad.jar lies; set MARSAD_HOME to the repository", e);
        }
    }
}
