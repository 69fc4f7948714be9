package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.LinearModel;

/** liblinear learns a rule hidden in hashed features, deterministically, and the model survives a round trip. */
class LogisticTrainerTest {
    /** Positive exactly when feature 7 is present; the other features are noise. */
    private static List<Example> data(int n, long seed) {
        Random r = new Random(seed);
        List<Example> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean pos = r.nextBoolean();
            java.util.TreeSet<Integer> f = new java.util.TreeSet<>();
            if (pos) {
                f.add(7);
            }
            for (int k = 0; k < 5; k++) {
                f.add(20 + r.nextInt(500));
            }
            out.add(new Example(f.stream().mapToInt(Integer::intValue).toArray(), pos, "doc" + (i % 40), "test"));
        }
        return out;
    }

    private static byte[] bytes(LinearModel m) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.write(b);
        return b.toByteArray();
    }

    @Test
    void learnsTheRuleAndGeneralises() {
        LinearModel m = new LogisticTrainer(12, 1.0).train(data(400, 1), 0.5f);
        int right = 0;
        List<Example> test = data(200, 2);
        for (Example e : test) {
            right += m.accepts(e.features()) == e.positive() ? 1 : 0;
        }
        assertTrue(right >= 190, "held-out accuracy " + right + "/200");
    }

    @Test
    void trainingIsDeterministicAndTheFileRoundTrips() throws Exception {
        byte[] a = bytes(new LogisticTrainer(12, 1.0).train(data(300, 3), 0.4f));
        byte[] b = bytes(new LogisticTrainer(12, 1.0).train(data(300, 3), 0.4f));
        assertArrayEquals(a, b, "the same data gives the same bytes");
        LinearModel back = LinearModel.read(new ByteArrayInputStream(a));
        assertEquals(0.4f, back.threshold());
        assertArrayEquals(a, bytes(back));
    }

    @Test
    void outOfFoldNeverScoresWithAModelThatSawTheDocument() {
        // every document's label is the opposite of what its features say in all other documents: a model that
        // saw the document could fit it; out of fold it cannot, so the out-of-fold accuracy must be poor.
        List<Example> ex = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            for (int k = 0; k < 6; k++) {
                ex.add(new Example(new int[] {1000 + d}, d % 2 == 0, "doc" + d, "test"));
            }
        }
        double[] p = EventModelTraining.outOfFold(ex);
        for (int i = 0; i < p.length; i++) {
            assertTrue(Math.abs(p[i] - 0.5) < 0.2, "a document's own feature is unseen out of fold: " + p[i]);
        }
    }

    @Test
    void foldsKeepADocumentTogether() {
        for (int i = 0; i < 100; i++) {
            assertEquals(Folds.of("doc" + i, 5), Folds.of("doc" + i, 5));
            assertTrue(Folds.of("doc" + i, 5) >= 0 && Folds.of("doc" + i, 5) < 5);
        }
    }
}
