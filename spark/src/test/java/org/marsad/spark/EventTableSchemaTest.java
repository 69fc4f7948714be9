package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.pipeline.Pipeline;
import org.marsad.core.segment.Page;
import org.marsad.export.EventJson;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;

/** The Spark job's events table has the schema of {@code marsad export --format parquet}. */
class EventTableSchemaTest {
    @TempDir
    Path dir;

    private static final Map<String, org.apache.spark.sql.types.DataType> BY_DUCKDB = Map.of("VARCHAR",
            DataTypes.StringType, "INTEGER", DataTypes.IntegerType, "DOUBLE", DataTypes.DoubleType, "DATE",
            DataTypes.DateType);

    @Test
    void sparksEventsSchemaEqualsTheExportedParquetSchema() throws Exception {
        Path file = dir.resolve("events.parquet");
        String text = "قصف الطيران الحربي بلدة في ريف إدلب يوم الأحد، وقتل أربعة مدنيين.";
        var result = Pipeline.standard().process(Page.of("made-up.txt", org.marsad.core.segment.PageFormat.SCRAPED_TEXT,
                text, new org.marsad.core.segment.PageMeta(null, "example.org", java.time.LocalDate.of(2024, 11, 10),
                        null)));
        try (EventStore store = EventStore.open(dir.resolve("db"))) {
            store.store(result);
            store.exportParquet(EventQuery.all(), file);
        }
        List<StructField> exported = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('"
                     + file.toString().replace("'", "''") + "')")) {
            while (r.next()) {
                exported.add(DataTypes.createStructField(r.getString(1), BY_DUCKDB.get(r.getString(2)), true));
            }
        }
        assertEquals(List.of(Tables.EVENTS.fields()), exported);

        assertTrue(!result.events().isEmpty(), "the made-up sentence yields an event");
        Row row = Tables.event(EventJson.toJson(result.events().get(0)));
        StructField[] fields = Tables.EVENTS.fields();
        for (int i = 0; i < fields.length; i++) {
            Object v = row.get(i);
            if (v == null) {
                continue;
            }
            Class<?> expected = fields[i].dataType().equals(DataTypes.StringType) ? String.class
                    : fields[i].dataType().equals(DataTypes.IntegerType) ? Integer.class
                    : fields[i].dataType().equals(DataTypes.DoubleType) ? Double.class : java.sql.Date.class;
            assertEquals(expected, v.getClass(), fields[i].name());
        }
        assertTrue(new String(java.nio.file.Files.readAllBytes(file), 0, 4, StandardCharsets.US_ASCII).equals("PAR1"));
    }
}
