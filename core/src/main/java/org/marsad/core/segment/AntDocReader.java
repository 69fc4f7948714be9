package org.marsad.core.segment;

import org.marsad.core.budget.PageBudget;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ANT corpus files: one or several {@code <DOC>} records with {@code <URL>}, {@code <TITLE>}, {@code <TIME>} and
 * {@code <TEXT>}. A page's text is its title, a blank line, then the body text, so that the headline has offsets
 * too. The publication date comes from {@code <TIME>}, else the date in {@code <DOCNO>}, else the URL; the outlet
 * from the URL's host, else {@code <SRC>}, else the folder name. A page's id is a hash of its record's text, so
 * re-reading a multi-record file gives the same ids.
 */
final class AntDocReader implements FormatReader {
    private static final Pattern DOC = Pattern.compile("<DOC>(.*?)(?:</DOC>|\\z)", Pattern.DOTALL);
    private static final Pattern DOCNO_DATE = Pattern.compile("-((?:19|20)\\d{6})\\s*$");
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);

    @Override
    public void read(Source source, PageSink sink) {
        TextDecoder.Decoded decoded = TextDecoder.decode(source.bytes());
        List<String> records = new ArrayList<>();
        Matcher m = DOC.matcher(decoded.text());
        while (m.find()) {
            records.add(m.group(0));
        }
        if (records.isEmpty()) {
            sink.problem(new Diagnostic(source.origin(), "no <DOC> record"));
            return;
        }
        for (int i = 0; i < records.size(); i++) {
            String origin = records.size() == 1 ? source.origin() : source.origin() + "#" + (i + 1);
            PageBudget.check("ANT record " + (i + 1));
            readRecord(records.get(i), origin, source, decoded.encoding(), sink);
        }
    }

    private void readRecord(String record, String origin, Source source, String encoding, PageSink sink) {
        String body = field(record, "TEXT");
        if (body == null || body.isBlank()) {
            sink.problem(new Diagnostic(origin, "ANT record without <TEXT>"));
            return;
        }
        String title = field(record, "TITLE");
        String url = field(record, "URL");
        String text = title == null || title.isEmpty() ? body : title + "\n\n" + body;
        PageMeta meta = new PageMeta(url, outlet(url, field(record, "SRC"), source), published(record, url),
                title == null || title.isEmpty() ? null : title, encoding);
        String id = Page.docIdOf(record.getBytes(StandardCharsets.UTF_8));
        sink.page(new Page(id, origin, PageFormat.ANT_DOC, text, meta));
    }

    /** The stripped content of {@code <TAG>...</TAG>}, or null. */
    static String field(String record, String tag) {
        int open = record.indexOf("<" + tag + ">");
        if (open < 0) {
            return null;
        }
        int from = open + tag.length() + 2;
        int close = record.indexOf("</" + tag + ">", from);
        String value = close < 0 ? record.substring(from) : record.substring(from, close);
        return value.strip();
    }

    private static String outlet(String url, String src, Source source) {
        String host = UrlMeta.outlet(url);
        if (host != null) {
            return host;
        }
        return src != null && !src.isEmpty() ? src : source.folderName();
    }

    static LocalDate published(String record, String url) {
        LocalDate time = time(field(record, "TIME"));
        if (time != null) {
            return time;
        }
        String docno = field(record, "DOCNO");
        Matcher m = docno == null ? null : DOCNO_DATE.matcher(docno);
        if (m != null && m.find()) {
            try {
                return LocalDate.parse(m.group(1), COMPACT);
            } catch (DateTimeException e) {
                return UrlMeta.date(url);
            }
        }
        return UrlMeta.date(url);
    }

    /** {@code Mon, 26 Feb 2018 02:20:10 GMT} (RFC 1123) or an ISO date; the date as the outlet wrote it. */
    static LocalDate time(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeException e) {
            return IsoDates.parse(value);
        }
    }
}
