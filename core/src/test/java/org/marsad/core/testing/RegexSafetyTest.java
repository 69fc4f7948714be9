package org.marsad.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No regular expression with nested quantifiers ({@code (a+)+}, {@code (\s*x)*}): their backtracking is
 * exponential or polynomial on text that almost matches, and this project runs its patterns on text from the web.
 * Scans the regular expressions given as literals (string literals joined with {@code +}) to
 * {@code Pattern.compile}, {@code matches}, {@code replaceAll}, {@code replaceFirst} and {@code split} in every
 * module's main sources with a small analyser, and fails the build on one whose quantified group (unbounded: {@code *},
 * {@code +}, <code>{n,}</code>) holds an unbounded quantifier. Atomic groups and possessive quantifiers do
 * not backtrack and pass.
 */
class RegexSafetyTest {
    /** The repository root: the tests run in the core module's folder. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theAnalyserFindsNestedQuantifiers() {
        for (String bad : List.of("(a+)+", "(\\s*x)*", "(?:a|b*)+", "((ab)*c)+", "(x+y){2,}", "(a(?:b+)?)*")) {
            assertTrue(nestedQuantifier(bad) != null, bad);
        }
        for (String ok : List.of("a+b+", "(ab)+", "(a+){2,5}", "(?>a+)+", "(a++)+", "[(a+)+]", "\\(a+\\)+",
                "(\\s*x)?", "\\s*([^()«»]{2,40}|«[^«»]{1,30}»)\\s*\\(([^()]{1,30})\\)", "\\Q(a+)+\\E")) {
            assertEquals(null, nestedQuantifier(ok), ok);
        }
    }

    @Test
    void noMainSourceCompilesAPatternWithNestedQuantifiers() throws IOException {
        List<String> found = new ArrayList<>();
        int patterns = 0;
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/")
                    && !p.toString().contains("/node_modules/") && !p.toString().contains("/target/")).toList()) {
                String src = Files.readString(f);
                for (String regex : compiledLiterals(src)) {
                    patterns++;
                    String why = nestedQuantifier(regex);
                    if (why != null) {
                        found.add(ROOT.relativize(f) + ": " + regex + " (" + why + ")");
                    }
                }
            }
        }
        assertTrue(patterns > 80, "the scan found the project's patterns (" + patterns + ")");
        assertEquals(List.of(), found, "patterns with nested quantifiers");
    }

    /** Where a regular expression is given as a literal. */
    private static final List<String> CALLS = List.of("Pattern.compile(", ".matches(", ".replaceAll(",
            ".replaceFirst(", ".split(");

    /** The regular expressions given as literals to {@code Pattern.compile} and String's regex methods. */
    static List<String> compiledLiterals(String src) {
        List<String> out = new ArrayList<>();
        for (String call : CALLS) {
            out.addAll(literalsAfter(src, call));
        }
        return out;
    }

    private static List<String> literalsAfter(String src, String call) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while ((at = src.indexOf(call, at)) >= 0) {
            int i = at + call.length();
            StringBuilder regex = new StringBuilder();
            boolean any = false;
            while (true) {
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
                if (i >= src.length() || src.charAt(i) != '"') {
                    break;
                }
                i++;
                while (i < src.length() && src.charAt(i) != '"') {
                    char c = src.charAt(i);
                    if (c == '\\' && i + 1 < src.length()) {
                        char e = src.charAt(++i);
                        switch (e) {
                            case 'n' -> regex.append('\n');
                            case 't' -> regex.append('\t');
                            case 'r' -> regex.append('\r');
                            case 'f' -> regex.append('\f');
                            case 'u' -> {
                                regex.append((char) Integer.parseInt(src.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                            default -> regex.append(e);
                        }
                    } else {
                        regex.append(c);
                    }
                    i++;
                }
                i++;
                any = true;
                while (i < src.length() && Character.isWhitespace(src.charAt(i))) {
                    i++;
                }
                if (i < src.length() && src.charAt(i) == '+') {
                    i++;
                    continue;
                }
                break;
            }
            if (any) {
                out.add(regex.toString());
            }
            at = i;
        }
        return out;
    }

    /** Why the pattern has a nested quantifier, or null when it has none. */
    static String nestedQuantifier(String re) {
        final class Group {
            final boolean atomic;
            final int start;
            boolean unbounded;

            Group(boolean atomic, int start) {
                this.atomic = atomic;
                this.start = start;
            }
        }
        ArrayDeque<Group> open = new ArrayDeque<>();
        open.push(new Group(false, 0));
        int n = re.length();
        int i = 0;
        while (i < n) {
            char c = re.charAt(i);
            Group closed = null;
            if (c == '\\') {
                if (i + 1 < n && re.charAt(i + 1) == 'Q') {
                    int end = re.indexOf("\\E", i + 2);
                    i = end < 0 ? n : end + 2;
                } else if (i + 2 < n && (re.charAt(i + 1) == 'p' || re.charAt(i + 1) == 'P') && re.charAt(i + 2) == '{') {
                    i = re.indexOf('}', i) + 1;
                } else {
                    i += 2;
                }
            } else if (c == '[') {
                i = classEnd(re, i);
            } else if (c == '(') {
                open.push(new Group(re.startsWith("(?>", i), i));
                i++;
                continue;
            } else if (c == ')') {
                closed = open.size() > 1 ? open.pop() : null;
                i++;
            } else {
                i++;
            }
            // a quantifier after the atom that ends at i
            int q = i;
            boolean unbounded = false;
            boolean quantified = false;
            if (q < n && (re.charAt(q) == '*' || re.charAt(q) == '+')) {
                unbounded = true;
                quantified = true;
                q++;
            } else if (q < n && re.charAt(q) == '?') {
                quantified = true;
                q++;
            } else if (q < n && re.charAt(q) == '{') {
                int close = re.indexOf('}', q);
                if (close > 0 && re.substring(q + 1, close).matches("\\d+(,\\d*)?")) {
                    unbounded = re.substring(q + 1, close).endsWith(",");
                    quantified = true;
                    q = close + 1;
                }
            }
            boolean possessive = quantified && q < n && re.charAt(q) == '+';
            boolean lazy = quantified && q < n && re.charAt(q) == '?';
            if (possessive || lazy) {
                q++;
            }
            if (closed != null) {
                if (unbounded && !possessive && closed.unbounded && !closed.atomic) {
                    return "quantified group at " + closed.start + " holds an unbounded quantifier";
                }
                if (!closed.atomic) {
                    open.peek().unbounded |= closed.unbounded || unbounded && !possessive;
                }
            } else if (unbounded && !possessive) {
                open.peek().unbounded = true;
            }
            i = q;
        }
        return null;
    }

    /** Just past the character class that opens at {@code from}. */
    private static int classEnd(String re, int from) {
        int i = from + 1;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        int depth = 1;
        while (i < re.length() && depth > 0) {
            char c = re.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
            i++;
        }
        return i;
    }
}
