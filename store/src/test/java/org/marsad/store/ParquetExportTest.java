package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.export.EventTable;

class ParquetExportTest {
    @TempDir
    Path dir;

    /** Each row of a query on the exported file, its columns joined by "|". */
    static List<String> query(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void theFileHasTheEventTablesColumnsTypedAndCleanValues() throws Exception {
        Path out = dir.resolve("events.parquet");
        try (EventStore s = EventStore.open(dir.resolve("db"))) {
            s.store(Fixtures.page(1));
            s.store(Fixtures.page(2));
            s.exportParquet(EventQuery.all(), out);
        }
        String file = "'" + out.toString().replace("'", "''") + "'";
        List<String> expected = EventTable.COLUMNS.stream()
                .map(c -> c.name() + "|" + ParquetExport.sqlType(c.kind())).toList();
        assertEquals(expected, query("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet("
                + file + "))"));
        assertEquals(List.of("4"), query("SELECT count(*) FROM read_parquet(" + file + ")"));
        assertEquals(List.of("2024-11-02|35.93|36.63|day|1|Turkish armed forces"), query("SELECT event_date, lat, lon, "
                + "date_precision, geo_precision, actor_name FROM read_parquet(" + file + ") WHERE type = 'ASSAULT' ORDER BY event_date LIMIT 1"));
        assertTrue(query("SELECT record FROM read_parquet(" + file + ")").get(0).contains("\"schema\":\"marsad.event/1\""));
    }

    @Test
    void eventsComeWithTheirSentenceText() {
        List<String> sentences = new ArrayList<>();
        try (EventStore s = EventStore.open(dir.resolve("db2"))) {
            s.store(Fixtures.page(3));
            BiConsumer<org.marsad.model.Event, String> sink = (e, text) -> sentences.add(text);
            s.forEachWithSentence(EventQuery.all(), sink);
        }
        assertEquals(2, sentences.size());
        assertTrue(sentences.get(0).startsWith("قصفت القوات التركية"), sentences.get(0));
    }
}
