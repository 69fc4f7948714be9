package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.duckdb.DuckDBConnection;

/**
 * Read connections to the store's database, duplicated from the writer's ({@link DuckDBConnection#duplicate}), so
 * that reads run side by side and never queue behind an ingest: DuckDB gives each read a snapshot of what was
 * committed when it began. At most {@code size} connections are made, on demand; a reader waits for a free one.
 */
final class ReadPool implements AutoCloseable {
    private final DuckDBConnection origin;
    private final BlockingQueue<Connection> idle;
    private final List<Connection> all = new ArrayList<>();
    /** Each connection's prepared statements by SQL, used only by the thread that holds the connection. */
    private final Map<Connection, Map<String, PreparedStatement>> statements = new ConcurrentHashMap<>();
    private final int size;
    private boolean closed;

    ReadPool(Connection origin, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a read pool needs at least one connection");
        }
        this.origin = (DuckDBConnection) origin;
        this.size = size;
        this.idle = new ArrayBlockingQueue<>(size);
    }

    /** Work with a connection: its result is returned, its SQL failures come back as {@link SQLException}. */
    interface Read<T> {
        T apply(Connection c) throws SQLException;
    }

    <T> T read(Read<T> work) throws SQLException {
        Connection c = borrow();
        try {
            return work.apply(c);
        } finally {
            idle.add(c);
        }
    }

    /** A statement run with parameters; its result is read while the connection is held. */
    interface Prepared<T> {
        T apply(PreparedStatement s) throws SQLException;
    }

    /**
     * Work with a prepared statement of {@code sql} that the borrowed connection keeps for the next read (DuckDB
     * parses and plans a statement when it is prepared, which costs more than a point look-up itself). For SQL
     * that is the same every time, with parameters; {@code work} must close the result sets it opens.
     */
    <T> T prepared(String sql, Prepared<T> work) throws SQLException {
        return read(c -> {
            Map<String, PreparedStatement> mine = statements.computeIfAbsent(c, k -> new HashMap<>());
            PreparedStatement s = mine.get(sql);
            if (s == null) {
                s = c.prepareStatement(sql);
                mine.put(sql, s);
            }
            s.clearParameters();
            return work.apply(s);
        });
    }

    private Connection borrow() throws SQLException {
        Connection c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (closed) {
                throw new SQLException("the store is closed");
            }
            if (all.size() < size) {
                Connection d = origin.duplicate();
                d.setAutoCommit(true);
                all.add(d);
                return d;
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a read connection", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (Map<String, PreparedStatement> mine : statements.values()) {
            for (PreparedStatement s : mine.values()) {
                try {
                    s.close();
                } catch (SQLException e) {
                    throw new StoreException("cannot close a read statement: " + e.getMessage(), e);
                }
            }
        }
        statements.clear();
        for (Connection c : all) {
            try {
                c.close();
            } catch (SQLException e) {
                throw new StoreException("cannot close a read connection: " + e.getMessage(), e);
            }
        }
        all.clear();
    }
}
