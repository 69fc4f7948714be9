package org.marsad.server;

/**
 * How the server runs. {@code token} guards {@code POST /api/pages} (null: ingest over HTTP is refused).
 */
public record ServerConfig(String bind, int port, String token, int maxBodyBytes) {
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1 KiB");
        }
    }

    public static ServerConfig local(int port, String token) {
        return new ServerConfig("127.0.0.1", port, token, DEFAULT_MAX_BODY);
    }
}
