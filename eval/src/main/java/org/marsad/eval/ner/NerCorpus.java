package org.marsad.eval.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads CoNLL-style NER files ({@code token TAG} a line, blank line between sentences; ANERcorp and AQMAR).
 * Tags are reduced to PERS, LOC, ORG or null: B-/I- prefixes dropped, PER read as PERS, MISC and the rest as
 * nothing. A sentence also ends at a line whose token is a full stop, so a file without blank lines is still cut
 * into sentence-sized pieces. Lenient: a line without a tag is a word tagged O; odd tags are O.
 */
public final class NerCorpus {
    /** One sentence: its words and their gold types (null for none), the same size. */
    public record Sentence(List<String> words, List<String> gold) {
        public Sentence {
            words = List.copyOf(words);
            gold = java.util.Collections.unmodifiableList(new ArrayList<>(gold));
        }
    }

    private NerCorpus() {
    }

    /** The sentences of {@code path}: a file, or every regular file directly in a folder (sorted; subfolders are other corpora). */
    public static List<Sentence> read(Path path) {
        List<Sentence> out = new ArrayList<>();
        for (Path f : files(path)) {
            try {
                out.addAll(parse(Files.readAllLines(f, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + f, e);
            }
        }
        return out;
    }

    /** The data files under {@code path}: .md files and hidden files are skipped. */
    public static List<Path> files(Path path) {
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".md") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    static List<Sentence> parse(List<String> lines) {
        List<Sentence> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                flush(out, words, gold);
                continue;
            }
            int sp = s.lastIndexOf(' ') >= 0 ? s.lastIndexOf(' ') : s.lastIndexOf('\t');
            String word = sp > 0 ? s.substring(0, sp).strip() : s;
            words.add(word);
            gold.add(sp > 0 ? type(s.substring(sp + 1)) : null);
            if (word.equals(".") || word.equals("؟") || word.equals("!")) {
                flush(out, words, gold);
            }
        }
        flush(out, words, gold);
        return out;
    }

    private static void flush(List<Sentence> out, List<String> words, List<String> gold) {
        if (!words.isEmpty()) {
            out.add(new Sentence(words, gold));
            words.clear();
            gold.clear();
        }
    }

    /** PERS, LOC, ORG or null for a CoNLL tag. */
    static String type(String tag) {
        String t = tag.strip().toUpperCase(Locale.ROOT);
        int dash = t.indexOf('-');
        String base = dash >= 0 && (t.startsWith("B-") || t.startsWith("I-")) ? t.substring(2) : t;
        return switch (base) {
            case "PERS", "PER" -> "PERS";
            case "LOC" -> "LOC";
            case "ORG" -> "ORG";
            default -> null;
        };
    }
}
