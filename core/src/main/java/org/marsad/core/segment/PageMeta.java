package org.marsad.core.segment;

import java.time.LocalDate;

/**
 * What is known about a page besides its text; any part may be null. {@code encoding} names the charset the
 * page was decoded from when it was not plain UTF-8 (e.g. {@code windows-1256}), so a mis-decoded page can be
 * traced.
 */
public record PageMeta(String url, String outlet, LocalDate published, String title, String encoding) {
    public static final PageMeta NONE = new PageMeta(null, null, null, null, null);

    public PageMeta(String url, String outlet, LocalDate published, String title) {
        this(url, outlet, published, title, null);
    }

    public PageMeta withPublished(LocalDate date) {
        return new PageMeta(url, outlet, date, title, encoding);
    }

    public PageMeta withEncoding(String charset) {
        return new PageMeta(url, outlet, published, title, charset);
    }
}
