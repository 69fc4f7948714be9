package org.marsad.eval.articles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * A gold field {@code X} with its {@code alt_X} list: every value that counts as right. A null value (the
 * primary or one in the list) means that leaving the field empty is right.
 */
public record Choice<T>(T primary, List<T> alternatives) {
    public Choice {
        alternatives = alternatives == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(alternatives));
    }

    public static <T> Choice<T> of(T primary) {
        return new Choice<>(primary, List.of());
    }

    /** The primary value first, then the alternatives; may hold nulls. */
    public List<T> all() {
        List<T> out = new ArrayList<>(alternatives.size() + 1);
        out.add(primary);
        out.addAll(alternatives);
        return out;
    }

    /** Whether some right value passes the test (the test is given nulls too). */
    public boolean any(Predicate<T> test) {
        return all().stream().anyMatch(test);
    }

    /** Whether leaving the field empty is right. */
    public boolean allowsEmpty() {
        return any(v -> v == null);
    }

    /** {@code primary|alt|alt}, for reports. */
    @Override
    public String toString() {
        return alternatives.isEmpty() ? String.valueOf(primary) : primary + "|" + String.join("|",
                alternatives.stream().map(String::valueOf).toList());
    }
}
