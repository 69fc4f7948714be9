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
        List<Example> out = new ArrayList<>();
        for (GsrRows.Row r : rows) {
            for (Candidates.Candidate c : candidates.ofSentence(r.id(), r.text(), r.date())) {
                if (c.event().type() == r.type()) {
                    out.add(new Example(c.features(), r.positive(), "gsr:" + r.document(), "gsr"));
                }
            }
        }
        return out;
    }
}
