package org.marsad.core.event;

/**
 * A trigger found in a sentence: tokens {@code [first, end)}, the rule read with the form the text shows, whether
 * the verb carries the future prefix سـ, whether it is an imperfect verb without it (present or habitual), and
 * whether a pronoun is attached to its first word ("اعتصامهم": their sit-in, one already known), and the clitics
 * written before the trigger word on its first word ({@code prefix}, normalised: "وب", "لل"; "" when none).
 */
public record TriggerHit(int first, int end, TriggerRule rule, boolean future, boolean imperfect, boolean possessed,
                         String prefix) {
    private static final java.util.regex.Pattern PURPOSE = java.util.regex.Pattern.compile("[وف]?ل(ل|ال)?");

    public TriggerHit {
        java.util.Objects.requireNonNull(prefix, "prefix");
    }

    /** A hit whose first word carries no clitic before the trigger word. */
    public TriggerHit(int first, int end, TriggerRule rule, boolean future, boolean imperfect, boolean possessed) {
        this(first, end, rule, future, imperfect, possessed, "");
    }

    /**
     * The trigger word's preposition ل ("لوقف", "للتنسيق", "ولهجوم"): a purpose or a complement, not a report.
     */
    public boolean purpose() {
        return PURPOSE.matcher(prefix).matches();
    }

    public TriggerForm form() {
        return rule.form();
    }
}
