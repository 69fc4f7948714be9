package org.marsad.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;

/**
 * Multi-word entries in a token trie. A key token matches a text token when it equals one of the token's
 * {@link Token#forms() forms}. Finding takes the longest entry at each position, left to right, without overlaps.
 * Immutable once built; share it across threads.
 */
public final class PhraseLexicon<T> {
    private final Node<T> root;
    private final int size;

    private PhraseLexicon(Node<T> root, int size) {
        this.root = root;
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match<T>> findAll(List<Token> tokens) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = longestAt(tokens, i);
            if (m == null) {
                i++;
            } else {
                out.add(m);
                i = m.end();
            }
        }
        return out;
    }

    /** The longest entry starting at token {@code i}, or null. */
    public Match<T> longestAt(List<Token> tokens, int i) {
        return longest(root, tokens, i, i, null);
    }

    private Match<T> longest(Node<T> node, List<Token> tokens, int first, int i, Match<T> best) {
        if (i >= tokens.size() || node.children == null) {
            return best;
        }
        for (String form : tokens.get(i).forms()) {
            Node<T> next = node.children.get(form);
            if (next != null) {
                Match<T> here = next.value != null ? new Match<>(first, i + 1, next.value) : best;
                Match<T> deeper = longest(next, tokens, first, i + 1, here);
                if (deeper != null && (best == null || deeper.end() > best.end())) {
                    best = deeper;
                }
            }
        }
        return best;
    }

    public static <T> Builder<T> builder(ArabicNormalizer normalizer) {
        return new Builder<>(normalizer);
    }

    /** Collects entries; a later entry for the same key replaces an earlier one only if {@code replace}. */
    public static final class Builder<T> {
        private final ArabicNormalizer normalizer;
        private final Node<T> root = new Node<>();
        private int size;

        Builder(ArabicNormalizer normalizer) {
            this.normalizer = normalizer;
        }

        /** Adds a phrase (words separated by spaces); returns false if the key was already present. */
        public boolean add(String phrase, T value) {
            List<String> words = words(normalizer.normalize(phrase));
            if (words.isEmpty()) {
                throw new IllegalArgumentException("empty lexicon key");
            }
            Node<T> n = root;
            for (String w : words) {
                if (n.children == null) {
                    n.children = new HashMap<>();
                }
                n = n.children.computeIfAbsent(w, k -> new Node<>());
            }
            if (n.value != null) {
                return false;
            }
            n.value = value;
            size++;
            return true;
        }

        /** Whitespace-separated words, without a regex (loading calls this for every row). */
        private static List<String> words(String s) {
            List<String> out = new ArrayList<>(4);
            int i = 0;
            while (i < s.length()) {
                while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.add(s.substring(start, i));
                }
            }
            return out;
        }

        public PhraseLexicon<T> build() {
            return new PhraseLexicon<>(root, size);
        }
    }

    private static final class Node<T> {
        Map<String, Node<T>> children;
        T value;
    }
}
