package org.marsad.server;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.store.CountryCodes;
import org.marsad.store.EventQuery;

/** Query parameters, checked: anything malformed is a 400 whose message says what is expected. */
final class Params {
    static final int MAX_LIMIT = 1000;
    static final int MAX_PARAM_CHARS = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z]{2,12}");
    private static final Set<String> KNOWN = Set.of("type", "status", "country", "actor", "from", "to", "text",
            "limit", "offset");

    private Params() {
    }

    static EventQuery eventQuery(Context ctx) {
        for (String k : ctx.queryParamMap().keySet()) {
            if (!KNOWN.contains(k)) {
                throw new BadRequestResponse("unknown parameter '" + k + "'; known: " + String.join(", ", KNOWN));
            }
        }
        String type = upper(param(ctx, "type"));
        if (type != null && !isType(type)) {
            throw new BadRequestResponse("type must be one of PLOVER's 16 types, e.g. ASSAULT");
        }
        String status = param(ctx, "status");
        if (status != null && !isStatus(status)) {
            throw new BadRequestResponse("status must be occurred, ongoing, planned, threatened, negated or hypothetical");
        }
        String country = country(ctx);
        String actor = code(ctx, "actor");
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRequestResponse("'to' is before 'from'");
        }
        int limit = integer(ctx, "limit", 100, 1, MAX_LIMIT);
        int offset = integer(ctx, "offset", 0, 0, 10_000_000);
        return new EventQuery(type, status, country, actor, from, to, param(ctx, "text"), limit, offset);
    }

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (v.length() > MAX_PARAM_CHARS) {
            throw new BadRequestResponse(name + " is longer than " + MAX_PARAM_CHARS + " characters");
        }
        return v.strip();
    }

    private static String code(Context ctx, String name) {
        String v = param(ctx, name);
        if (v != null && !CODE.matcher(v).matches()) {
            throw new BadRequestResponse(name + " must be a code of 2 to 12 letters, e.g. SYR or TURMIL");
        }
        return upper(v);
    }

    /** A country as ISO-2 or ISO-3 (SY or SYR: the same events either way), upper case. */
    private static String country(Context ctx) {
        String v = param(ctx, "country");
        if (v != null && CountryCodes.both(v).isEmpty()) {
            throw new BadRequestResponse("country must be an ISO 3166 code, SY or SYR (either selects the same events)");
        }
        return upper(v);
    }

    private static LocalDate date(Context ctx, String name) {
        String v = param(ctx, name);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date like 2024-11-09");
        }
    }

    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = param(ctx, name);
        if (v == null) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new BadRequestResponse(name + " must be between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number");
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static boolean isType(String s) {
        for (EventType t : EventType.values()) {
            if (t.name().equals(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStatus(String s) {
        for (EventStatus t : EventStatus.values()) {
            if (t.json().equals(s)) {
                return true;
            }
        }
        return false;
    }
}
