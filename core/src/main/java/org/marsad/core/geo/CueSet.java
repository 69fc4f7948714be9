package org.marsad.core.geo;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An immutable set of {@link Cue}s held as one bit per cue: the reader gathers a part's cues as bits and the resolver
 * asks for them several times per candidate place, so neither builds nor probes a set. One shared instance per
 * combination ({@link #of(int)}), so making one costs nothing. Thread-safe.
 */
final class CueSet extends AbstractSet<Cue> {
    private static final Cue[] CUES = Cue.values();
    private static final CueSet[] BY_BITS = new CueSet[1 << CUES.length];
    /** Bits of the cues after which the next words name a settlement ({@link Cue#namesSettlement()}). */
    static final int SETTLEMENT_NAMING = bitsOf(Cue::namesSettlement);
    /** Bits of the cues that make even a common word a place ({@link Cue#strong()}). */
    static final int STRONG = bitsOf(Cue::strong);

    static {
        for (int bits = 0; bits < BY_BITS.length; bits++) {
            BY_BITS[bits] = new CueSet(bits);
        }
    }

    private final int bits;

    private CueSet(int bits) {
        this.bits = bits;
    }

    /** The set of the cues whose {@link #bit} is in {@code bits}. */
    static CueSet of(int bits) {
        return BY_BITS[bits];
    }

    /** {@code cues} as a cue set: itself when it is one. */
    static CueSet copyOf(Collection<Cue> cues) {
        if (cues instanceof CueSet c) {
            return c;
        }
        int bits = 0;
        for (Cue c : cues) {
            bits |= bit(c);
        }
        return of(bits);
    }

    static int bit(Cue cue) {
        return 1 << cue.ordinal();
    }

    int bits() {
        return bits;
    }

    /** True when {@code cue} is in this set (as {@link #contains}, without the type test). */
    boolean has(Cue cue) {
        return (bits & bit(cue)) != 0;
    }

    /** True when one of the cues whose bits are {@code mask} is in this set. */
    boolean hasAny(int mask) {
        return (bits & mask) != 0;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Cue c && has(c);
    }

    @Override
    public int size() {
        return Integer.bitCount(bits);
    }

    @Override
    public boolean isEmpty() {
        return bits == 0;
    }

    /** In the order of {@link Cue}, as an {@link java.util.EnumSet} iterates. */
    @Override
    public Iterator<Cue> iterator() {
        return new Iterator<>() {
            private int left = bits;

            @Override
            public boolean hasNext() {
                return left != 0;
            }

            @Override
            public Cue next() {
                if (left == 0) {
                    throw new NoSuchElementException();
                }
                int ordinal = Integer.numberOfTrailingZeros(left);
                left &= left - 1;
                return CUES[ordinal];
            }
        };
    }

    private static int bitsOf(java.util.function.Predicate<Cue> test) {
        int bits = 0;
        for (Cue c : CUES) {
            bits |= test.test(c) ? bit(c) : 0;
        }
        return bits;
    }
}
