package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.marsad.core.segment.PageReader;

/**
 * The job: every file under the inputs (any Hadoop path; folders recursively, skipping what {@code extract}
 * skips) through the pipeline, one file per record, and three Parquet tables out: {@code OUT/events},
 * {@code OUT/articles} and {@code OUT/clusters}, each partitioned by {@code month}.
 */
public final class SparkJob {
    private final SparkSession spark;
    private final LocalDate published;

    public SparkJob(SparkSession spark, LocalDate published) {
        if (spark == null) {
            throw new IllegalArgumentException("the job needs a Spark session");
        }
        this.spark = spark;
        this.published = published;
    }

    /** What a run read and wrote. */
    public record Summary(long files, long pages, long problems, long articles, long events, long clusters,
                          double seconds) {
        public double pagesPerSecond() {
            return seconds > 0 ? pages / seconds : 0;
        }
    }

    public Summary run(List<String> inputs, String output) {
        if (inputs == null || inputs.isEmpty() || output == null) {
            throw new IllegalArgumentException("the job needs inputs and an output path");
        }
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        LocalDate fallback = published;
        var input = files(sc, inputs);
        int slices = Math.max(1, sc.defaultParallelism() * 2);
        if (input.getNumPartitions() < slices) {
            input = input.repartition(slices);
        }
        JavaRDD<CodedPage> pages = input
                .flatMap(f -> PageCoder.code(f._1(), f._2(), fallback).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> events = pages.flatMap(p -> p.events().iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        write(spark.createDataFrame(events.map(Tables::event), Tables.EVENTS), output + "/events");
        write(spark.createDataFrame(pages.flatMap(p -> p.articles().iterator()).map(Tables::article),
                Tables.ARTICLES), output + "/articles");
        JavaRDD<org.apache.spark.sql.Row> clusters = SparkClusters.cluster(sc, events)
                .persist(StorageLevel.MEMORY_AND_DISK());
        write(spark.createDataFrame(clusters, Tables.CLUSTERS), output + "/clusters");
        Summary s = new Summary(files(sc, inputs).count(), pages.filter(p -> p.problem() == null).count(),
                pages.filter(p -> p.problem() != null).count(), pages.map(p -> p.articles().size()).fold(0, Integer::sum),
                events.count(), clusters.count(), (System.nanoTime() - t0) / 1e9);
        pages.unpersist();
        events.unpersist();
        clusters.unpersist();
        return s;
    }

    /**
     * The files of all inputs as (path, bytes); inside folders, what {@link PageReader#notAPage} names is left.
     * Small files are combined into few splits, so the caller spreads them over the cores.
     */
    private static org.apache.spark.api.java.JavaPairRDD<String, byte[]> files(
            JavaSparkContext sc, List<String> inputs) {
        List<String> folders = new ArrayList<>();
        for (String in : inputs) {
            qualifiedFolder(sc.hadoopConfiguration(), in).ifPresent(folders::add);
        }
        return sc.binaryFiles(String.join(",", inputs))
                .filter(f -> !inFolder(f._1(), folders) || !PageReader.notAPage(PageCoder.localName(f._1())))
                .mapValues(stream -> stream.toArray());
    }

    /** The input's full path ({@code file:/...}, {@code hdfs://...}) when it is a folder. */
    private static java.util.Optional<String> qualifiedFolder(Configuration conf, String input) {
        try {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            boolean folder = fs.exists(p) && fs.getFileStatus(p).isDirectory();
            return folder ? java.util.Optional.of(fs.makeQualified(p).toString()) : java.util.Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
        }
    }

    private static boolean inFolder(String file, List<String> folders) {
        String path = PageCoder.localName(file).toString();
        for (String f : folders) {
            String folder = PageCoder.localName(f).toString();
            if (path.startsWith(folder.endsWith("/") ? folder : folder + "/")) {
                return true;
            }
        }
        return false;
    }

    private static void write(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(path);
    }
}
