package org.marsad.core.segment;

import java.time.LocalDate;

/** What is known about a page besides its text; any part may be null. */
public record PageMeta(String url, String outlet, LocalDate published, String title) {
    public static final PageMeta NONE = new PageMeta(null, null, null, null);

    public PageMeta withPublished(LocalDate date) {
        return new PageMeta(url, outlet, date, title);
    }
}
