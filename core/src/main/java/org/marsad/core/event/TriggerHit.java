package org.marsad.core.event;

/**
 * A trigger found in a sentence: tokens {@code [first, end)}, the rule read with the form the text shows, whether
 * the verb carries the future prefix سـ, whether it is an imperfect verb without it (present or habitual), and
 * whether a pronoun is attached to its first word ("اعتصامهم": their sit-in, one already known), and the clitics
 * written before the trigger word on its first word ({@code prefix}, normalised: "وب", "لل"; "" when none).
 */
public record TriggerHit(int first, int end, TriggerRule rule, boolean future, boolean imperfect, boolean possessed,
                         String prefix) {

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
        return isPurpose(prefix);
    }

    /**
     * Whether {@code p} is a conjunction و/ف at most, then ل, then ل or ال at most ({@code [وف]?ل(ل|ال)?}), read by
     * hand: the filter asks this of every event noun.
     */
    static boolean isPurpose(String p) {
        int i = !p.isEmpty() && (p.charAt(0) == 'و' || p.charAt(0) == 'ف') ? 1 : 0;
        int n = p.length() - i;
        if (n < 1 || p.charAt(i) != 'ل') {
            return false;
        }
        return n == 1 || n == 2 && p.charAt(i + 1) == 'ل' || n == 3 && p.charAt(i + 1) == 'ا' && p.charAt(i + 2) == 'ل';
    }

    public TriggerForm form() {
        return rule.form();
    }
}
