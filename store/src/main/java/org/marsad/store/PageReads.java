package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.marsad.store.search.ArticleDoc;

/** Reads of stored pages and of their articles as the search index takes them, on a connection of the caller's. */
final class PageReads {
    /** An article's columns as {@link #articleDoc} reads them, its page's doc_id tenth. */
    private static final String ARTICLE_COLUMNS = "SELECT a.idx, a.headline, a.body_start, a.body_end, p.text, "
            + "CAST(p.published AS VARCHAR), p.outlet, p.url, "
            + "(SELECT count(*) FROM events e WHERE e.doc_id = a.doc_id AND e.article = a.idx), p.doc_id ";

    private PageReads() {
    }

    static List<String> docIds(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT doc_id FROM pages")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    static List<ArticleDoc> articleDocs(Connection c, String docId) throws SQLException {
        String sql = ARTICLE_COLUMNS + "FROM articles a JOIN pages p ON p.doc_id = a.doc_id "
                + "WHERE a.doc_id = ? AND NOT coalesce(a.teaser, false) ORDER BY a.idx";
        List<ArticleDoc> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, docId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(articleDoc(docId, r));
                }
            }
        }
        return out;
    }

    /** Every page's non-teaser articles in one streaming query, page by page (an empty list for none). */
    static void forEachPage(Connection c, BiConsumer<String, List<ArticleDoc>> sink) throws SQLException {
        String sql = ARTICLE_COLUMNS + "FROM pages p LEFT JOIN articles a ON p.doc_id = a.doc_id "
                + "AND NOT coalesce(a.teaser, false) ORDER BY p.doc_id, a.idx";
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            String doc = null;
            List<ArticleDoc> docs = new ArrayList<>();
            while (r.next()) {
                String id = r.getString(10);
                if (doc != null && !doc.equals(id)) {
                    sink.accept(doc, docs);
                    docs = new ArrayList<>();
                }
                doc = id;
                if (r.getObject(1) != null) {
                    docs.add(articleDoc(id, r));
                }
            }
            if (doc != null) {
                sink.accept(doc, docs);
            }
        }
    }

    /** The look-up of one page by doc_id, the same statement every time (kept prepared by the read pool). */
    static final String PAGE = "SELECT doc_id, origin, url, outlet, CAST(published AS VARCHAR), title, text FROM pages "
            + "WHERE doc_id = ?";

    static Optional<StoredPage> page(PreparedStatement s, String docId) throws SQLException {
        s.setString(1, docId);
        try (ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(new StoredPage(r.getString(1), r.getString(2), r.getString(3),
                    r.getString(4), r.getString(5), r.getString(6), r.getString(7))) : Optional.empty();
        }
    }

    private static ArticleDoc articleDoc(String docId, ResultSet r) throws SQLException {
        String text = r.getString(5);
        int end = Math.min(text.length(), r.getObject(4) == null ? 0 : r.getInt(4));
        int start = Math.min(end, r.getObject(3) == null ? end : r.getInt(3));
        return new ArticleDoc(docId, r.getInt(1), r.getString(2), text.substring(start, end), r.getString(6),
                r.getString(7), r.getString(8), r.getInt(9));
    }
}
