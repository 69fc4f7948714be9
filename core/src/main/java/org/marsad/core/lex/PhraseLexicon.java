package org.marsad.core.lex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.TokenViews;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordIds;
import org.marsad.core.text.WordMemo;

/**
 * Multi-word entries in a token trie. A key token matches a text token when it equals one of the token's
 * {@link Token#forms() forms}; words are matched by their {@link WordIds} ids, so a token's forms are looked up
 * once for all lexicons and each trie step is an array read. Finding takes the longest entry at each position, left to right, without overlaps.
 * Immutable once built; share it across threads.
 */
public final class PhraseLexicon<T> {
    private final Node<T> root;
    private final int size;
    /** This lexicon's bit in {@link Token#firstMask()}: a token without it starts no entry here. */
    private final long bit;

    private PhraseLexicon(Node<T> root, int size, long bit) {
        this.root = root;
        this.size = size;
        this.bit = bit;
    }

    public int size() {
        return size;
    }

    /** Longest non-overlapping matches, left to right. */
    public List<Match<T>> findAll(List<Token> tokens) {
        return findAll(tokens, null);
    }

    /**
     * The same, passing over a token whose {@code starts} hint (see {@link #startHint}) says no entry starts at its
     * word without reading the word; null: no hint.
     */
    public List<Match<T>> findAll(List<Token> tokens, WordHint starts) {
        List<Match<T>> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match<T> m = starts != null && starts.of(tokens.get(i)) == 0 ? null : longestAt(tokens, i);
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
        return longestAt(tokens, i, null);
    }

    /**
     * The longest entry starting at token {@code i}, each token taken with the forms {@code view} gives its word
     * (null: the tokens' own forms); or null.
     */
    public Match<T> longestAt(List<Token> tokens, int i, TokenViews view) {
        if (i >= tokens.size()) {
            return null;
        }
        if (!mayStart(tokens.get(i), view)) {
            return null;
        }
        return longest(root, tokens, view, i, i, null);
    }

    /** A stage's reading of a word on its own, for {@link #alone}. */
    @FunctionalInterface
    public interface AloneReader<T, R> {
        /**
         * What the stage keeps for {@code word}: {@code longer} says whether an entry of two words or more may start
         * at it (then {@link #longestAt} must look where it stands), {@code alone} is the match of the word by
         * itself (null: it is no entry). Must depend on these only, and should be immutable (see {@link WordMemo}).
         */
        R read(Token word, boolean longer, Match<T> alone);
    }

    /**
     * The one memo of what each word gives on its own, for a stage that reads most words without walking the trie
     * at every occurrence: a word that starts no entry of two words or more matches the same wherever it stands.
     * For each word, once: whether such an entry starts with one of its forms as {@code view} gives them (null: its
     * own) and the match of the word alone ({@code longestAt} of the word by itself), handed to {@code read}; every
     * later token of the word gets what {@code read} gave. The stage keeps its own record (its hot path reads it
     * directly). Create one per stage, once: each memo takes a slot in every word.
     */
    public <R> WordMemo<R> alone(TokenViews view, Class<R> type, AloneReader<T, R> read) {
        return new WordMemo<>(type, t -> {
            List<Token> one = List.of(t);
            return read.read(t, startsLonger(word(one, 0, view)), longestAt(one, 0, view));
        });
    }

    /** Whether an entry of two words or more starts with one of the forms of {@code word}. */
    private boolean startsLonger(Token word) {
        for (int id : word.formIds()) {
            Node<T> next = id < 0 ? null : root.child(id);
            if (next != null && !next.isLeaf()) {
                return true;
            }
        }
        return false;
    }

    /** A hint for a tokenizer to hand its tokens: whether an entry may start at the word ({@link #mayStart}). */
    public WordHint startHint() {
        return new WordHint(t -> mayStart(t, null));
    }

    /**
     * False when no entry starts with {@code t}'s word, taken with the forms {@code view} gives it (null: its own),
     * whatever follows; true when one may. A "false" is final: this lexicon never changes.
     */
    public boolean mayStart(Token t, TokenViews view) {
        return ((view == null ? t.firstMask() : view.firstMask(t)) & bit) != 0;
    }

