package org.marsad.core.lex;

/**
 * A number read from lexemes {@code [from, to)}: its value and whether the words only bound it
 * ({@code عشرات} = 10, {@code مئات} = 100, {@code آلاف} alone = 1000, {@code بضعة} = 3; all approximate).
 */
public record NumberPhrase(int from, int to, long value, boolean approximate) {
}
