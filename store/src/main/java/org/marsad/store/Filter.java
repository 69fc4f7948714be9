package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** An {@link EventQuery} as a WHERE clause with placeholders and the values to bind, in order. */
final class Filter {
    private final String where;
    private final List<Object> values;

    private Filter(String where, List<Object> values) {
        this.where = where;
        this.values = values;
    }

    static Filter of(EventQuery q) {
        List<String> parts = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        if (q.type() != null) {
            parts.add("type = ?");
            values.add(q.type());
        }
        if (q.status() != null) {
            parts.add("status = ?");
            values.add(q.status());
        }
        if (q.country() != null) {
            // SY and SYR select the same events: places carry ISO-2, actors ISO-3 (CountryCodes)
            String[] codes = CountryCodes.both(q.country()).orElse(new String[] {q.country(), q.country()});
            parts.add("(actor_country = ? OR recipient_country = ? OR country_code = ?)");
            values.add(codes[1]);
            values.add(codes[1]);
            values.add(codes[0]);
        }
        if (q.actor() != null) {
            parts.add("(starts_with(actor_code, ?) OR starts_with(recipient_code, ?))");
            values.add(q.actor());
            values.add(q.actor());
        }
        if (q.from() != null) {
            parts.add("day >= ?");
            values.add(q.from());
        }
        if (q.to() != null) {
            parts.add("day <= ?");
            values.add(q.to());
        }
        if (q.text() != null) {
            parts.add("contains(sentence_text, ?)");
            values.add(q.text());
        }
        return new Filter(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
    }

    String where() {
        return where;
    }

    /** Binds the values from parameter 1; returns the next free parameter index. */
    int bind(PreparedStatement s) throws SQLException {
        int i = 1;
        for (Object v : values) {
            s.setObject(i++, v);
        }
        return i;
    }
}
