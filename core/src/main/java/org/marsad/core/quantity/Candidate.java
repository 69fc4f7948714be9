package org.marsad.core.quantity;

import org.marsad.core.quantity.CountCues.Cue;

/**
 * A number found in lexemes before deciding what it counts. {@code [from, to)} covers the approximation words
 * and range; {@code [numFrom, numTo)} the first number (or the dual noun). {@code dual} is the dual noun's cue.
 * {@code vague}: the number is a vague plural alone ({@code عشرات}, {@code مئات}, {@code آلاف}, {@code بضعة}), no
 * number written.
 */
record Candidate(int from, int numFrom, int numTo, int to, long value, long max, boolean approximate, Cue dual,
                 boolean vague) {
    Candidate(int from, int numFrom, int numTo, int to, long value, long max, boolean approximate, Cue dual) {
        this(from, numFrom, numTo, to, value, max, approximate, dual, false);
    }
}
