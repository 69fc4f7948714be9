package org.marsad.watch;

import java.util.Optional;

/**
 * One HTTP answer: status, body (empty for 304), the {@code Content-Type}, {@code ETag} and
 * {@code Last-Modified} headers (any may be null), and the final URL after redirects.
 */
public record Fetched(int status, byte[] body, String contentType, String etag, String lastModified, String url) {
    public Fetched {
        body = body == null ? new byte[0] : body;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    static Optional<String> header(java.net.http.HttpHeaders headers, String name) {
        return headers.firstValue(name).filter(v -> !v.isBlank());
    }
}
