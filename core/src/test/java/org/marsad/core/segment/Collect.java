package org.marsad.core.segment;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
class Collect implements PageSink {
    final List<Page> pages = new ArrayList<>();
    final List<Diagnostic> problems = new ArrayList<>();

    @Override
    public void page(Page page) {
        pages.add(page);
    }

    @Override
    public void problem(Diagnostic diagnostic) {
        problems.add(diagnostic);
    }
}