    private static Token word(List<Token> tokens, int i, TokenViews view) {
        Token t = tokens.get(i);
        return view == null ? t : view.word(t);
    }

    /** Depth-first over the trie, each level trying every form of the next token; the first of equal lengths wins. */
    private Match<T> longest(Node<T> node, List<Token> tokens, TokenViews view, int first, int i, Match<T> best) {
        if (i >= tokens.size() || node.isLeaf()) {
            return best;
        }
        for (int id : word(tokens, i, view).formIds()) {
            Node<T> next = id < 0 ? null : node.child(id);
            if (next != null) {
                Match<T> here = next.value != null ? new Match<>(first, i + 1, next.value) : best;
                Match<T> deeper = longest(next, tokens, view, first, i + 1, here);
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
        private final Draft<T> root = new Draft<>();
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
            Draft<T> n = root;
            for (String w : words) {
                if (n.children == null) {
                    n.children = new HashMap<>();
                }
                n = n.children.computeIfAbsent(w, k -> new Draft<>());
            }
            if (n.value != null) {
                return false;
            }
            n.value = value;
            size++;
            return true;
        }

        /**
         * The words of a phrase as an entry holds them: whitespace-separated, without a regex (loading calls this
         * for every row). Public for what mirrors a lexicon's entries word by word.
         */
        public static List<String> words(String s) {
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
            long bit = WordIds.bitFor();
            Node<T> frozen = root.freeze(true);
            for (int id : frozen.keys) {
                WordIds.markFirst(id, bit);
            }
            return new PhraseLexicon<>(frozen, size, bit);
        }
    }

    /** A trie node while building: children by word. */
    private static final class Draft<T> {
        Map<String, Draft<T>> children;
        T value;

        /** The matching node; the root indexes its children directly by word id, the others keep sorted ids. */
        Node<T> freeze(boolean direct) {
            if (children == null) {
                return new Node<>(NO_IDS, null, value);
            }
            int[] ids = new int[children.size()];
            List<Node<T>> kids = new ArrayList<>(children.size());
            int k = 0;
            for (Map.Entry<String, Draft<T>> e : children.entrySet()) {
                ids[k++] = WordIds.intern(e.getKey());
                kids.add(e.getValue().freeze(false));
            }
            return direct ? Node.direct(ids, kids, value) : Node.sorted(ids, kids, value);
        }
    }

    private static final int[] NO_IDS = new int[0];

    /**
     * A trie node: children by word id, either in an array indexed by id (the root, where most lookups miss) or as
     * sorted ids with their nodes (deeper levels, a handful of children each).
     */
    private static final class Node<T> {
        private final int[] keys;
        private final Node<T>[] next;
        private final boolean direct;
        final T value;

        private Node(int[] keys, Node<T>[] next, boolean direct, T value) {
            this.keys = keys;
            this.next = next;
            this.direct = direct;
            this.value = value;
        }

        Node(int[] keys, Node<T>[] next, T value) {
            this(keys, next, false, value);
        }

        static <T> Node<T> direct(int[] ids, List<Node<T>> kids, T value) {
            int max = 0;
            for (int id : ids) {
                max = Math.max(max, id);
            }
            @SuppressWarnings("unchecked")
            Node<T>[] byId = new Node[max + 1];
            for (int k = 0; k < ids.length; k++) {
                byId[ids[k]] = kids.get(k);
            }
            return new Node<>(ids, byId, true, value);
        }

        static <T> Node<T> sorted(int[] ids, List<Node<T>> kids, T value) {
            Integer[] order = new Integer[ids.length];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
            int[] keys = new int[ids.length];
            @SuppressWarnings("unchecked")
            Node<T>[] nodes = new Node[ids.length];
            for (int k = 0; k < order.length; k++) {
                keys[k] = ids[order[k]];
                nodes[k] = kids.get(order[k]);
            }
            return new Node<>(keys, nodes, false, value);
        }

        boolean isLeaf() {
            return keys.length == 0;
        }

        Node<T> child(int id) {
            if (direct) {
                return id < next.length ? next[id] : null;
            }
            int k = Arrays.binarySearch(keys, id);
            return k >= 0 ? next[k] : null;
        }
    }
}
