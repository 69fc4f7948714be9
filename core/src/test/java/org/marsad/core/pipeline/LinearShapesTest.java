package org.marsad.core.pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.core.segment.Diagnostic;
import org.marsad.core.segment.Page;
import org.marsad.core.segment.PageReader;
import org.marsad.core.segment.PageSink;
import org.marsad.core.testing.LinearCost;

/**
 * Linear time on every shape, in the style of Lucene's random-data tests: each hostile shape is generated from
 * random pieces (the seed is fixed per shape, so a failure repeats) at two sizes, read and coded by the whole
 * chain ({@link PageReader}, {@link Pipeline}); the larger may cost at most 3x the linear expectation
 * ({@link LinearCost}: CPU time of this thread, compared within the test).
 */
class LinearShapesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final String[] WORDS = {"قصفت", "القوات", "المدينة", "في", "على", "الوزير", "احتجاج", "مقتل",
        "ثلاثة", "أمس", "الجيش", "غارة", "قرية", "الشرطة", "اعتقلت", "متظاهرين"};

    private static String words(Random r, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    /** Shape name, file extension, and the page text at a size. */
    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("spaces before ')'", ".txt", (r, n) -> words(r, 3) + " ".repeat(n) + ")\n"),
                shape("lines ending in ')'", ".txt", (r, n) -> ("الاسم" + " ".repeat(40) + words(r, 1) + ")\n")
                        .repeat(n / 40)),
                shape("name groups", ".txt", (r, n) -> "سمير حداد (بيروت) ".repeat(n / 17) + ")\n"),
                shape("long lines", ".txt", (r, n) -> {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < n) {
                        sb.append(words(r, 400)).append('\n');
                    }
                    return sb.toString();
                }),
                shape("one happening told many times", ".txt", (r, n) -> "غارة على قرية\n\n"
                        + "قصفت طائرات حربية قرية في ريف إدلب أمس، ما أدى إلى مقتل خمسة مدنيين.\n".repeat(n / 70)),
                shape("many happenings", ".txt", (r, n) -> {
                    StringBuilder sb = new StringBuilder("أخبار اليوم\n\n");
                    String[] places = {"حمص", "إدلب", "حلب", "درعا", "الرقة", "دير الزور", "حماة", "اللاذقية"};
                    for (int i = 0; sb.length() < n; i++) {
                        sb.append("قتل ").append(i % 90 + 2).append(" شخصا في هجوم على ").append(places[i % 8])
                                .append(" يوم ").append(i % 28 + 1).append(" مارس.\n");
                    }
                    return sb.toString();
                }),
                shape("one long word", ".txt", (r, n) -> "ق".repeat(n)),
                shape("many numbers", ".txt", (r, n) -> {
                    StringBuilder sb = new StringBuilder();
                    while (sb.length() < n) {
                        sb.append("مقتل ");
                        for (int i = 0; i < 50; i++) {
                            sb.append(r.nextInt(100_000)).append(r.nextBoolean() ? " و " : "، ");
                        }
                        sb.append(" شخصا.\n");
                    }
                    return sb.toString();
                }),
                shape("repeated punctuation", ".txt", (r, n) -> "«(،.؟".repeat(n / 5) + "\n"),
                shape("tatweel flood", ".txt", (r, n) -> "عاجـ" + "ـ".repeat(n) + "ـل\n\n" + words(r, 12) + ".\n"),
                shape("nested tables", ".html", (r, n) -> "<html><body>" + "<table><tr><td>".repeat(n / 15)
                        + words(r, 8) + "</td></tr></table>".repeat(n / 15) + "</body></html>"),
                shape("unclosed divs", ".html", (r, n) -> "<html><body>" + ("<div><p>" + words(r, 2))
                        .repeat(n / 30)),
                shape("unclosed inline", ".html", (r, n) -> "<html><body><p>" + "<b><i><span class=lead>"
                        .repeat(n / 23) + words(r, 10)),
                shape("JSON-LD spaces", ".html", (r, n) -> "<html><head><script type=\"application/ld+json\">"
                        + "{\"articleBody\": \"" + words(r, 2) + " ".repeat(n) + "\"}</script></head><body></body></html>"),
                shape("many short lines", ".txt", (r, n) -> (words(r, 2) + "\n").repeat(n / 12)),
                shape("ANT open tags", ".txt", (r, n) -> "<DOC><TEXT>".repeat(n / 11)),
                shape("JSON Lines of brackets", ".jsonl", (r, n) -> "[".repeat(n) + "\n"));
    }

    private static Arguments shape(String name, String ext, BiFunction<Random, Integer, String> make) {
        return Arguments.of(name, ext, make);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void costGrowsLinearly(String name, String ext, BiFunction<Random, Integer, String> make) {
        PageReader reader = new PageReader();
        PageSink sink = new PageSink() {
            @Override
            public void page(Page page) {
                PIPELINE.process(page);
            }

            @Override
            public void problem(Diagnostic d) {
            }
        };
        LinearCost.assertLinear(name, n -> {
            byte[] bytes = make.apply(new Random(name.hashCode()), n).getBytes(StandardCharsets.UTF_8);
            return () -> reader.readBytes("shape" + ext, Path.of("shape" + ext), bytes, sink);
        }, 20_000, 160_000);
    }
}
