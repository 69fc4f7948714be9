package org.marsad.core.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.TokenViews;
import org.marsad.core.text.Tokenizer;

/** Matching by word ids finds what matching by strings found: the longest entry, through any form of a token. */
class PhraseLexiconTest {
    private final ArabicNormalizer normalizer = new ArabicNormalizer();
    private final Tokenizer tokenizer = new Tokenizer(normalizer);

    private List<Token> tokens(String text) {
        return tokenizer.tokenize(text, 0, text.length());
    }

    @Test
    void theLongestEntryWinsAndMatchesGoLeftToRight() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("مجلس", "short");
        b.add("مجلس الأمن الدولي", "long");
        b.add("الأمم المتحدة", "un");
        List<Match<String>> found = b.build().findAll(tokens("دعا مجلس الأمن الدولي والأمم المتحدة إلى الهدوء"));
        assertEquals(List.of(new Match<>(1, 4, "long"), new Match<>(4, 6, "un")), found);
    }

    /** A view that offers only the whole word: no clitic stripped. */
    private static final TokenViews WHOLE_WORD = new TokenViews(t -> List.of(t.norm()));
    /** A view that also offers a long word without its first letter, whatever it is. */
    private static final TokenViews FIRST_LETTER_OFF = new TokenViews(t -> t.norm().length() > 4
            ? List.of(t.norm(), t.norm().substring(1)) : List.of(t.norm()));

    @Test
    void aViewMatchesThroughItsOwnFormsOnly() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("زعفرانة", "village");
        PhraseLexicon<String> lexicon = b.build();
        List<Token> tokens = tokens("وصلوا بزعفرانة");
        assertEquals(new Match<>(1, 2, "village"), lexicon.longestAt(tokens, 1));
        assertNull(lexicon.longestAt(tokens, 1, WHOLE_WORD));
        assertNull(lexicon.longestAt(tokens, 0, WHOLE_WORD));
    }

    @Test
    void aLexiconBuiltAfterAViewSawTheWordStillMatchesThroughIt() {
        List<Token> tokens = tokens("وصلوا تكفرنبل");
        PhraseLexicon.Builder<String> first = PhraseLexicon.builder(normalizer);
        first.add("الوزير", "minister");
        assertNull(first.build().longestAt(tokens, 1, FIRST_LETTER_OFF));
        PhraseLexicon.Builder<String> later = PhraseLexicon.builder(normalizer);
        later.add("كفرنبل", "town");
        PhraseLexicon<String> towns = later.build();
        assertNull(towns.longestAt(tokens, 1));
        assertEquals(new Match<>(1, 2, "town"), towns.longestAt(tokens, 1, FIRST_LETTER_OFF));
    }

    @Test
    void aLexiconBuiltAfterTheTokensStillMatchesThem() {
        List<Token> tokens = tokens("زار الوزير قرية زعفرانة الجديدة");
        PhraseLexicon.Builder<String> first = PhraseLexicon.builder(normalizer);
        first.add("الوزير", "minister");
        assertEquals(1, first.build().findAll(tokens).size());
        PhraseLexicon.Builder<String> later = PhraseLexicon.builder(normalizer);
        later.add("زعفرانة الجديدة", "village");
        assertEquals(List.of(new Match<>(3, 5, "village")), later.build().findAll(tokens));
    }

    @Test
    void aKeyMatchesThroughAStrippedForm() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("الجيش", "army");
        assertEquals(new Match<>(0, 1, "army"), b.build().longestAt(tokens("وللجيش دور"), 0));
        assertNull(b.build().longestAt(tokens("الجيوش"), 0));
    }

    /** What the memo test keeps per word. */
    private record Seen(boolean longer, String value) {
    }

    /**
     * The memo of words on their own: a word that starts a longer entry says so (then the trie is walked where it
     * stands), any other gives its one-word match however it stands, read once per word, through the view.
     */
    @Test
    void aWordOnItsOwnIsReadOnceAndSaysWhenALongerEntryStartsAtIt() {
        PhraseLexicon.Builder<String> b = PhraseLexicon.builder(normalizer);
        b.add("مجلس", "short");
        b.add("مجلس الأمن", "long");
        b.add("البرلمان", "parliament");
        b.add("زعفرانة", "village");
        PhraseLexicon<String> lexicon = b.build();
        int[] reads = {0};
        var memo = lexicon.alone(WHOLE_WORD, Seen.class, (t, longer, m) -> {
            reads[0]++;
            return new Seen(longer, m == null ? "-" : m.value());
        });
        List<Token> tokens = tokens("البرلمان ومجلس الأمن وزعفرانة والبرلمان مجلس البرلمان");
        assertEquals(new Seen(false, "parliament"), memo.of(tokens.get(0)));
        assertEquals(new Seen(false, "-"), memo.of(tokens.get(1)), "ومجلس is no form of the view");
        assertEquals(new Seen(true, "short"), memo.of(tokens.get(5)));
        assertEquals(new Seen(false, "-"), memo.of(tokens.get(3)));
        assertEquals(new Seen(false, "parliament"), memo.of(tokens.get(6)));
        assertEquals(4, reads[0], "the second البرلمان is read from the memo");
        var own = lexicon.alone(null, Seen.class, (t, longer, m) -> new Seen(longer, m == null ? "-" : m.value()));
        assertEquals(new Seen(true, "short"), own.of(tokens.get(1)), "ومجلس through its own forms");
        assertEquals(new Seen(false, "village"), own.of(tokens.get(3)));
    }
}
