package org.marsad.core.names;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multi-class linear model over hashed binary features: for each class a weight per feature index and a bias;
 * the best class is the one with the highest score. It holds numbers and class labels only, never text. Stored
 * gzipped: a magic, the feature bits, the labels, the biases, then every feature index with a non-zero weight in
 * some class (as the gap from the previous index, a variable-length int) followed by its weight for each class.
 * The same weights always give the same bytes.
 */
public final class MultiClassModel {
    private static final int MAGIC = 0x4D4D4331; // "MMC1"

    private final int bits;
    private final List<String> labels;
    /** weights[index * classes + class], index 1-based (slot 0 unused). */
    private final float[] weights;
    private final float[] bias;

    /**
     * @param weights by class then feature index: {@code weights[c][i]}, each of length {@code 2^bits + 1}
     * @param bias one per class
     */
    public MultiClassModel(int bits, List<String> labels, float[][] weights, float[] bias) {
        if (bits < 10 || bits > 26) {
            throw new IllegalArgumentException("feature bits must be in 10..26, not " + bits);
        }
        if (labels.size() < 2 || weights.length != labels.size() || bias.length != labels.size()) {
            throw new IllegalArgumentException("one weight vector and one bias per label, at least two labels");
        }
        int slots = (1 << bits) + 1;
        int k = labels.size();
        this.bits = bits;
        this.labels = List.copyOf(labels);
        this.bias = bias.clone();
        this.weights = new float[slots * k];
        for (int c = 0; c < k; c++) {
            if (weights[c].length != slots) {
                throw new IllegalArgumentException("weights must have 2^bits + 1 slots");
            }
            for (int i = 0; i < slots; i++) {
                this.weights[i * k + c] = weights[c][i];
            }
        }
    }

    private MultiClassModel(int bits, List<String> labels, float[] interleaved, float[] bias, boolean unused) {
        this.bits = bits;
        this.labels = List.copyOf(labels);
        this.weights = interleaved;
        this.bias = bias;
    }

    public int bits() {
        return bits;
    }

    public List<String> labels() {
        return labels;
    }

    /** The score of each class for binary features at {@code indices} (1-based; repeats count twice). */
    public double[] scores(int[] indices, int n) {
        int k = labels.size();
        double[] s = new double[k];
        for (int c = 0; c < k; c++) {
            s[c] = bias[c];
        }
        for (int j = 0; j < n; j++) {
            int base = indices[j] * k;
            for (int c = 0; c < k; c++) {
                s[c] += weights[base + c];
            }
        }
        return s;
    }

    /** The index of the best class for the features at {@code indices[0..n)}. */
    public int best(int[] indices, int n) {
        double[] s = scores(indices, n);
        int best = 0;
        for (int c = 1; c < s.length; c++) {
            if (s[c] > s[best]) {
                best = c;
            }
        }
        return best;
    }

    /** The number of feature indices with a non-zero weight in some class. */
    public int features() {
        int k = labels.size();
        int n = 0;
        for (int i = 0; i < weights.length; i += k) {
            n += nonZero(i, k) ? 1 : 0;
        }
        return n;
    }

    private boolean nonZero(int base, int k) {
        for (int c = 0; c < k; c++) {
            if (weights[base + c] != 0) {
                return true;
            }
        }
        return false;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz));
        int k = labels.size();
        d.writeInt(MAGIC);
        d.writeInt(bits);
        d.writeInt(k);
        for (String l : labels) {
            d.writeUTF(l);
        }
        for (float b : bias) {
            d.writeFloat(b);
        }
        d.writeInt(features());
        int last = 0;
        for (int i = 1; i * k < weights.length; i++) {
            if (nonZero(i * k, k)) {
                writeVarInt(d, i - last);
                last = i;
                for (int c = 0; c < k; c++) {
                    d.writeFloat(weights[i * k + c]);
                }
            }
        }
        d.flush();
        gz.finish();
    }

    public static MultiClassModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Marsad multi-class model");
        }
        int bits = d.readInt();
        if (bits < 10 || bits > 26) {
            throw new IOException("bad feature bits " + bits);
        }
        int k = d.readInt();
        if (k < 2 || k > 64) {
            throw new IOException("bad class count " + k);
        }
        String[] labels = new String[k];
        for (int c = 0; c < k; c++) {
            labels[c] = d.readUTF();
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = d.readFloat();
        }
        int n = d.readInt();
        int slots = (1 << bits) + 1;
        if (n < 0 || n >= slots) {
            throw new IOException("bad feature count " + n);
        }
        float[] w = new float[slots * k];
        int i = 0;
        for (int j = 0; j < n; j++) {
            i += readVarInt(d);
            if (i <= 0 || i >= slots) {
                throw new IOException("feature index " + i + " out of range");
            }
            for (int c = 0; c < k; c++) {
                w[i * k + c] = d.readFloat();
            }
        }
        return new MultiClassModel(bits, List.of(labels), w, bias, true);
    }

    private static void writeVarInt(DataOutputStream d, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            d.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        d.writeByte(v);
    }

    private static int readVarInt(DataInputStream d) throws IOException {
        int v = 0;
        for (int shift = 0; shift < 32; shift += 7) {
            int b = d.readUnsignedByte();
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("bad variable-length int");
    }
}
