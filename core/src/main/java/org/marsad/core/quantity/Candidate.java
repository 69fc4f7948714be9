package org.marsad.core.quantity;

import org.marsad.core.quantity.CountCues.Cue;

/**
 * A number found in lexemes before deciding what it counts. {@code [from, to)} covers the approximation words
 * and range; {@code [numFrom, numTo)} the first number (or the dual noun). {@code dual} is the dual noun's cue.
 */
record Candidate(int from, int numFrom, int numTo, int to, long value, long max, boolean approximate, Cue dual) {
}
