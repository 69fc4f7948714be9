package org.marsad.core.decide;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The model's probability is the logistic of its bias plus the weights of the features present, read back as written. */
class LinearModelTest {
    @Test
    void theProbabilitySumsTheWeightsOfTheFeaturesPresent() throws Exception {
        Random r = new Random(21);
        for (int density : new int[] {1, 10, 100}) {
            float[] w = new float[(1 << 14) + 1];
            for (int i = 1; i < w.length; i++) {
                if (r.nextInt(100) < density) {
                    w[i] = (float) r.nextGaussian();
                }
            }
            LinearModel m = new LinearModel(14, w, 0.25f, 0.5f);
            for (int round = 0; round < 200; round++) {
                int[] indices = r.ints(r.nextInt(300), 1, w.length).distinct().toArray();
                double z = 0.25f;
                for (int i : indices) {
                    z += w[i];
                }
                assertEquals(1 / (1 + Math.exp(-z)), m.probability(indices), 0.0, "density " + density);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            m.write(b);
            LinearModel back = LinearModel.read(new ByteArrayInputStream(b.toByteArray()));
            int[] all = java.util.stream.IntStream.range(1, w.length).toArray();
            assertEquals(m.probability(all), back.probability(all), 0.0);
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            back.write(again);
            assertArrayEquals(b.toByteArray(), again.toByteArray());
        }
    }

    @Test
    void aModelWithoutWeightsGivesItsBias() {
        LinearModel m = new LinearModel(10, new float[(1 << 10) + 1], -1f, 0.5f);
        assertEquals(1 / (1 + Math.exp(1)), m.probability(new int[] {1, 2, 1024}), 1e-12);
    }
}
