package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageFormat;
import org.marsad.core.segment.PageMeta;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.core.segment.HtmlReader;

/**
 * The body of {@code POST /api/pages} made a {@link Page}, or refused with the status that says why:
 * <ul>
 *   <li>413 when the body passes the limit, counted on the bytes actually read (a chunked body, or one whose
 *       Content-Length lies, stops there: at most limit + 1 bytes are ever held);</li>
 *   <li>415 unless the media type is {@code text/plain}, {@code text/html} or {@code application/json} (any case,
 *       parameters allowed), for a {@code charset} the server does not know, and for a body that looks binary
 *       (a NUL, or more than one control byte in ten) whatever it calls itself;</li>
 *   <li>400 for an empty body, bytes not in the declared charset, JSON that is not an object whose {@code text},
 *       {@code title}, {@code url} and {@code published} are strings (or absent), or a page with no text.</li>
 * </ul>
 * Plain text and HTML go through the readers the files go through ({@link PageReader}, {@link HtmlReader}), so
 * a posted page is decoded and split as the same page read from disk.
 */
final class PostedPage {
    static final String ACCEPTED = "text/plain, text/html or application/json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int SNIFF = 8192;

    private PostedPage() {
    }

    /** The page posted in {@code ctx}, its body read up to {@code maxBytes}. */
    static Page read(Context ctx, int maxBytes) {
        String header = ctx.header("Content-Type");
        String type = mediaType(header);
        Charset declared = charset(header);
        boolean transcode = declared != null && !declared.equals(StandardCharsets.UTF_8);
        byte[] read = body(ctx, maxBytes);
        byte[] bytes = transcode ? toUtf8(read, declared) : read;
        String htmlType = transcode ? "text/html; charset=utf-8" : header;
        if (looksBinary(bytes)) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                    "the body looks binary (NUL or control bytes), not a page's text");
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw new BadRequestResponse("the body is empty: send a page's text or {\"text\": ...}");
        }
        return switch (type) {
            case "application/json" -> json(bytes);
            case "text/html" -> one(sink -> new HtmlReader().read("http", bytes, null, htmlType, sink));
            default -> one(sink -> new PageReader().readBytes("http", Path.of("page.txt"), bytes, sink));
        };
    }

    /** The media type of a Content-Type header, lower case, without parameters; 415 unless accepted. */
    static String mediaType(String header) {
        String type = header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("text/plain") && !type.equals("text/html") && !type.equals("application/json")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "send the page as " + ACCEPTED
                    + (type.isEmpty() ? " (the request has no Content-Type)" : ", not " + clip(type)));
        }
        return type;
    }

    /** The {@code charset} parameter of a Content-Type header, or null; 415 when the server does not know it. */
    static Charset charset(String header) {
        if (header == null) {
            return null;
        }
        String[] parts = header.split(";");
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("charset")) {
                String name = kv[1].strip().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(),
                            "unknown charset " + clip(name) + "; send UTF-8 or name a standard charset");
                }
            }
        }
        return null;
    }

    /** At most {@code max} bytes of the body; 413 as soon as the declared length or the bytes read pass it. */
    static byte[] body(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw tooLarge(ctx, max);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = bounded(in, max);
            if (bytes == null) {
                throw tooLarge(ctx, max);
            }
            return bytes;
        } catch (IOException e) {
            throw new BadRequestResponse("the body could not be read: " + e.getMessage());
        }
    }

    /** The stream's bytes if there are at most {@code max}, else null; never reads more than {@code max + 1}. */
    static byte[] bounded(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    /** 413, and the connection closed after it, so that the server does not read (and drop) the rest. */
    private static HttpResponseException tooLarge(Context ctx, int max) {
        ctx.header("Connection", "close");
        return new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                "the body is larger than the limit of " + max + " bytes");
    }

    private static byte[] toUtf8(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString()
                    .getBytes(StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadRequestResponse("the body is not valid " + cs.name() + " (the declared charset)");
        }
    }

    /** A NUL or more than one control byte in ten among the first 8 KiB (as the file readers judge). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 10 > n;
    }

    private interface Reading {
        void into(PageSink sink);
    }

    /** The one page a reader gives; its diagnostic as a 415 (binary) or 400 when it gives none. */
    private static Page one(Reading reading) {
        List<Page> pages = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        reading.into(new PageSink() {
            @Override
            public void page(Page page) {
                pages.add(page);
            }

            @Override
            public void problem(Diagnostic d) {
                problems.add(d);
            }
        });
        if (pages.size() == 1) {
            return pages.get(0);
        }
        String why = problems.isEmpty() ? "no page in the body" : problems.get(0).reason();
        if (why.contains("binary")) {
            throw new HttpResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE.getCode(), "the body is " + why);
        }
        throw new BadRequestResponse(pages.isEmpty() ? "the body is not a page: " + why
                : "the body holds " + pages.size() + " pages; post one at a time");
    }

    private static Page json(byte[] bytes) {
        JsonNode n;
        try {
            n = MAPPER.readTree(bytes);
        } catch (IOException e) {
            String m = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                    : e.getMessage();
            throw new BadRequestResponse("the body is not valid JSON: " + m);
        }
        if (n == null || !n.isObject()) {
            throw new BadRequestResponse("the JSON must be an object: {\"text\": ..., \"title\": ..., \"url\": ...,"
                    + " \"published\": ...}");
        }
        String text = string(n, "text");
        if (text == null || text.isBlank()) {
            throw new BadRequestResponse("the JSON has no \"text\"");
        }
        String published = string(n, "published");
        LocalDate date;
        try {
            date = published == null || published.isBlank() ? null
                    : LocalDate.parse(published.substring(0, Math.min(10, published.length())));
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse("published must be a date like 2024-11-09");
        }
        String title = string(n, "title");
        String full = title == null || title.isBlank() ? text : title + "\n\n" + text;
        return Page.of("http", PageFormat.JSONL, full, new PageMeta(string(n, "url"), null, date, title));
    }

    /** A field that must be a string when present (null and absent: null); 400 for a number, list or object. */
    private static String string(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequestResponse("\"" + field + "\" must be a string, not " + v.getNodeType().name()
                    .toLowerCase(Locale.ROOT));
        }
        return v.asText();
    }

    private static String clip(String s) {
        String t = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return t.replaceAll("[^\\x20-\\x7e]", "?");
    }
}
