package org.marsad.bench.load;

/**
 * How hard to load the server: {@code clients} concurrent clients for {@code seconds}, each waiting
 * {@code thinkMs} between its requests (0: back to back, as wrk does); {@code seed} fixes the request mix.
 */
public record LoadConfig(int clients, int seconds, int thinkMs, long seed) {
    public LoadConfig {
        if (clients < 1 || clients > 1000) {
            throw new IllegalArgumentException("clients must be 1..1000");
        }
        if (seconds < 1 || seconds > 3600) {
            throw new IllegalArgumentException("seconds must be 1..3600");
        }
        if (thinkMs < 0) {
            throw new IllegalArgumentException("think time must not be negative");
        }
    }
}
