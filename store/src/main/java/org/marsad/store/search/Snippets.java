package org.marsad.store.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Plain-text snippets: re-analyses the body, finds the words whose analysed form is a query term, and cuts a
 * window of about {@value #WIDTH} chars around the first one, at spaces. Line breaks become spaces (same length,
 * so the marks stay exact); no markup is added.
 */
final class Snippets {
    static final int WIDTH = 240;
    private static final int BEFORE = 60;

    private Snippets() {
    }

    record Snippet(String text, List<Mark> marks) {
    }

    static Snippet of(Analyzer analyzer, String body, Set<String> terms) {
        List<int[]> found = matches(analyzer, body, terms);
        int from = found.isEmpty() ? 0 : wordStart(body, Math.max(0, found.get(0)[0] - BEFORE));
        int to = wordEnd(body, Math.min(body.length(), from + WIDTH));
        List<Mark> marks = new ArrayList<>();
        for (int[] m : found) {
            if (m[0] >= from && m[1] <= to) {
                marks.add(new Mark(m[0] - from, m[1] - from));
            }
        }
        String text = body.substring(from, to).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(text, marks);
    }

    private static List<int[]> matches(Analyzer analyzer, String body, Set<String> terms) {
        List<int[]> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(ArticleIndex.BODY, body)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (terms.contains(term.toString())) {
                    out.add(new int[] {offset.startOffset(), offset.endOffset()});
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a stored body", e);
        }
        return out;
    }

    private static int wordStart(String s, int i) {
        int j = i;
        while (j > 0 && !Character.isWhitespace(s.charAt(j - 1)) && i - j < 20) {
            j--;
        }
        int k = j > 0 && !Character.isWhitespace(s.charAt(j - 1)) ? i : j;
        return k > 0 && k < s.length() && Character.isLowSurrogate(s.charAt(k)) ? k - 1 : k;
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j)) && j - i < 20) {
            j++;
        }
        if (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j = i;
        }
        if (j > 0 && j < s.length() && Character.isLowSurrogate(s.charAt(j))) {
            j--;
        }
        return j;
    }
}
