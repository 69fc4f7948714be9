package org.marsad.learn;

import java.util.ArrayList;
import java.util.List;
import org.marsad.eval.gsr.GsrRows;

/**
 * Examples from the GSR: each candidate of the file's type (ASSAULT in the assault file, PROTEST in the protest
 * file) proposed in a labelled sentence, positive when the sentence is labelled "yes". Candidates of other types
 * are left out: the GSR says nothing about them.
 */
public final class GsrExamples {
    private GsrExamples() {
    }

    public static List<Example> of(List<GsrRows.Row> rows, Candidates candidates) {
        return both(rows, candidates).shared();
    }

    /**
     * The examples twice, in the same order: with the features an article's sentence has ({@code shared}, for the
     * article model) and with their lone copies too ({@code alone}, as the lone-sentence model reads a sentence coded
     * alone; a GSR row has no line break).
     */
    public record Both(List<Example> shared, List<Example> alone) {
    }

    public static Both both(List<GsrRows.Row> rows, Candidates candidates) {
        List<Example> shared = new ArrayList<>();
        List<Example> alone = new ArrayList<>();
        for (GsrRows.Row r : rows) {
            for (Candidates.Candidate c : candidates.ofSentence(r.id(), r.text(), r.date())) {
                if (c.event().type() == r.type()) {
                    shared.add(new Example(c.features(), r.positive(), "gsr:" + r.document(), "gsr"));
                    alone.add(new Example(c.alone() != null ? c.alone() : c.features(), r.positive(),
                            "gsr:" + r.document(), "gsr"));
                }
            }
        }
        return new Both(shared, alone);
    }
}
