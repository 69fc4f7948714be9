package org.marsad.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.marsad.core.dedup.ClusterJson;
import org.marsad.core.dedup.EventCluster;
import org.marsad.model.Event;
import org.marsad.export.EventTable;
import org.marsad.export.EventJsonReader;
import org.marsad.model.Location;

/**
 * The Parquet tables' schemas and rows: flat columns to filter on, the full record as JSON in {@code record}, and
 * {@code month} to partition by. The events table is {@link EventTable}, the same as {@code export --format parquet}.
 */
final class Tables {
    private Tables() {
    }

    /** The columns of {@link EventTable}, as {@code marsad export --format parquet} writes them. */
    static final StructType EVENTS = DataTypes.createStructType(EventTable.COLUMNS.stream()
            .map(c -> DataTypes.createStructField(c.name(), sparkType(c.kind()), true)).toList());

    static final StructType ARTICLES = schema(
            "doc_id", "idx:int", "origin", "format", "url", "outlet", "published", "headline", "teaser:boolean",
            "body", "events:int", "month");

    static final StructType CLUSTERS = schema(
            "id", "type", "status", "date_value", "date_precision", "place", "lat:double", "lon:double",
            "country_code", "mentions:int", "docs:int", "reports", "record", "month");

    static Row event(String json) {
        Event e = EventJsonReader.read(json);
        List<Object> values = EventTable.row(e);
        Object[] row = new Object[values.size()];
        for (int i = 0; i < row.length; i++) {
            Object v = values.get(i);
            row[i] = v instanceof java.time.LocalDate d ? java.sql.Date.valueOf(d) : v;
        }
        return RowFactory.create(row);
    }

    static org.apache.spark.sql.types.DataType sparkType(EventTable.Kind k) {
        return switch (k) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DOUBLE -> DataTypes.DoubleType;
            case DATE -> DataTypes.DateType;
        };
    }

    static Row article(CodedPage.ArticleRow a) {
        return RowFactory.create(a.docId(), a.idx(), a.origin(), a.format(), a.url(), a.outlet(), a.published(),
                a.headline(), a.teaser(), a.body(), a.events(), a.month());
    }

    static Row cluster(EventCluster c) {
        Location l = c.location();
        String month = c.date().value() != null && c.date().value().length() >= 7
                ? c.date().value().substring(0, 7) : Months.ofPublished(c.firstPublished());
        return RowFactory.create(c.id(), c.type().name(), c.status().json(), c.date().value(),
                c.date().precision().json(), l == null ? null : l.text(), l == null ? null : l.lat(),
                l == null ? null : l.lon(), l == null ? null : l.countryCode(), c.mentions(), c.docs(),
                String.join(",", c.reports()), ClusterJson.toJson(c), month);
    }

    /** Columns as {@code name} (a string) or {@code name:int|double|boolean}; all nullable. */
    private static StructType schema(String... columns) {
        List<StructField> fields = new ArrayList<>();
        for (String c : columns) {
            String[] parts = c.split(":");
            var type = parts.length == 1 ? DataTypes.StringType : switch (parts[1]) {
                case "int" -> DataTypes.IntegerType;
                case "double" -> DataTypes.DoubleType;
                case "boolean" -> DataTypes.BooleanType;
                default -> throw new IllegalArgumentException("unknown column type in " + c);
            };
            fields.add(DataTypes.createStructField(parts[0], type, true));
        }
        return DataTypes.createStructType(fields);
    }
}
