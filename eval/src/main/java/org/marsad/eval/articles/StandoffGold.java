package org.marsad.eval.articles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads the project's stand-off gold ({@code docs/annotation.md}): a file names a corpus file by its path and
 * SHA-256 and gives every text field as UTF-16 offsets into that file, so the repository holds no news text.
 * {@link #read} checks the SHA-256, takes the text of each span from the corpus file and hands the result to
 * {@link GoldReader} as ordinary gold of {@code spec/evaluation.md} section 2: one article, the page's main one
 * ({@code headline} null), with the file's publication date.
 */
public final class StandoffGold {
    public static final String SCHEMA = "marsad.gold-standoff/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** A stand-off file read and checked: the corpus file it describes, its text, its gold and its JSON tree. */
    public record Entry(Path goldFile, Path pageFile, String text, GoldPage gold, JsonNode standoff) {
        /** The corpus path as the stand-off file gives it (relative to the corpus folder). */
        public String path() {
            return standoff.path("path").asText();
        }
    }

    private final Path corpora;
    private final GoldReader reader = new GoldReader();

    /** @param corpora the folder that holds the corpora named by {@code corpus} (e.g. ../shared/data/corpora) */
    public StandoffGold(Path corpora) {
        this.corpora = corpora;
    }

    /** Whether {@code file} is a stand-off gold file (by its schema), without failing on other JSON. */
    public static boolean isStandoff(Path file) {
        if (!file.getFileName().toString().endsWith(".json")) {
            return false;
        }
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[200];
            int n = in.read(head);
            return n > 0 && new String(head, 0, n).contains("\"" + SCHEMA + "\"");
        } catch (IOException e) {
            return false;
        }
    }

    public Entry read(Path file) throws GoldFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new GoldFormatException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
            throw new GoldFormatException(file + ": not " + SCHEMA, null);
        }
        String corpus = root.path("corpus").asText("");
        String path = root.path("path").asText("");
        if (corpus.isEmpty() || path.isEmpty() || path.contains("..")) {
            throw new GoldFormatException(file + ": corpus and path must name a file inside the corpora folder", null);
        }
        Path page = corpora.resolve(corpus).resolve(path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(page);
        } catch (IOException e) {
            throw new GoldFormatException(file + ": corpus file " + page + " not readable (is --corpora right?)", e);
        }
        String sha = sha256(bytes);
        if (!sha.equals(root.path("sha256").asText())) {
            throw new GoldFormatException(file + ": " + page + " has SHA-256 " + sha + ", the gold was coded on "
                    + root.path("sha256").asText(), null);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        ObjectNode spec = NODES.objectNode();
        spec.put("page", page.toAbsolutePath().toString());
        ObjectNode article = spec.putArray("articles").addObject();
        article.putNull("headline");
        article.set("published", root.path("published"));
        ArrayNode events = article.putArray("events");
        JsonNode list = root.path("events");
        for (int i = 0; i < list.size(); i++) {
            events.add(event(list.get(i), text, file, "events[" + i + "]"));
        }
        GoldPage gold = reader.parse(spec.toString(), file.toString());
        return new Entry(file, page, text, gold, root);
    }

    private static ObjectNode event(JsonNode e, String text, Path file, String where) throws GoldFormatException {
        ObjectNode out = e.deepCopy();
        out.remove("mentions");
        out.remove("injured");
        out.remove("arrested");
        out.set("trigger", spanText(e.get("trigger"), text, file, where + ".trigger"));
        out.set("place", spanText(e.get("place"), text, file, where + ".place"));
        JsonNode alt = e.get("alt_place");
        if (alt != null && alt.isArray()) {
            ArrayNode places = out.putArray("alt_place");
            for (int i = 0; i < alt.size(); i++) {
                JsonNode p = alt.get(i);
                if (p == null || p.isNull()) {
                    places.addNull();
                } else {
                    ObjectNode q = p.deepCopy();
                    q.set("place", spanText(p.get("place"), text, file, where + ".alt_place[" + i + "]"));
                    places.add(q);
                }
            }
        }
        return out;
    }

    /** The text of a {@code [start, end]} span, or JSON null for a null span. */
    static JsonNode spanText(JsonNode span, String text, Path file, String where) throws GoldFormatException {
        if (span == null || span.isNull()) {
            return NODES.nullNode();
        }
        int[] se = span(span, text.length(), file, where);
        return NODES.textNode(text.substring(se[0], se[1]));
    }

    /** A checked {@code [start, end]} pair inside a text of {@code length} UTF-16 units. */
    public static int[] span(JsonNode span, int length, Path file, String where) throws GoldFormatException {
        if (!span.isArray() || span.size() != 2 || !span.get(0).isInt() || !span.get(1).isInt()) {
            throw new GoldFormatException(file + ": " + where + ": " + span + " is not a [start, end] span", null);
        }
        int s = span.get(0).asInt();
        int e = span.get(1).asInt();
        if (s < 0 || e <= s || e > length) {
            throw new GoldFormatException(file + ": " + where + ": span " + span + " outside the file (length "
                    + length + ")", null);
        }
        return new int[] {s, e};
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
