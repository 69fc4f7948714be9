package org.marsad.core.time;

import java.time.LocalDate;
import java.util.List;
import org.marsad.core.text.Sentence;

/** Finds and resolves date expressions. FIRST VERSION: finds nothing. */
public final class DateResolver {

    /** Date expressions of the sentence, resolved against {@code published} (null: relative ones stay unknown). */
    public List<DateMention> find(String text, Sentence sentence, LocalDate published) {
        return List.of();
    }
}
