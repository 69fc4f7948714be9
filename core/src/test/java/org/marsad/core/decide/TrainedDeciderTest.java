package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.EventType;
import org.marsad.model.Span;
import org.marsad.model.Trigger;

/** The decider keeps what the model accepts, says how sure it is, and features depend on the text, not on chance. */
class TrainedDeciderTest {
    private static final String TEXT = "قصفت الطائرات القرية أمس. ونفى الجيش أنه قصف المستشفى.";

    private static Event event(String trigger, EventStatus status) {
        int s = status == EventStatus.NEGATED ? TEXT.lastIndexOf(trigger) : TEXT.indexOf(trigger);
        int sentenceStart = TEXT.lastIndexOf('.', s) + 1;
        int sentenceEnd = TEXT.indexOf('.', s) + 1;
        return new Event("e" + s, "d", 0, EventType.ASSAULT, null, null, null, null, status, null, null,
                new Trigger(trigger, s, s + trigger.length()), null, null, null, new Span(sentenceStart, sentenceEnd),
                null, "ASSAULT/test", 0.5);
    }

    @Test
    void theRoomReservedHoldsEveryFeatureSoNoLoopGrowsTheBag() {
        CandidateFeatures f = new CandidateFeatures(14);
        String[] words = {"قصفت", "الطائرات", "مواقع", "في", "شمال", "المدينة", "أمس", "وقتل", "ثلاثة", "مسلحين"};
        for (int len : new int[] {1, 2, 5, 40, 119, 120, 121, 200}) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < len; k++) {
                b.append(k == 0 ? "" : " ").append(words[k % words.length]);
            }
            String text = b.append('.').toString();
            for (String trigger : List.of("قصفت", "مسلحين")) {
                int s = text.indexOf(trigger);
                if (s < 0) {
                    continue;
                }
                Event e = new Event("x", "d", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED,
                        null, null, new Trigger(trigger, s, s + trigger.length()), null, null, null,
                        new Span(0, text.length()), null, "ASSAULT/test", 0.5);
                CandidateFeatures.Words read = CandidateFeatures.words(e, text, null);
                HashedBag bag = new HashedBag(14, 1);
                f.fill(bag, e, text, 0, 0, read);
                int reserved = CandidateFeatures.features(CandidateFeatures.norm(trigger).length(), read.n);
                assertTrue(bag.size() <= reserved, len + " words: " + bag.size() + " features, room for " + reserved);
                assertEquals(reserved, bag.room() + bag.size(), "grown once, by the reservation, and never after");
                int[] sorted = bag.indices();
                assertArrayEquals(f.of(e, text, 0, 0), sorted, "a reserved bag holds the same features");
            }
        }
    }

    @Test
    void featuresAreDeterministicAndDependOnTheWords() {
        CandidateFeatures f = new CandidateFeatures(16);
        Event a = event("قصفت", EventStatus.OCCURRED);
        assertArrayEquals(f.of(a, TEXT, 0), new CandidateFeatures(16).of(a, TEXT, 0));
        assertNotEquals(List.of(f.of(a, TEXT, 0)), List.of(f.of(event("قصف", EventStatus.NEGATED), TEXT, 1)));
    }

    @Test
    void theUnorderedFeaturesAreTheSameSet() {
        CandidateFeatures f = new CandidateFeatures(12);
        for (Event e : List.of(event("قصفت", EventStatus.OCCURRED), event("قصف", EventStatus.NEGATED))) {
            int[] sorted = f.of(e, TEXT, 2, 1);
            int[] unordered = f.unordered(e, TEXT, 2, 1);
            assertEquals(sorted.length, unordered.length, "distinct");
            int[] copy = unordered.clone();
            java.util.Arrays.sort(copy);
            assertArrayEquals(sorted, copy);
        }
    }

    @Test
    void theCandidatesOfOneSentenceShareItsWordsAndGetTheSameFeatures() {
        CandidateFeatures f = new CandidateFeatures(14);
        String text = "قصفت الطائرات القرية وقتلت ثلاثة. ونفى الجيش أنه قصف المستشفى.";
        Event first = new Event("a", "d", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, null,
                null, new Trigger("قصفت", 0, 4), null, null, null, new Span(0, 33), null, "ASSAULT/test", 0.5);
        Event second = new Event("b", "d", 0, EventType.ASSAULT, null, null, null, null, EventStatus.OCCURRED, null,
                null, new Trigger("وقتلت", 21, 26), null, null, null, new Span(0, 33), null, "ASSAULT/test", 0.5);
        Event other = event("قصف", EventStatus.NEGATED);
        CandidateFeatures.Words words = CandidateFeatures.words(first, text, null);
        assertSame(words, CandidateFeatures.words(second, text, words), "the same sentence: read once");
        assertNotSame(words, CandidateFeatures.words(other, TEXT, words), "another sentence: read again");
        for (Event e : List.of(first, second)) {
            int[] shared = f.unordered(e, text, 0, 1, words).clone();
            java.util.Arrays.sort(shared);
            assertArrayEquals(f.of(e, text, 0, 1), shared);
        }
    }

    @Test
    void keepsWhatTheModelAcceptsAndRecordsItsProbability() {
        CandidateFeatures f = new CandidateFeatures(16);
        Event occurred = event("قصفت", EventStatus.OCCURRED);
        Event negated = event("قصف", EventStatus.NEGATED);
        float[] w = new float[(1 << 16) + 1];
        for (int i : f.of(occurred, TEXT, 0)) {
            w[i] += 0.5f;
        }
        for (int i : f.of(negated, TEXT, 1)) {
            w[i] -= 0.5f;
        }
        TrainedDecider d = new TrainedDecider(new LinearModel(16, w, 0, 0.5f));
        List<Event> kept = d.decide(List.of(occurred, negated), TEXT);
        assertEquals(1, kept.size());
        assertEquals(occurred.id(), kept.get(0).id());
        assertEquals(true, kept.get(0).confidence() > 0.9, "confidence is the model's probability");
        assertArrayEquals(new int[] {0, 1}, TrainedDecider.sentenceIndices(List.of(occurred, negated)));
    }

    /**
     * The one-pass word reader finds the pieces a regular expression split finds, at their offsets, each hashed as
     * its normalised form.
     */
    @Test
    void wordsAreThePiecesBetweenSeparatorsAtTheirOffsetsHashedNormalised() {
        String alphabet = " \t\n.,;:!?-_()[]\"'«»“”،؛؟/\\|~@#1٢أإآةىـًقصفتالطائرات";
        java.util.Random r = new java.util.Random(21);
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(round < 1000 ? 40 : 400);
            for (int i = 0; i < len; i++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                    "[^\\s\\p{Punct}\u060C\u061B\u061F\u00AB\u00BB\u201C\u201D]+").matcher(text);
            while (m.find() && expected.size() < CandidateFeatures.MAX_WORDS) {
                expected.add(m.start() + "-" + m.end() + ":" + CandidateFeatures.wordHash(CandidateFeatures.norm(m.group())));
            }
            CandidateFeatures.Words words = CandidateFeatures.Words.read(text, 0, text.length());
            List<String> found = new java.util.ArrayList<>();
            for (int i = 0; i < words.n; i++) {
                found.add(words.starts[i] + "-" + words.ends[i] + ":" + words.hashes[i]);
            }
            assertEquals(expected, found, text);
        }
    }
}
