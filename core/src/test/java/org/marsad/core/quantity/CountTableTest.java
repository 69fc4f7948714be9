package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.text.Sentence;

/** The table of count expressions in {@code counts.tsv}: each yields its value, slot, approximation and extras. */
class CountTableTest {
    private static final CountFinder FINDER = new CountFinder();

    static Stream<Arguments> rows() throws IOException {
        List<Arguments> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CountTableTest.class.getResourceAsStream("counts.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] c = line.split("\t");
                    rows.add(Arguments.of(c[0], c[1], Integer.parseInt(c[2]), CountSlot.valueOf(c[3]), c[4].equals("yes"),
                            c.length > 5 ? c[5] : "-"));
                }
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {1} -> {2} {3}")
    @MethodSource("rows")
    void countIsReadWithItsSlot(String sentence, String span, int value, CountSlot slot, boolean approximate, String extras) {
        List<CountMention> found = FINDER.find(sentence, new Sentence(0, sentence.length(), List.of()));
        int at = sentence.indexOf(span);
        Optional<CountMention> m = found.stream().filter(x -> x.span().start() == at).findFirst();
        assertTrue(m.isPresent(), "no count at '" + span + "' in " + sentence + "; found " + found);
        CountMention c = m.get();
        assertEquals(span, c.span().of(sentence), "span");
        assertEquals(value, c.value(), "value");
        assertEquals(slot, c.slot(), "slot");
        assertEquals(approximate, c.approximate(), "approximate");
        assertEquals(extras.contains("cumulative"), c.cumulative(), "cumulative");
        assertEquals(extras.contains("families") ? CountUnit.FAMILIES : CountUnit.PEOPLE, c.unit(), "unit");
        int max = extras.contains("max=") ? Integer.parseInt(extras.replaceAll(".*max=(\\d+).*", "$1")) : value;
        assertEquals(max, c.max(), "max");
    }
}
