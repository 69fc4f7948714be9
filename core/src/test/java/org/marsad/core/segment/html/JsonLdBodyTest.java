package org.marsad.core.segment.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.marsad.core.testing.LinearCost;

class JsonLdBodyTest {
    private static String page(String body) {
        return "<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"articleBody\": \""
                + body + "\"}</script></head><body><p>قصير</p></body></html>";
    }

    /** The split the regular expression made, kept to prove the plain split gives the same paragraphs. */
    private static List<String> old(String body) {
        List<String> out = new ArrayList<>();
        for (String p : body.split("\\s*\\n\\s*")) {
            String t = p.replaceAll("[ \\t\\u00A0]+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    @Test
    void splitsAtLineBreaksAsBefore() {
        String[] pieces = {"فقرة أولى", " ", "\\n", "\\n\\n", "\\t", "\u00A0", "\\r\\n", "  ", "ب،", "\\u0645"};
        Random r = new Random(7L);
        for (int round = 0; round < 2000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(20); i > 0; i--) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String json = sb.toString();
            String unescaped = JsonLdBody.jsonString(json + "\"", 0);
            assertEquals(old(unescaped), JsonLdBody.paragraphs(Jsoup.parse(page(json))), json);
        }
    }

    /** Before: 160 KB of spaces took 45.7 s ("\\s*\\n\\s*" backtracked over the whole run from every space). */
    @Test
    void aBodyOfSpacesIsSplitInLinearTime() {
        LinearCost.assertLinear("JSON-LD spaces", n -> {
            var doc = Jsoup.parse(page("أ" + " ".repeat(n) + "ب"));
            return () -> JsonLdBody.paragraphs(doc);
        }, 10_000, 80_000);
    }
}
