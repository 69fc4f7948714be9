package org.marsad.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** The tables, created when missing. */
final class Schema {
    static final List<String> DDL = List.of(
            "CREATE TABLE IF NOT EXISTS pages (doc_id VARCHAR PRIMARY KEY, origin VARCHAR, format VARCHAR, "
                    + "url VARCHAR, outlet VARCHAR, published DATE, title VARCHAR, text VARCHAR, ingested_at TIMESTAMP)",
            "CREATE TABLE IF NOT EXISTS articles (doc_id VARCHAR, idx INTEGER, headline VARCHAR, teaser BOOLEAN, "
                    + "body_start INTEGER, body_end INTEGER, PRIMARY KEY (doc_id, idx))",
            "CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, doc_id VARCHAR, article INTEGER, "
                    + "type VARCHAR, mode VARCHAR, status VARCHAR, cameo VARCHAR, quad_class INTEGER, "
                    + "actor_code VARCHAR, actor_country VARCHAR, recipient_code VARCHAR, recipient_country VARCHAR, "
                    + "date_value VARCHAR, day DATE, date_precision VARCHAR, place VARCHAR, lat DOUBLE, lon DOUBLE, "
                    + "country_code VARCHAR, admin1 VARCHAR, dead INTEGER, injured INTEGER, arrested INTEGER, "
                    + "displaced INTEGER, trigger_text VARCHAR, sentence_text VARCHAR, rule VARCHAR, "
                    + "confidence DOUBLE, record VARCHAR)",
            "CREATE TABLE IF NOT EXISTS ingest_log (logged_at TIMESTAMP, origin VARCHAR, doc_id VARCHAR, outcome VARCHAR, "
                    + "reason VARCHAR)");

    private Schema() {
    }

    static void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String ddl : DDL) {
                s.execute(ddl);
            }
        }
    }
}
