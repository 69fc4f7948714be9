package org.marsad.core.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The multi-class model scores, survives a byte round trip unchanged, and refuses foreign bytes. */
class MultiClassModelTest {
    static MultiClassModel model() {
        float[][] w = new float[3][(1 << 10) + 1];
        w[1][5] = 2.5f;
        w[2][900] = 3f;
        w[0][1024] = -0.25f;
        return new MultiClassModel(10, List.of("O", "A", "B"), w, new float[] {1f, 0f, -0.5f});
    }

    static byte[] bytes(MultiClassModel m) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.write(b);
        return b.toByteArray();
    }

    @Test
    void picksTheBestClass() {
        MultiClassModel m = model();
        assertEquals(0, m.best(new int[] {7}, 1));
        assertEquals(1, m.best(new int[] {5, 7}, 2));
        assertEquals(2, m.best(new int[] {900}, 1));
        assertEquals(0, m.best(new int[] {900, 5}, 0), "only the first n indices count");
        assertArrayEquals(new double[] {1, 2.5, -0.5}, m.scores(new int[] {5}, 1), 1e-6);
        assertEquals(3, m.features());
    }

    @Test
    void roundTripKeepsEveryWeightAndTheBytes() throws IOException {
        byte[] a = bytes(model());
        MultiClassModel back = MultiClassModel.read(new ByteArrayInputStream(a));
        assertEquals(List.of("O", "A", "B"), back.labels());
        assertEquals(10, back.bits());
        assertArrayEquals(model().scores(new int[] {5, 900, 1024}, 3), back.scores(new int[] {5, 900, 1024}, 3));
        assertArrayEquals(a, bytes(back));
        assertArrayEquals(a, bytes(model()));
    }

    @Test
    void refusesOtherFilesAndBadShapes() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        IOException e = assertThrows(IOException.class, () -> MultiClassModel.read(new ByteArrayInputStream(b.toByteArray())));
        assertEquals("not a Marsad multi-class model", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new MultiClassModel(10, List.of("O"), new float[1][1025], new float[1]));
        assertThrows(IllegalArgumentException.class,
                () -> new MultiClassModel(10, List.of("O", "A"), new float[2][1024], new float[2]));
    }
}
