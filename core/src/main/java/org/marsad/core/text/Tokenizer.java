package org.marsad.core.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits a range of the original text into word tokens and lists each word's clitic-stripped forms for lexicon
 * lookup (see {@link Token}). A word is a run of letters and digits, with combining marks, tatweel and the
 * zero-width (non-)joiner inside it; punctuation, symbols and spaces are not tokens. A number keeps its inner
 * separators (3.5, 1,200, ٣٫٥) and a run switching between Arabic letters and digits splits there (و15 → و, 15),
 * while Latin letters and digits stay together (F16). Two words of a known name run together ("الأممالمتحدة") are
 * read as two ({@link GluedWords}). Each distinct word is analysed once and remembered (see
 * {@link #CACHED_WORDS}). Thread-safe.
 */
public final class Tokenizer {
    private static final char TATWEEL = '\u0640';

    /**
     * How many distinct words each generation of the tokenizer's word memory holds: news repeats its words, so most
     * tokens are copies of one seen before; the words in use survive a turnover ({@link WordCache}). 2,000 news
     * articles use some 52,000 distinct words: with generations of 50,000 the memory turned over about once per
     * such batch, each word seen once in it was moved back to the young generation (or forgotten, and analysed again
     * with everything the stages remember for it), and tokenizing took 2.5 times as long. Memory stays bounded: about
     * 0.8 KB per word with what the stages remember, so at most some 160 MB per thread, and in practice the words
     * of the news read (the live heap of a 2,000-article benchmark was 72 MB, lexicons included).
     */
    static final int CACHED_WORDS = 100_000;

    private final ArabicNormalizer normalizer;
    /** Known names whose two words a page ran together. */
    private final GluedWords glued;
    /** What the tokens carry about their words (see {@link WordHint}); null for nothing. */
    private final WordHints hints;
    /** Surface → the token of that word, its analysis done once; one table per thread. */
    private final ThreadLocal<WordCache> words = ThreadLocal.withInitial(WordCache::new);

    public Tokenizer(ArabicNormalizer normalizer) {
        this(normalizer, null);
    }

    /** A tokenizer whose tokens carry the answers of {@code hints} for their word (null: none). */
    public Tokenizer(ArabicNormalizer normalizer, WordHints hints) {
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.hints = hints;
        this.glued = new GluedWords(normalizer);
    }

    /** The tokens of {@code text[from, to)}, in order, with offsets into {@code text}; an immutable list. */
    public List<Token> tokenize(String text, int from, int to) {
        Objects.checkFromToIndex(from, to, text.length());
        WordCache cache = words.get();
        Token[] tokens = cache.scratch(to - from);
        int n = 0;
        int i = from;
        while (i < to) {
            int cp = codePointAt(text, i, to);
            if (WordChars.of(cp) <= WordChars.MARK || cp == TATWEEL) {
                i += Character.charCount(cp); // a tatweel starts no word: "بيروت ـ وكالات"
                continue;
            }
            int end = wordEnd(text, i, to);
            Token.Word known = cache.get(text, i, end);
            boolean whole = false;
            // a word remembered as whole is known so from the cache's flag, without reading the word
            if (end - i >= GluedWords.MIN_LENGTH && (known == null || !cache.lastWhole() && !known.whole)) {
                int cut = glued.split(text, i, end); // "الأممالمتحدة": two words, each with its own offsets
                if (cut > i) {
                    end = cut;
                    known = cache.get(text, i, end);
                } else {
                    whole = true;
                }
            }
            if (known != null) { // a remembered word has letters left: see analysed(...)
                if (whole) {
                    known.whole = true;
                }
                tokens[n++] = new Token(i, end, known, hints, cache.lastHint());
            } else {
                Token t = analysed(cache, text, i, end, whole);
                if (!t.norm().isEmpty()) {
                    tokens[n++] = t;
                }
            }
            i = end;
        }
        return new TokenList(Arrays.copyOf(tokens, n));
    }

    /** This thread's word memory (for tests of what it remembers). */
    WordCache cache() {
        return words.get();
    }

    /** The token for {@code text[start, end)} taken as one word (its norm may be empty if all of it drops). */
    public Token word(String text, int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        return word(words.get(), text, start, end);
    }

    private Token word(WordCache cache, String text, int start, int end) {
        Token.Word known = cache.get(text, start, end);
        if (known != null) {
            return new Token(start, end, known);
        }
        return analysed(cache, text, start, end, false);
    }

    /**
     * A word not seen before (or forgotten): normalised, its clitics analysed, remembered unless nothing of it is left
     * after normalising (so that telling a remembered word's token from a dropped one needs no read of the word: a
     * token is a few bytes, its word often not in the processor's cache). Kept out of
     * {@link #word(WordCache, String, int, int)} so that the look-up, which almost every token takes, compiles small.
     */
    private Token analysed(WordCache cache, String text, int start, int end, boolean whole) {
        String surface = text.substring(start, end);
        String norm = normalizer.normalize(surface);
        Clitics.Analysis a = Clitics.analyse(norm, endsInTehMarbuta(surface));
        Token t = new Token(start, end, surface, norm, a.forms(), a.proclitics(), a.enclitic());
        if (whole) {
            t.word().whole = true;
        }
        if (norm.isEmpty()) {
            return t;
        }
        byte bits = hints == null ? 0 : hints.bitsOf(t);
        if (surface.length() <= Clitics.MAX_WORD) {
            cache.put(t.word(), (bits & 0xFF) | (whole ? WordCache.WHOLE : 0));
        }
        return hints == null ? t : t.withHints(hints, bits);
    }

    private static int wordEnd(String text, int start, int to) {
        int cp = codePointAt(text, start, to);
        int prev = WordChars.of(cp);
        int j = start + Character.charCount(cp);
        while (j < to) {
            cp = codePointAt(text, j, to);
            int k = WordChars.of(cp);
            if (k >= WordChars.DIGIT) {
                if (prev == WordChars.ARABIC && k == WordChars.DIGIT || prev == WordChars.DIGIT && k == WordChars.ARABIC) {
                    break;
                }
                prev = k;
            } else if (isNumberSeparator(cp) && prev == WordChars.DIGIT) {
                if (j + 1 >= to || WordChars.of(codePointAt(text, j + 1, to)) != WordChars.DIGIT) {
                    break;
                }
            } else if (isJoiner(cp)) {
                if (j + 1 >= to || WordChars.of(codePointAt(text, j + 1, to)) < WordChars.DIGIT) {
                    break;
                }
            } else if (k != WordChars.MARK && cp != TATWEEL) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    public static boolean isArabicBlock(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF || cp >= 0x0750 && cp <= 0x077F || cp >= 0x0870 && cp <= 0x08FF
                || cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
    }

    private static boolean isNumberSeparator(int cp) {
        return cp == '.' || cp == ',' || cp == '\u066B' || cp == '\u066C';
    }

    private static boolean isJoiner(int cp) {
        return cp == '\u200C' || cp == '\u200D' || cp == '\u00AD';
    }

    /** The code point at {@code i}, not reading a low surrogate at or after {@code limit}. */
    private static int codePointAt(String text, int i, int limit) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < limit && Character.isLowSurrogate(text.charAt(i + 1))) {
            return Character.toCodePoint(c, text.charAt(i + 1));
        }
        return c;
    }

    /** True when the last letter (before any marks or tatweel) is a teh marbuta, plain or presentation form. */
    static boolean endsInTehMarbuta(String surface) {
        for (int i = surface.length() - 1; i >= 0; i--) {
            char c = surface.charAt(i);
            if (c == 'ة' || c == '\uFE93' || c == '\uFE94') {
                return true;
            }
            if (c != TATWEEL && !CharTables.isMark(c)) {
                return false;
            }
        }
        return false;
    }
}
