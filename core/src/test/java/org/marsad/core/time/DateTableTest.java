package org.marsad.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.text.Sentence;

/** The table of date expressions in {@code dates.tsv}: each resolves to its value and precision, at its exact span. */
class DateTableTest {
    static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 12);
    private static final DateResolver RESOLVER = new DateResolver();

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(DateTableTest.class.getResourceAsStream("dates.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    rows.add(Arguments.of(c[0], c[1], c[2].equals("-") ? null : c[2], c[3]));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2} {3}")
    @MethodSource("rows")
    void dateExpressionResolvesAgainstPublication(String sentence, String span, String value, String precision) {
        List<DateMention> found = RESOLVER.find(sentence, new Sentence(0, sentence.length(), List.of()), PUBLISHED);
        assertFalse(found.isEmpty(), "no date found in: " + sentence);
        DateMention m = found.get(0);
        int at = sentence.indexOf(span);
        assertEquals(span, m.date().text(), "span text");
        assertEquals(at, m.span().start(), "span start");
        assertEquals(at + span.length(), m.span().end(), "span end");
        assertEquals(value, m.date().value(), "value");
        assertEquals(precision, m.date().precision().json(), "precision");
    }
}
