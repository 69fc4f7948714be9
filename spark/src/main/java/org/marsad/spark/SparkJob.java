package org.marsad.spark;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

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
        LocalDate fallback = published;
        List<String> files = InputFiles.list(sc.hadoopConfiguration(), inputs);
        InputFiles.Settings settings = InputFiles.Settings.of(sc.hadoopConfiguration());
        int slices = Math.max(1, Math.max(sc.defaultParallelism() * 2, files.size() / 1000));
        JavaRDD<CodedPage> pages = sc.parallelize(files, slices)
                .flatMap(uri -> code(settings, uri, fallback).iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaRDD<String> events = pages.flatMap(p -> p.events().iterator()).persist(StorageLevel.MEMORY_AND_DISK());
        write(spark.createDataFrame(events.map(Tables::event), Tables.EVENTS), output + "/events");
        write(spark.createDataFrame(pages.flatMap(p -> p.articles().iterator()).map(Tables::article),
                Tables.ARTICLES), output + "/articles");
        Map<String, String> sources = SparkSources.roots(pages.flatMap(p -> p.prints().iterator()));
        JavaRDD<org.apache.spark.sql.Row> clusters = SparkClusters.cluster(sc, events, sources)
                .persist(StorageLevel.MEMORY_AND_DISK());
        write(spark.createDataFrame(clusters, Tables.CLUSTERS), output + "/clusters");
        Summary s = new Summary(files.size(), pages.filter(p -> p.problem() == null).count(),
                pages.filter(p -> p.problem() != null).count(), pages.map(p -> p.articles().size()).fold(0, Integer::sum),
                events.count(), clusters.count(), (System.nanoTime() - t0) / 1e9);
        pages.unpersist();
        events.unpersist();
        clusters.unpersist();
        return s;
    }

    /** The pages of one input file: a WARC archive streamed, any other file read whole. */
    private static List<CodedPage> code(InputFiles.Settings settings, String uri, LocalDate fallback)
            throws IOException {
        if (PageCoder.isWarc(uri)) {
            try (java.io.InputStream in = settings.open(uri)) {
                return PageCoder.codeWarc(uri, in, fallback);
            }
        }
        return PageCoder.code(uri, settings.read(uri), fallback);
    }

    private static void write(org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> table, String path) {
        table.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(path);
    }
}
