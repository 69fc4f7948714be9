package org.marsad.core.segment;

import org.marsad.core.budget.PageBudget;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines: one page per line with {@code text} (required), {@code title}, {@code url}, {@code published}
 * (an ISO date, possibly with a time) and optionally {@code outlet}. A bad line becomes a diagnostic
 * {@code file.jsonl#12: reason} and the other lines are still read. A page's origin is {@code path#line}, its id a
 * hash of the line. With a title, the page text is the title, a blank line and the {@code text} (as for ANT
 * pages), unless the text already starts with the title; offsets point into that page text. A file without a
 * record (empty, or blank lines only) is a diagnostic too, never silence.
 */
final class JsonLinesReader implements FormatReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(Source source, PageSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes());
        String all = decoded.text();
        int lineNo = 0;
        int records = 0;
        int i = 0;
        while (i < all.length()) {
            int nl = all.indexOf('\n', i);
            int end = nl < 0 ? all.length() : nl;
            lineNo++;
            String line = all.substring(i, end).strip();
            if (!line.isEmpty()) {
                PageBudget.check("JSON Lines record " + lineNo);
                readLine(line, source.origin() + "#" + lineNo, decoded.encoding(), sink);
                records++;
            }
            i = end + 1;
        }
        if (records == 0) {
            sink.problem(new Diagnostic(source.origin(), "empty JSON Lines file (no records)"));
        }
    }

    private void readLine(String line, String origin, String encoding, PageSink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            sink.problem(new Diagnostic(origin, "not valid JSON (" + e.getOriginalMessage() + ")"));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(new Diagnostic(origin, "not a JSON object"));
            return;
        }
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual() || text.asText().isBlank()) {
            sink.problem(new Diagnostic(origin, "no \"text\" string"));
            return;
        }
        String title = string(node, "title");
        String url = string(node, "url");
        String outlet = string(node, "outlet");
        PageMeta meta = new PageMeta(url, outlet != null ? outlet : UrlMeta.outlet(url), published(node, url), title,
                encoding);
        String id = Page.docIdOf(line.getBytes(StandardCharsets.UTF_8));
        sink.page(new Page(id, origin, PageFormat.JSONL, pageText(title, text.asText()), meta));
    }

    static String pageText(String title, String text) {
        if (title == null || text.stripLeading().startsWith(title)) {
            return text;
        }
        return title + "\n\n" + text;
    }

    private static java.time.LocalDate published(JsonNode node, String url) {
        java.time.LocalDate d = IsoDates.parse(string(node, "published"));
        return d != null ? d : UrlMeta.date(url);
    }

    /** The field's stripped text, or null when absent, not a string, or blank. */
    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            return null;
        }
        return v.asText().strip();
    }
}
