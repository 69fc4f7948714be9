package org.marsad.server;

import java.time.Duration;

/**
 * How the server runs. {@code token} guards {@code POST /api/pages} (null: ingest over HTTP is refused).
 * {@code maxReads}: read requests (the {@code GET /api/...} routes) run at once at most, the others wait in arrival
 * order ({@link Admission}); ingests have a lane of their own, one at a time, so neither starves the other.
 * {@code admissionWait}: how long a request may wait for its lane before it is answered 503.
 */
public record ServerConfig(String bind, int port, String token, int maxBodyBytes, int maxReads,
                           Duration admissionWait) {
    public static final int DEFAULT_MAX_BODY = 2 * 1024 * 1024;
    /**
     * Read requests at once by default: twice the cores (a read also waits on its store and index, so one per
     * core leaves the cores idle part of the time: on 2 vCPUs, 4 gave 435 requests/s and p99 254 ms where 2 gave
     * 393/s and 311 ms; docs/load.md).
     */
    public static final int DEFAULT_MAX_READS = 2 * Runtime.getRuntime().availableProcessors();
    public static final Duration DEFAULT_ADMISSION_WAIT = Duration.ofSeconds(10);

    public ServerConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1 KiB");
        }
        if (maxReads < 1 || maxReads > 1024) {
            throw new IllegalArgumentException("concurrent reads must be 1..1024");
        }
        if (admissionWait == null || admissionWait.isNegative() || admissionWait.compareTo(Duration.ofHours(1)) > 0) {
            throw new IllegalArgumentException("the admission wait must be 0 s .. 1 h");
        }
    }

    /** With the default admission: {@link #DEFAULT_MAX_READS} reads at once, 503 after {@link #DEFAULT_ADMISSION_WAIT}. */
    public ServerConfig(String bind, int port, String token, int maxBodyBytes) {
        this(bind, port, token, maxBodyBytes, DEFAULT_MAX_READS, DEFAULT_ADMISSION_WAIT);
    }

    public static ServerConfig local(int port, String token) {
        return new ServerConfig("127.0.0.1", port, token, DEFAULT_MAX_BODY);
    }

    /** This configuration with another admission: {@code maxReads} at once, 503 after {@code wait}. */
    public ServerConfig withAdmission(int reads, Duration wait) {
        return new ServerConfig(bind, port, token, maxBodyBytes, reads, wait);
    }
}
