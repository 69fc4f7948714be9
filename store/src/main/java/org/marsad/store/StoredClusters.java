package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.export.EventJsonReader;
import org.marsad.model.Event;

/**
 * The stored event clusters as the API and the evaluations read them: selected and counted by a
 * {@link ClusterQuery}, one by id, and the reports of one. {@link ClusterStore} writes them. Calls run under the
 * owning {@link EventStore}'s lock.
 */
public final class StoredClusters {
    private final Connection conn;
    private final Object lock;

    StoredClusters(Connection conn, Object lock) {
        this.conn = conn;
        this.lock = lock;
    }

    /** The selected clusters as JSON records ({@code marsad.cluster/1}). */
    public List<String> records(ClusterQuery q) {
        String sql = "SELECT record FROM clusters" + where(q) + " ORDER BY mentions DESC, day DESC NULLS LAST, id "
                + "LIMIT ? OFFSET ?";
        synchronized (lock) {
            try (PreparedStatement s = conn.prepareStatement(sql)) {
                int i = bind(s, q);
                s.setInt(i++, q.limit());
                s.setInt(i, q.offset());
                return strings(s);
            } catch (SQLException e) {
                throw new StoreException("cannot list clusters: " + e.getMessage(), e);
            }
        }
    }

    /** How many clusters the query selects, without its limit. */
    public long count(ClusterQuery q) {
        synchronized (lock) {
            try (PreparedStatement s = conn.prepareStatement("SELECT count(*) FROM clusters" + where(q))) {
                bind(s, q);
                return Long.parseLong(strings(s).get(0));
            } catch (SQLException e) {
                throw new StoreException("cannot count clusters: " + e.getMessage(), e);
            }
        }
    }

    /** How many reports the stored clusters hold (every stored event is in exactly one cluster). */
    public long reportCount() {
        synchronized (lock) {
            try {
                try (Statement s = conn.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM cluster_reports")) {
                    r.next();
                    return r.getLong(1);
                }
            } catch (SQLException e) {
                throw new StoreException("cannot count cluster reports: " + e.getMessage(), e);
            }
        }
    }

    /** One cluster's JSON record, if stored. */
    public Optional<String> record(String id) {
        synchronized (lock) {
            try (PreparedStatement s = conn.prepareStatement("SELECT record FROM clusters WHERE id = ?")) {
                s.setString(1, id);
                return strings(s).stream().findFirst();
            } catch (SQLException e) {
                throw new StoreException("cannot read cluster " + id + ": " + e.getMessage(), e);
            }
        }
    }

    /** The events (reports) of one cluster, by id; empty when there is no such cluster. */
    public List<Event> reports(String id) {
        String sql = "SELECT e.record FROM cluster_reports r JOIN events e ON e.id = r.event_id "
                + "WHERE r.cluster_id = ? ORDER BY e.id";
        synchronized (lock) {
            try (PreparedStatement s = conn.prepareStatement(sql)) {
                s.setString(1, id);
                return strings(s).stream().map(EventJsonReader::read).toList();
            } catch (SQLException e) {
                throw new StoreException("cannot read the reports of cluster " + id + ": " + e.getMessage(), e);
            }
        }
    }

    private static String where(ClusterQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.type() != null) {
            parts.add("type = ?");
        }
        if (q.from() != null) {
            parts.add("day >= ?");
        }
        if (q.to() != null) {
            parts.add("day <= ?");
        }
        if (q.minMentions() > 0) {
            parts.add("mentions >= ?");
        }
        return parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts);
    }

    private static int bind(PreparedStatement s, ClusterQuery q) throws SQLException {
        int i = 1;
        if (q.type() != null) {
            s.setString(i++, q.type());
        }
        if (q.from() != null) {
            s.setObject(i++, q.from());
        }
        if (q.to() != null) {
            s.setObject(i++, q.to());
        }
        if (q.minMentions() > 0) {
            s.setInt(i++, q.minMentions());
        }
        return i;
    }

    private static List<String> strings(PreparedStatement s) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
