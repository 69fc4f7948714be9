package org.marsad.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.store.EventQuery;
import org.marsad.store.EventStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The read commands' checks: a filter value the store does not know is bad usage listing the allowed values
 * (instead of an empty answer), a folder without a store is bad usage (instead of a new empty store), and an empty
 * answer says whether the store is empty or the filters matched nothing.
 */
final class Filters {
    static final String TYPES = Arrays.stream(EventType.values()).map(Enum::name).collect(Collectors.joining(", "));
    static final String STATUSES = Arrays.stream(EventStatus.values()).map(EventStatus::json)
            .collect(Collectors.joining(", "));

    private Filters() {
    }

    /** The PLOVER type named by {@code --type} (any case), or null; unknown: exit 2 listing the sixteen. */
    static String type(CommandSpec spec, String type) {
        if (type == null) {
            return null;
        }
        String t = type.strip().toUpperCase(Locale.ROOT);
        for (EventType e : EventType.values()) {
            if (e.name().equals(t)) {
                return t;
            }
        }
        throw new ParameterException(spec.commandLine(), "Unknown --type '" + type + "': use one of " + TYPES + ".");
    }

    /** The status named by {@code --status} (any case), or null; unknown: exit 2 listing the six. */
    static String status(CommandSpec spec, String status) {
        if (status == null) {
            return null;
        }
        String s = status.strip().toLowerCase(Locale.ROOT);
        for (EventStatus e : EventStatus.values()) {
            if (e.json().equals(s)) {
                return s;
            }
        }
        throw new ParameterException(spec.commandLine(), "Unknown --status '" + status + "': use one of " + STATUSES
                + ".");
    }

    /** The query as {@code GET /api/events} parameters. */
    static Map<String, String> params(EventQuery q) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("type", q.type());
        p.put("status", q.status());
        p.put("country", q.country());
        p.put("actor", q.actor());
        p.put("from", q.from() == null ? null : q.from().toString());
        p.put("to", q.to() == null ? null : q.to().toString());
        p.put("text", q.text());
        return p;
    }

    /** {@link StoreAccess#openExisting}, a folder without a store being bad usage (exit 2). */
    static EventStore openExisting(CommandSpec spec, Path dir) {
        if (!StoreAccess.exists(dir)) {
            throw new ParameterException(spec.commandLine(), "No store in " + dir + " (" + EventStore.FILE
                    + " is missing): check --db, or fill a store first with marsad ingest PAGES --db DIR.");
        }
        return StoreAccess.openExisting(dir, spec.commandLine().getErr());
    }

    /**
     * Why a read found nothing: the store is empty ({@code inStore} 0), or the filters matched none of its
     * {@code inStore} items. The line to print on stderr (escaped).
     */
    static String nothingFound(Path dir, long inStore, String what) {
        String line = inStore == 0
                ? "the store " + dir + " holds no " + what + " yet; fill it with marsad ingest PAGES --db " + dir
                : "no " + what + " match (the store " + dir + " holds " + inStore + ")";
        return Printable.of("marsad: " + line);
    }
}
