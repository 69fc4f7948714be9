package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.marsad.core.dedup.EventClusterer;
import org.marsad.core.dedup.NearDuplicates;
import org.marsad.core.dedup.Sources;
import scala.Tuple2;

/**
 * Which pages count as one source, as {@link Sources} decides in memory and the store keeps it: texts (pages, and
 * their events' sentences) that share a band key are compared, by band, each with the earlier ones not yet in its
 * group, and joined when their Jaccard similarity is at least {@link Sources#SAME}; a page joins its sentences. The
 * joins are collected on the driver (one id pair each, like the clusters' links), whose union-find names each page's
 * source by the smallest id of its group.
 */
final class SparkSources {
    private SparkSources() {
    }

    /** Each page's source ({@code p:DOC} to its group's name), for the pages that have a fingerprint. */
    static Map<String, String> roots(JavaRDD<SourcePrint> prints) {
        List<Tuple2<String, String>> joins = prints.flatMapToPair(p -> {
            List<Tuple2<String, SourcePrint>> out = new ArrayList<>();
            p.bands().forEach(b -> out.add(new Tuple2<>(p.kind() + "|" + b, p)));
            return out.iterator();
        }).groupByKey().flatMap(band -> {
            List<SourcePrint> texts = new ArrayList<>();
            band._2().forEach(texts::add);
            texts.sort(java.util.Comparator.comparing(SourcePrint::id));
            EventClusterer.UnionFind groups = new EventClusterer.UnionFind();
            List<Tuple2<String, String>> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                for (int j = 0; j < i; j++) {
                    SourcePrint x = texts.get(i);
                    SourcePrint y = texts.get(j);
                    if (!groups.find(x.id()).equals(groups.find(y.id()))
                            && NearDuplicates.jaccard(x.shingles(), y.shingles()) >= Sources.SAME) {
                        groups.union(x.id(), y.id());
                        out.add(new Tuple2<>(y.id(), x.id()));
                    }
                }
            }
            return out.iterator();
        }).union(prints.filter(p -> p.page() != null).map(p -> new Tuple2<>(p.page(), p.id()))).distinct()
                .collect();
        EventClusterer.UnionFind groups = new EventClusterer.UnionFind();
        joins.forEach(j -> groups.union(j._1(), j._2()));
        Map<String, String> out = new java.util.HashMap<>();
        groups.roots().forEach((id, root) -> {
            if (id.startsWith("p:")) {
                out.put(id, root);
            }
        });
        return out;
    }
}
