package org.marsad.watch;

/**
 * What is remembered of one feed between polls: its validators ({@code etag}, {@code lastModified}, either
 * may be null), how many polls in a row failed, and the earliest time (epoch ms) of its next poll.
 */
public record FeedState(String etag, String lastModified, int failures, long nextPoll) {
    public static final FeedState NEW = new FeedState(null, null, 0, 0);
    /** The longest a failing feed is left alone. */
    static final long MAX_BACKOFF_MS = 6L * 60 * 60 * 1000;

    public FeedState {
        if (failures < 0) {
            throw new IllegalArgumentException("failures cannot be negative");
        }
    }

    /** After a good poll (200 or 304): the validators kept, failures cleared, next poll one interval away. */
    FeedState succeeded(String newEtag, String newLastModified, long now, long intervalMs) {
        return new FeedState(newEtag != null ? newEtag : etag, newLastModified != null ? newLastModified
                : lastModified, 0, now + intervalMs);
    }

    /** After a failed poll: the interval doubled for each failure in a row, up to {@link #MAX_BACKOFF_MS}. */
    FeedState failed(long now, long intervalMs) {
        int f = failures + 1;
        long wait = intervalMs;
        for (int i = 0; i < f && wait < MAX_BACKOFF_MS; i++) {
            wait *= 2;
        }
        return new FeedState(etag, lastModified, f, now + Math.min(wait, MAX_BACKOFF_MS));
    }
}
