package org.marsad.store.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Plain-text snippets from Lucene's {@link UnifiedHighlighter}: the body's best passage for the query (BM25-scored
 * sentences of about {@value #TARGET} chars, so an article's best paragraph rather than the photo caption at its top),
 * with the matched words marked by offset. A passage longer than {@value #WIDTH} chars is cut around its first match
 * at spaces. Line breaks become spaces (same length, so the marks stay exact); no markup is added. A body without a
 * match (the words were in the headline) gives its first passage.
 */
final class Snippets {
    static final int WIDTH = 240;
    static final int TARGET = 160;
    private static final int BEFORE = 60;
    /** Bodies are highlighted over their first this many chars (the highlighter's default is 10,000). */
    private static final int MAX_LENGTH = 200_000;

    private Snippets() {
    }

    record Snippet(String text, List<Mark> marks) {
    }

    /** A highlighter over the bodies as {@code analyzer} reads them (thread-safe; cheap to build). */
    static UnifiedHighlighter highlighter(Analyzer analyzer) {
        return UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), TARGET, 0.3f))
                .withFormatter(new Formatter())
                .withMaxLength(MAX_LENGTH)
                .build();
    }

    /** The best passage of {@code body} for {@code q}. */
    static Snippet best(UnifiedHighlighter uh, Query q, String body) throws IOException {
        Object found = uh.highlightWithoutSearcher(ArticleIndex.BODY, words(q), body, 1);
        return found instanceof Snippet s ? s : new Snippet("", List.of());
    }

    /**
     * The query without its filter clauses (the article kind): the highlighter reads one body without an index, and
     * a required term of another field would leave it no match to mark.
     */
    private static Query words(Query q) {
        if (!(q instanceof BooleanQuery b)) {
            return q;
        }
        BooleanQuery.Builder out = new BooleanQuery.Builder();
        for (BooleanClause c : b.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.FILTER) {
                out.add(c);
            }
        }
        return out.build();
    }

    /** The first passage the highlighter gives (it gives one: the best), as a {@link Snippet}. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            List<int[]> matches = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                matches.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
            }
            return cut(content, p.getStartOffset(), p.getEndOffset(), matches);
        }
    }

    /** The passage [from, to) of {@code body}, trimmed, cut to {@link #WIDTH} around its first match if longer. */
    static Snippet cut(String body, int from, int to, List<int[]> matches) {
        while (from < to && Character.isWhitespace(body.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(body.charAt(to - 1))) {
            to--;
        }
        if (to - from > WIDTH + 20) {
            int first = matches.isEmpty() ? from : Math.max(from, matches.get(0)[0]);
            int start = Math.max(from, wordStart(body, Math.max(from, first - BEFORE)));
            to = Math.min(to, wordEnd(body, Math.min(body.length(), start + WIDTH)));
            from = start;
        }
        List<Mark> marks = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= from && m[1] <= to) {
                marks.add(new Mark(m[0] - from, m[1] - from));
            }
        }
        String text = body.substring(from, to).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return new Snippet(text, marks);
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
