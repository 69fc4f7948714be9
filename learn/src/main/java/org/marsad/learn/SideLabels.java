package org.marsad.learn;

import java.util.Set;
import org.marsad.eval.articles.Choice;
import org.marsad.eval.articles.FieldRules;
import org.marsad.model.Entity;

/**
 * Whether a side is a coded side, for training the side choices. Stricter than the scorer's three letters: when
 * both codes name a sector, the sectors must agree too (the state's sectors GOV, MIL, COP, SPY count as one), so that
 * "ثلاثة جنود سوريين" (SYRMIL) is not taught as the actor of an attack that Syrian rebels (SYRREB) carried out.
 */
final class SideLabels {
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "SPY");

    private SideLabels() {
    }

    static boolean same(Entity side, Choice<String> gold) {
        return FieldRules.code(side, gold) && gold.any(g -> g == null ? side == null || side.code() == null
                : side != null && sectorsAgree(side.sector() == null ? null : side.sector().name(), sector(g)));
    }

    private static String sector(String code) {
        String c = code.trim();
        return c.length() >= 6 ? c.substring(3, 6) : null;
    }

    private static boolean sectorsAgree(String a, String b) {
        return a == null || b == null || a.equals(b) || STATE.contains(a) && STATE.contains(b);
    }
}
