import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Derives two word lists for the name tagger from the AQMAR Arabic Wikipedia named-entity corpus (Mohit et al.,
 * EACL 2012; CC BY-SA 3.0), so the lists are CC BY-SA 3.0 too:
 * <ul>
 * <li>NameTagger-common-words.tsv: words seen at least {@value #MIN_COMMON} times outside any name and never
 * inside one (طلب، سلطة، حيث): after a title such a word starts no person's name;</li>
 * <li>NameTagger-given-names-aqmar.tsv: first words of person names of two or more words (seen so at least
 * {@value #MIN_GIVEN} time) and never outside a name (إنريكو فيرمي).</li>
 * </ul>
 * Usage: {@code java tools/BuildNameWords.java AQMAR_DIR OUT_DIR}. Words are grouped by a light normalisation
 * (marks, alef forms, ى, ة) and written in their most frequent spelling; the runtime normaliser keys them at load.
 */
public final class BuildNameWords {
    static final int MIN_COMMON = 3;
    static final int MIN_GIVEN = 1;

    private BuildNameWords() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildNameWords.java AQMAR_DIR OUT_DIR");
            System.exit(2);
        }
        Map<String, int[]> counts = new HashMap<>(); // key -> {outside, inside, person-first}
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Path f : files(Path.of(args[0]))) {
            read(f, counts, spellings);
        }
        List<String> common = new ArrayList<>();
        List<String> given = new ArrayList<>();
        new TreeMap<>(counts).forEach((key, c) -> {
            if (key.length() < 2 || !Character.isLetter(key.charAt(0))) {
                return;
            }
            String word = spelling(spellings.get(key));
            if (c[0] >= MIN_COMMON && c[1] == 0) {
                common.add(word);
            } else if (c[2] >= MIN_GIVEN && c[0] == 0 && key.length() >= 3 && !key.startsWith("ال")) {
                given.add(word);
            }
        });
        String date = LocalDate.now().toString();
        write(Path.of(args[1], "NameTagger-common-words.tsv"), common, List.of(
                "# NameTagger-common-words.tsv: words seen " + MIN_COMMON + "+ times outside any name and never inside one",
                "# in AQMAR (Arabic Wikipedia NE corpus, Mohit et al. 2012; CC BY-SA 3.0; this list is CC BY-SA 3.0).",
                "# Built by tools/BuildNameWords.java on " + date + "; do not edit by hand. Keys are normalised at load.",
                "# columns: word"));
        write(Path.of(args[1], "NameTagger-given-names-aqmar.tsv"), given, List.of(
                "# NameTagger-given-names-aqmar.tsv: first words of person names (two words or more) never seen outside a",
                "# name in AQMAR (Arabic Wikipedia NE corpus, Mohit et al. 2012; CC BY-SA 3.0; this list is CC BY-SA 3.0).",
                "# Built by tools/BuildNameWords.java on " + date + "; do not edit by hand. Keys are normalised at load.",
                "# columns: given name"));
        System.out.println(common.size() + " common words, " + given.size() + " given names");
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void read(Path f, Map<String, int[]> counts, Map<String, Map<String, Integer>> spellings) {
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            rows.add(parts.length == 2 ? parts : null);
        }
        for (int i = 0; i < rows.size(); i++) {
            String[] r = rows.get(i);
            if (r == null) {
                continue;
            }
            String key = key(r[0]);
            spellings.computeIfAbsent(key, k -> new HashMap<>()).merge(r[0], 1, Integer::sum);
            int[] c = counts.computeIfAbsent(key, k -> new int[3]);
            String tag = r[1];
            if (tag.equals("O")) {
                c[0]++;
            } else {
                c[1]++;
            }
            boolean next = i + 1 < rows.size() && rows.get(i + 1) != null && rows.get(i + 1)[1].equals("I-PER");
            if (tag.equals("B-PER") && next) {
                c[2]++;
            }
        }
    }

    /** Marks and tatweel dropped; أ إ آ → ا; ى → ي; ة → ه. */
    static String key(String word) {
        StringBuilder sb = new StringBuilder();
        for (char ch : word.toCharArray()) {
            if (ch >= '\u064B' && ch <= '\u065F' || ch == '\u0670' || ch == '\u0640') {
                continue;
            }
            sb.append(switch (ch) {
                case 'أ', 'إ', 'آ' -> 'ا';
                case 'ى' -> 'ي';
                case 'ة' -> 'ه';
                default -> ch;
            });
        }
        return sb.toString();
    }

    private static String spelling(Map<String, Integer> seen) {
        return seen.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    private static void write(Path out, List<String> words, List<String> header) {
        List<String> lines = new ArrayList<>(header);
        lines.addAll(words);
        try {
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
