package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.marsad.core.dedup.ClusterKeys;
import org.marsad.core.dedup.ClusterRule;
import org.marsad.core.dedup.EventCluster;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.model.Event;
import org.marsad.export.EventJson;
import org.marsad.export.EventJsonReader;
import scala.Tuple2;

/**
 * {@link EventClusterer} as two shuffles. First by coarse key ({@link ClusterKeys}: type, status, day, grid cell or
 * place name; each report lives in its home buckets and visits the neighbouring ones, carrying only the fields
 * {@link ClusterRule#essentials the rule reads}), which gives the linked pairs; their connected components are found on the driver (one id pair per link). Then by component, where
 * {@link EventClusterer#clusterComponent} makes the clusters, so that they equal those of the in-memory run.
 */
final class SparkClusters {
    private SparkClusters() {
    }

    /** The clusters of the events (JSON records), as {@link Tables#CLUSTERS} rows. */
    static JavaRDD<org.apache.spark.sql.Row> cluster(JavaSparkContext sc, JavaRDD<String> events) {
        return cluster(sc, events, Map.of());
    }

    /**
     * As {@link #cluster(JavaSparkContext, JavaRDD)}, each report counting as the source of its page
     * ({@code sources}: {@code p:DOC} to its group, {@link SparkSources}; a page not there is its own).
     */
    static JavaRDD<org.apache.spark.sql.Row> cluster(JavaSparkContext sc, JavaRDD<String> events,
                                                     Map<String, String> sources) {
        Broadcast<Map<String, String>> sourceOf = sc.broadcast(new java.util.HashMap<>(sources));
        JavaPairRDD<String, Tuple2<Boolean, String>> keyed = events.flatMapToPair(json -> {
            Event e = EventJsonReader.read(json);
            List<Tuple2<String, Tuple2<Boolean, String>>> out = new ArrayList<>();
            if (!ClusterRule.linkable(e)) {
                return out.iterator();
            }
            String lean = EventJson.toJson(ClusterRule.essentials(e));
            ClusterKeys.home(e).forEach(k -> out.add(new Tuple2<>(k, new Tuple2<>(true, lean))));
            ClusterKeys.visits(e).forEach(k -> out.add(new Tuple2<>(k, new Tuple2<>(false, lean))));
            return out.iterator();
        });
        List<Tuple2<String, String>> links = keyed.groupByKey().flatMap(bucket -> {
            List<Event> home = new ArrayList<>();
            List<Event> visitors = new ArrayList<>();
            for (Tuple2<Boolean, String> r : bucket._2()) {
                (r._1() ? home : visitors).add(EventJsonReader.read(r._2()));
            }
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (String[] l : EventClusterer.links(home, visitors)) {
                out.add(new Tuple2<>(l[0], l[1]));
            }
            return out.iterator();
        }).distinct().collect();
        EventClusterer.UnionFind components = new EventClusterer.UnionFind();
        links.forEach(l -> components.union(l._1(), l._2()));
        Broadcast<Map<String, String>> roots = sc.broadcast(components.roots());
        return events.mapToPair(json -> {
            String id = EventJsonReader.read(json).id();
            return new Tuple2<>(roots.value().getOrDefault(id, id), json);
        }).groupByKey().flatMap(component -> {
            List<Event> reports = new ArrayList<>();
            component._2().forEach(json -> reports.add(EventJsonReader.read(json)));
            List<org.apache.spark.sql.Row> out = new ArrayList<>();
            Map<String, String> groups = sourceOf.value();
            EventClusterer clusterer = new EventClusterer(e -> e.docId() == null ? "id:" + e.id()
                    : groups.getOrDefault("p:" + e.docId(), "p:" + e.docId()));
            for (EventCluster c : clusterer.clusterComponent(reports)) {
                out.add(Tables.cluster(c));
            }
            return out.iterator();
        });
    }
}
