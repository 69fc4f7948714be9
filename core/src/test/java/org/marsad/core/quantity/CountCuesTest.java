package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.Lexer;
import org.marsad.core.quantity.CountCues.Role;
import org.marsad.core.text.ArabicNormalizer;

/**
 * Multi-word cues are tried in order of length, the lexeme where cues of one length would start asked once, and
 * their first words' marks kept in the role map: a cue is still found wherever its words are, the one that starts
 * furthest back (or ends furthest on) winning, and a one-word cue only when no longer one is there.
 */
class CountCuesTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final CountCues CUES = new CountCues(NORMALIZER);

    private static List<Lexeme> lex(String text) {
        return Lexer.lex(NORMALIZER.normalize(text));
    }

    /** Where a cue of {@code role} ending just before the number starts, -1 when none does. */
    private static int before(Role role, String text) {
        List<Lexeme> t = lex(text);
        int number = 0;
        while (!t.get(number).isNumber()) {
            number++;
        }
        OptionalInt s = CUES.endingAt(role, t, number);
        return s.isPresent() ? s.getAsInt() : -1;
    }

    @Test
    void theLongestCueBeforeANumberWins() {
        assertEquals(1, before(Role.APPROX_BEFORE, "قتل ما يزيد على 20 شخصا"), "three words, not two");
        assertEquals(1, before(Role.APPROX_BEFORE, "قتل يزيد على 20 شخصا"), "two words");
        assertEquals(1, before(Role.APPROX_BEFORE, "قتل ما لا يقل عن 20 شخصا"), "four words, not three");
        assertEquals(2, before(Role.APPROX_BEFORE, "قتل ما أكثر من 20 شخصا"), "two words after a stray one");
        assertEquals(1, before(Role.APPROX_BEFORE, "قتل نحو 20 شخصا"), "one word");
        assertEquals(1, before(Role.APPROX_BEFORE, "قتل نحو من 20 شخصا"), "two words over the one-word من");
        assertEquals(-1, before(Role.APPROX_BEFORE, "قتل من 20 شخصا"), "the second word alone is no cue");
        assertEquals(-1, before(Role.APPROX_BEFORE, "20 شخصا"), "nothing before");
        assertEquals(0, before(Role.APPROX_BEFORE, "أكثر من 20 شخصا"), "a cue at the sentence's start");
    }

    @Test
    void theLongestCueAfterANumberWins() {
        List<Lexeme> t = lex("قتل 20 شخصا على أقل تقدير امس");
        assertEquals(OptionalInt.of(6), CUES.startingAt(Role.APPROX_AFTER, t, 3));
        assertEquals(OptionalInt.of(5), CUES.startingAt(Role.APPROX_AFTER, lex("قتل 20 شخصا على الأقل"), 3));
        assertEquals(OptionalInt.empty(), CUES.startingAt(Role.APPROX_AFTER, lex("قتل 20 شخصا على"), 3));
        assertEquals(OptionalInt.empty(), CUES.startingAt(Role.APPROX_AFTER, t, t.size()));
    }
}
