package org.marsad.core.segment.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article text a page states in its JSON-LD ({@code "articleBody": "..."}), split into paragraphs at line
 * breaks. Pages rendered by scripts often carry their whole text there and little in the markup; the extractor
 * takes it when it is much longer than what the markup gave.
 */
final class JsonLdBody {
    /** The JSON-LD text is used when the markup gave less than this share of it. */
    static final double SHARE = 0.5;
    /** Shortest JSON-LD body worth using, in characters. */
    static final int MIN = 400;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
    private static final Pattern KEY = Pattern.compile("\"articleBody\"\\s*:\\s*\"");

    private JsonLdBody() {
    }

    /** The JSON-LD article body's paragraphs, empty when the page has none. Read before boilerplate removal. */
    static List<String> paragraphs(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = KEY.matcher(script.data());
            if (m.find()) {
                String body = jsonString(script.data(), m.end());
                List<String> out = new ArrayList<>();
                // split at line breaks alone: "\\s*\\n\\s*" took time quadratic in a run of spaces
                for (String p : body.split("\n")) {
                    String t = SPACES.matcher(p).replaceAll(" ").strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
                return out;
            }
        }
        return List.of();
    }

    /** The JSON string whose first character is at {@code from} (just after its opening quote), unescaped. */
    static String jsonString(String s, int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n', 'r' -> sb.append('\n');
                case 't' -> sb.append(' ');
                case 'u' -> {
                    if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}
