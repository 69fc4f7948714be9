package org.marsad.learn;

import java.util.List;

/** One candidate's options as examples (one right at least), and which of them the rules chose (-1: none). */
public record Choice(List<Example> options, int rulesPick) {
    public boolean rulesRight() {
        return rulesPick >= 0 && options.get(rulesPick).positive();
    }
}
