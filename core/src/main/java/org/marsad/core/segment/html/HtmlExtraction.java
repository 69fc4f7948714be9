package org.marsad.core.segment.html;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

/**
 * The article found in an HTML page: its headline (may be null), its main-content paragraphs (never null, one
 * line each), and what the page says about itself; {@code url}, {@code outlet}, {@code siteName},
 * {@code published} and {@code language} may be null; {@code encodingNote} (may be null) says when the text was
 * repaired from mojibake or looks mis-decoded.
 */
public record HtmlExtraction(String title, List<String> paragraphs, String url, String outlet, String siteName,
        LocalDate published, String language, Charset charset, String encodingNote) {
    public HtmlExtraction {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        if (charset == null) {
            throw new IllegalArgumentException("an extraction names the charset it decoded");
        }
    }

    /** Headline, blank line, one paragraph per line; a paragraph repeating the headline is left out. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        if (title != null && !title.isBlank()) {
            sb.append(title.strip()).append("\n\n");
        }
        for (String p : paragraphs) {
            if (title == null || !p.equalsIgnoreCase(title.strip())) {
                sb.append(p).append('\n');
            }
        }
        return sb.toString();
    }

    /** The main-content paragraphs alone, one per line (no headline). */
    public String body() {
        return String.join("\n", paragraphs);
    }
}
