package org.marsad.core.segment;

/** Receives the pages a reader finds, and the diagnostics for those it could not read. */
public interface PageSink {
    void page(Page page);

    void problem(Diagnostic diagnostic);
}
