package org.marsad.core.event;

/**
 * A trigger found in a sentence: tokens {@code [first, end)}, the rule read with the form the text shows, whether
 * the verb carries the future prefix سـ, whether it is an imperfect verb without it (present or habitual), and
 * whether a pronoun is attached to its first word ("اعتصامهم": their sit-in, one already known).
 */
public record TriggerHit(int first, int end, TriggerRule rule, boolean future, boolean imperfect, boolean possessed) {
    public TriggerForm form() {
        return rule.form();
    }
}
