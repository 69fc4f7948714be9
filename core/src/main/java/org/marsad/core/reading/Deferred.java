package org.marsad.core.reading;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A list worked out on its first read: what {@code compute} gives, asked once (later reads see the same list). A
 * sentence's dates and counts are only needed when its triggers are read as reported events, or when the report
 * filter's history and anchor tests reach them ({@code ReportFilter}): of the 8,951 sentences with a trigger in the
 * 2,000 bench pages, 4,297 report none, and the filter rejects many of their triggers before it asks for dates or
 * counts. Unmodifiable; meant for the one thread that codes the page (racing readers at worst compute it twice).
 *
 * @param <T> the elements
 */
final class Deferred<T> extends AbstractList<T> implements RandomAccess {
    private final Supplier<List<T>> compute;
    private volatile List<T> value;

    Deferred(Supplier<List<T>> compute) {
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** The list, computed on the first call. */
    List<T> value() {
        List<T> v = value;
        if (v == null) {
            v = Objects.requireNonNull(compute.get(), "computed list");
            value = v;
        }
        return v;
    }

    /** Whether the list was worked out (for tests). */
    boolean computed() {
        return value != null;
    }

    @Override
    public T get(int index) {
        return value().get(index);
    }

    @Override
    public int size() {
        return value().size();
    }

    @Override
    public boolean isEmpty() {
        return value().isEmpty();
    }
}
