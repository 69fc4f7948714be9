package org.marsad.eval.gsr;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One annotator's span record of a GSR sentence: gold country ({@code main}) and sector ({@code role}) of source and
 * target, and their token lists. A missing or non-object role (the data has {@code {}} and {@code "UNKNOWN"}) is
 * read as "None", as is a missing key.
 */
record GoldSpan(String actorCountry, String actorSector, String recipientCountry, String recipientSector,
                List<String> actorTokens, List<String> recipientTokens) {
    static final String NONE = "None";

    GoldSpan {
        actorTokens = List.copyOf(actorTokens);
        recipientTokens = List.copyOf(recipientTokens);
    }

    static GoldSpan of(JsonNode span) {
        JsonNode src = span.path("source_role");
        JsonNode tgt = span.path("target_role");
        return new GoldSpan(field(src, "main"), field(src, "role"), field(tgt, "main"), field(tgt, "role"),
                tokens(span.path("source_actor")), tokens(span.path("target_actor")));
    }

    private static String field(JsonNode role, String key) {
        JsonNode v = role.isObject() ? role.get(key) : null;
        return v == null || !v.isTextual() || v.asText().isBlank() ? NONE : v.asText().strip();
    }

    private static List<String> tokens(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list.isArray()) {
            list.forEach(t -> out.add(t.asText()));
        }
        return out;
    }
}
