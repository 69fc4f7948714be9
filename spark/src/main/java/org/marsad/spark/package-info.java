/**
 * The pipeline on Apache Spark. In: pages (text, HTML, ANT, JSON Lines, WARC as core reads them) under any Hadoop
 * path. Out: Parquet tables {@code events}, {@code articles} and {@code clusters} under the output path,
 * partitioned by month. Each executor builds the pipeline once ({@link org.marsad.spark.Pipelines}); the events
 * are those {@code marsad extract} gives on the same input, and the clusters those the store keeps
 * ({@link org.marsad.core.dedup.EventClusterer}, shuffled by its coarse keys).
 */
package org.marsad.spark;
