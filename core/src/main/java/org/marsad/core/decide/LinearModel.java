package org.marsad.core.decide;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A binary logistic model over hashed features: weights by feature index, a bias and the decision threshold.
 * It holds numbers only, never text. Stored gzipped: a magic, the feature bits, bias, threshold, then the
 * non-zero weights as (index, float) pairs in index order, so the same weights always give the same bytes.
 */
public final class LinearModel {
    private static final int MAGIC = 0x4D4C4D31; // "MLM1"

    private final int bits;
    private final float[] weights;
    private final float bias;
    private final float threshold;
    /**
     * The non-zero weights again, in an open-addressing table by feature index ({@link #slotKeys}, 0 for an empty
     * slot, and {@link #slotWeights}) when they are few: a model of some thousand weights in 2^18 slots is read
     * from a table of tens of kilobytes that stays in the processor's cache, not from a megabyte of zeros.
     */
    private final int[] slotKeys;
    private final float[] slotWeights;
    private final int slotShift;
    /**
     * The most non-zero weights kept in the table: beyond it the table itself outgrows the cache (the event
     * decider's 59,000 weights scored slower from a table than from its dense array).
     */
    static final int SPARSE_MAX = 16_384;
    /**
     * How many terms (the bias and distinct features' weights) {@link #logOdds} may add up in any order and get the
     * same double, exactly ({@link #exactTerms(float, float[])}).
     */
    private final int exactTerms;

    /** @param weights indexed by feature index (1-based; slot 0 unused), length {@code 2^bits + 1} */
    public LinearModel(int bits, float[] weights, float bias, float threshold) {
        if (weights.length != (1 << bits) + 1) {
            throw new IllegalArgumentException("weights must have 2^bits + 1 slots");
        }
        this.bits = bits;
        this.weights = weights;
        this.bias = bias;
        this.threshold = threshold;
        this.exactTerms = exactTerms(bias, weights);
        int nonZero = 0;
        for (float w : weights) {
            nonZero += w != 0 ? 1 : 0;
        }
        if (nonZero > 0 && nonZero <= SPARSE_MAX && nonZero <= weights.length / 16) {
            int slots = Integer.highestOneBit(nonZero * 2) << 1;
            slotKeys = new int[slots];
            slotWeights = new float[slots];
            slotShift = 32 - Integer.numberOfTrailingZeros(slots);
            for (int i = 1; i < weights.length; i++) {
                if (weights[i] != 0) {
                    int k = slot(i);
                    while (slotKeys[k] != 0) {
                        k = (k + 1) & (slots - 1);
                    }
                    slotKeys[k] = i;
                    slotWeights[k] = weights[i];
                }
            }
        } else {
            slotKeys = null;
            slotWeights = null;
            slotShift = 0;
        }
    }

    /**
     * How many of the values {@code bias} and {@code weights} a double sum adds exactly, in any order. Every non-zero
     * float with exponent at least {@code emin} (the least of them all) is a whole multiple of {@code 2^(emin-23)},
     * and each is less than {@code 2^(emax+1)} in size; so a sum of {@code t} of them, and every partial sum on the
     * way, is a whole multiple of {@code 2^(emin-23)} less than {@code t * 2^(emax+1)}, which a double holds exactly
     * while {@code t <= 2^(29 - (emax - emin))}: each addition is then exact, and the order cannot change the result.
     * The shipped models' weights span 10 to 18 binary orders of magnitude: 2^11 to 2^19 terms, far more than the
     * features of one decision.
     */
    static int exactTerms(float bias, float[] weights) {
        int emin = Integer.MAX_VALUE;
        int emax = Integer.MIN_VALUE;
        for (int i = -1; i < weights.length; i++) {
            float w = i < 0 ? bias : weights[i];
            if (w != 0) {
                int e = Math.getExponent(w); // Float.MIN_EXPONENT - 1 for a subnormal: still a lower bound
                emin = Math.min(emin, e);
                emax = Math.max(emax, e);
            }
        }
        if (emin == Integer.MAX_VALUE) {
            return Integer.MAX_VALUE; // all zeros: every sum is 0
        }
        int spread = emax - emin;
        return spread > 29 ? 1 : 1 << (29 - spread);
    }

    /** {@link #exactTerms(float, float[])} of this model: the terms its log-odds adds exactly, in any order. */
    int exactTerms() {
        return exactTerms;
    }

    private int slot(int index) {
        return (index * 0x9E3779B9) >>> slotShift;
    }

    /** The weight of feature {@code index} (1-based), 0 for one the model never gave a weight. */
    private float weight(int index) {
        if (slotKeys == null) {
            return weights[index];
        }
        int mask = slotKeys.length - 1;
        for (int k = slot(index); ; k = (k + 1) & mask) {
            int key = slotKeys[k];
            if (key == index) {
                return slotWeights[k];
            }
            if (key == 0) {
                return 0;
            }
        }
    }

    public int bits() {
        return bits;
    }

    public float threshold() {
        return threshold;
    }

    public LinearModel withThreshold(float t) {
        return new LinearModel(bits, weights, bias, t);
    }

    /** P(positive) for binary features at {@code indices}. */
    public double probability(int[] indices) {
        double z = bias;
        for (int i : indices) {
            z += weight(i);
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The log-odds for the first {@code n} features of {@code sorted}, in ascending order, each counted once
     * (repeats skipped): the logit of {@link #probability} of the same set.
     */
    public double logOdds(int[] sorted, int n) {
        double z = bias;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                z += weight(sorted[i]);
            }
        }
        return z;
    }

    /**
     * The log-odds for the first {@code n} features of {@code distinct}, each there once, in any order; the same
     * double as {@link #logOdds} of them sorted when {@code n + 1 <= exactTerms()}.
     */
    double logOddsOfDistinct(int[] distinct, int n) {
        double z = bias;
        for (int i = 0; i < n; i++) {
            z += weight(distinct[i]);
        }
        return z;
    }

    public boolean accepts(int[] indices) {
        return probability(indices) >= threshold;
    }

    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz));
        int nonZero = 0;
        for (float w : weights) {
            nonZero += w != 0 ? 1 : 0;
        }
        d.writeInt(MAGIC);
        d.writeInt(bits);
        d.writeFloat(bias);
        d.writeFloat(threshold);
        d.writeInt(nonZero);
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] != 0) {
                d.writeInt(i);
                d.writeFloat(weights[i]);
            }
        }
        d.flush();
        gz.finish();
    }

    /** The model shipped as {@code resource} beside {@code owner}'s class, or null when the build has none. */
    public static LinearModel resource(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the shipped model " + resource, e);
        }
    }

    public static LinearModel read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        if (d.readInt() != MAGIC) {
            throw new IOException("not a Marsad linear model");
        }
        int bits = d.readInt();
        if (bits < 10 || bits > 26) {
            throw new IOException("bad feature bits " + bits);
        }
        float bias = d.readFloat();
        float threshold = d.readFloat();
        int n = d.readInt();
        float[] w = new float[(1 << bits) + 1];
        for (int k = 0; k < n; k++) {
            int i = d.readInt();
            if (i < 0 || i >= w.length) {
                throw new IOException("weight index " + i + " out of range");
            }
            w[i] = d.readFloat();
        }
        return new LinearModel(bits, w, bias, threshold);
    }
}
