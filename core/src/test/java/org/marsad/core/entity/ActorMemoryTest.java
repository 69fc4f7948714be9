package org.marsad.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Tokenizer;

/** Coreference in an article: a person introduced with a title keeps the title's code when named again alone. */
class ActorMemoryTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final Tokenizer TOKENIZER = new Tokenizer(NORMALIZER);
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(NORMALIZER);
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static Sentence sentence(String text) {
        return new Sentence(0, text.length(), TOKENIZER.tokenize(text, 0, text.length()));
    }

    @Test
    void aFamilyNameIntroducedWithATitleKeepsItsCodeLater() {
        String first = "وصل وزير الخارجية البرازيلي ماورو فييرا إلى القاهرة";
        Sentence s1 = sentence(first);
        ActorMemory memory = RECOGNIZER.learn(ActorMemory.EMPTY, s1, RECOGNIZER.find(first, s1, DAY));
        assertEquals(1, memory.size());
        String later = "وقال فييرا إن المحادثات كانت مثمرة";
        List<ActorMention> found = RECOGNIZER.find(later, sentence(later), DAY, memory);
        ActorMention m = found.stream().filter(x -> x.text().equals("فييرا")).findFirst().orElseThrow();
        assertEquals("BRAGOV", m.code().code());
    }

    @Test
    void withoutTheIntroductionTheShortNameIsNoActor() {
        String later = "وقال فييرا إن المحادثات كانت مثمرة";
        List<ActorMention> found = RECOGNIZER.find(later, sentence(later), DAY, ActorMemory.EMPTY);
        assertTrue(found.stream().noneMatch(x -> x.text().equals("فييرا")));
    }

    @Test
    void aMentionEndingInAKnownOrDefiniteWordTeachesNothing() {
        String text = "قصفت القوات التركية مواقع جنود سوريين";
        Sentence s = sentence(text);
        ActorMemory memory = RECOGNIZER.learn(ActorMemory.EMPTY, s, RECOGNIZER.find(text, s, DAY));
        assertTrue(memory.isEmpty());
    }
}
