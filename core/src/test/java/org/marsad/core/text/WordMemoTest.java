package org.marsad.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordMemoTest {
    @Test
    void aWordIsWorkedOutOnceForAllItsTokens() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<String> memo = new WordMemo<>(String.class, t -> {
            calls.incrementAndGet();
            return "<" + t.norm() + ">";
        });
        Tokenizer tokenizer = new Tokenizer(new ArabicNormalizer());
        String text = "سقطت قذيفة ثم سقطت قذيفة أخرى";
        List<Token> t = tokenizer.tokenize(text, 0, text.length());
        String first = memo.of(t.get(0));
        assertEquals("<سقطت>", first);
        assertSame(first, memo.of(t.get(3)), "the same word at another place");
        assertNotSame(first, memo.of(t.get(1)));
        memo.of(t.get(4));
        assertEquals(2, calls.get(), "one computation per distinct word");
    }

    @Test
    void memosDoNotSeeEachOthersValues() {
        WordMemo<String> a = new WordMemo<>(String.class, t -> "a");
        WordMemo<Integer> b = new WordMemo<>(Integer.class, t -> t.norm().length());
        Token t = new Tokenizer(new ArabicNormalizer()).word("قذيفة", 0, 5);
        assertEquals("a", a.of(t));
        assertEquals(5, b.of(t));
        assertEquals("a", a.of(t));
    }

    @Test
    void aMemoMadeAfterTheWordIsRememberedBesideThoseItHadRoomFor() {
        WordMemo<String> before = new WordMemo<>(String.class, t -> "before");
        Tokenizer tokenizer = new Tokenizer(new ArabicNormalizer());
        String text = "اشتباكات عنيفة ثم اشتباكات";
        List<Token> t = tokenizer.tokenize(text, 0, text.length());
        assertEquals("before", before.of(t.get(0)));
        AtomicInteger calls = new AtomicInteger();
        WordMemo<Integer> after = new WordMemo<>(Integer.class, x -> calls.incrementAndGet()); // no room made for it
        assertEquals(1, after.of(t.get(0)));
        assertEquals(1, after.of(t.get(3)), "remembered for the word, wherever it stands");
        assertEquals("before", before.of(t.get(3)), "the value written in place survives the copy");
        assertEquals(1, calls.get());
    }
}
