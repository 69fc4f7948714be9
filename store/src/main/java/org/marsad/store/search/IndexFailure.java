package org.marsad.store.search;

/**
 * How an index reports that it could not be opened, read or written: as its owner's exception, made from the
 * message and the cause. The store gives {@code StoreException::new}, so a failed index is a store failure to its
 * callers while this package needs nothing of the store (no package cycle: {@code store} uses {@code search}, never
 * the other way).
 */
@FunctionalInterface
public interface IndexFailure {
    RuntimeException failed(String message, Exception cause);
}
