package org.marsad.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * {@code Main IN... OUT [--published DATE] [--master URL]}: runs {@link SparkJob}. Without {@code --master} the
 * master comes from {@code spark-submit} (or is {@code local[*]} when there is none); prints one summary line.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        List<String> paths = new ArrayList<>();
        String master = null;
        LocalDate published = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--master" -> master = value(args, ++i);
                case "--published" -> published = date(value(args, ++i));
                default -> paths.add(args[i]);
            }
        }
        if (paths.size() < 2) {
            fail("usage: Main IN... OUT [--published YYYY-MM-DD] [--master URL]");
        }
        SparkSession.Builder builder = SparkSession.builder().appName("marsad")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "16");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            spark.sparkContext().setLogLevel("WARN");
            String out = paths.remove(paths.size() - 1);
            SparkJob.Summary s = new SparkJob(spark, published).run(paths, out);
            System.err.printf(Locale.ROOT, "marsad spark: %d files, %d pages (%d skipped), %d articles, %d events, "
                            + "%d clusters in %.1f s (%.1f pages/s, %d cores); Parquet in %s%n", s.files(), s.pages(),
                    s.problems(), s.articles(), s.events(), s.clusters(), s.seconds(), s.pagesPerSecond(),
                    spark.sparkContext().defaultParallelism(), out);
        } finally {
            spark.stop();
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail("marsad spark: " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            fail("marsad spark: --published takes a date like 2024-11-09, not " + s);
            return null;
        }
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
