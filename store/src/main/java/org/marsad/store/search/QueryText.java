package org.marsad.store.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * User text to a query: every special character is escaped and the operator words AND, OR and NOT are taken as
 * plain words, so only balanced "double quotes" keep a meaning (a phrase). All words are required.
 */
final class QueryText {
    private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT)\\b");

    private QueryText() {
    }

    static Query parse(String text, Analyzer analyzer) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(new String[] {ArticleIndex.HEADLINE, ArticleIndex.BODY},
                analyzer, Map.of(ArticleIndex.HEADLINE, 2f, ArticleIndex.BODY, 1f));
        return new BooleanQuery.Builder().add(words(text, p), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleIndex.KIND, "article")), BooleanClause.Occur.FILTER).build();
    }

    /** All the words of {@code text} (phrases in "double quotes") required in {@code field}. */
    static Query words(String text, Analyzer analyzer, String field) {
        return words(text, new QueryParser(field, analyzer));
    }

    private static Query words(String text, QueryParser p) {
        p.setDefaultOperator(QueryParser.Operator.AND);
        String escaped = escape(text);
        Query words;
        try {
            words = escaped.isBlank() ? null : p.parse(escaped);
        } catch (ParseException e) {
            throw new IllegalArgumentException("cannot read the query: " + e.getMessage(), e);
        }
        if (words == null || allTerms(words).isEmpty()) {
            return new MatchNoDocsQuery("no searchable words");
        }
        return words;
    }

    private static Set<Term> allTerms(Query q) {
        Set<Term> found = new HashSet<>();
        q.visit(QueryVisitor.termCollector(found));
        return found;
    }

    /** The text with Lucene syntax neutralised; quotes are kept only when they pair up. */
    static String escape(String text) {
        String t = text.strip().replace("\"\"", " ");
        boolean phrases = t.chars().filter(c -> c == '"').count() % 2 == 0;
        List<String> parts = new ArrayList<>();
        for (String part : t.split("\"", -1)) {
            parts.add(OPERATOR.matcher(QueryParser.escape(part)).replaceAll(m -> m.group().toLowerCase(Locale.ROOT)));
        }
        return String.join(phrases ? "\"" : "\\\"", parts);
    }
}
