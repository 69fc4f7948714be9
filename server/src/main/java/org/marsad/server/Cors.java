package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Locale;

/**
 * Cross-origin reads ({@code marsad serve --cors ORIGIN}), off unless asked for: a notebook or Kepler.gl in a browser
 * page of {@code ORIGIN} may then call the read routes ({@code GET} and {@code HEAD} under {@code /api/} and
 * {@code /openapi.json}). Only that origin gets {@code Access-Control-Allow-Origin}; no credentials are allowed, and
 * {@code POST /api/pages} stays same-origin (its preflight is not granted).
 */
public final class Cors {
    private static final String METHODS = "GET, HEAD";

    private Cors() {
    }

    /**
     * The origin as browsers send it ({@code scheme://host[:port]}, lower case, no path), or an error saying what
     * is expected.
     */
    public static String origin(String value) {
        URI u;
        try {
            u = URI.create(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--cors takes an origin like http://localhost:8888, not " + value);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = u.getRawPath() == null || u.getRawPath().isEmpty() || u.getRawPath().equals("/");
        if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null || !bare
                || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--cors takes an origin like http://localhost:8888 (scheme, host and "
                    + "port only), not " + value);
        }
        return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    /** Lets pages of {@code origin} (see {@link #origin}) read the API; call before the app starts. */
    public static void allow(Javalin app, String origin) {
        String allowed = origin(origin);
        app.before(ctx -> {
            boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
            if (read && readRoute(ctx) && allowed.equals(ctx.header("Origin"))) {
                ctx.header("Access-Control-Allow-Origin", allowed);
                ctx.header("Access-Control-Expose-Headers", "Retry-After, X-Total-Count, X-Without-Coordinates");
            }
            if (readRoute(ctx)) {
                ctx.header("Vary", "Origin");
            }
        });
        app.options("/api/*", ctx -> preflight(ctx, allowed));
        app.options("/openapi.json", ctx -> preflight(ctx, allowed));
    }

    private static boolean readRoute(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/openapi.json");
    }

    /** A preflight: granted for the allowed origin asking for a read; answered without grants otherwise. */
    private static void preflight(Context ctx, String allowed) {
        String method = ctx.header("Access-Control-Request-Method");
        ctx.status(HttpStatus.NO_CONTENT);
        if (allowed.equals(ctx.header("Origin")) && method != null && METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            ctx.header("Access-Control-Allow-Origin", allowed);
            ctx.header("Access-Control-Allow-Methods", METHODS);
            ctx.header("Access-Control-Allow-Headers", "Accept, Content-Type");
            ctx.header("Access-Control-Max-Age", "600");
        }
    }
}
