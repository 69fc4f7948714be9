package org.marsad.core.entity;

import java.time.LocalDate;
import java.util.Set;

/**
 * One lexicon row: a code valid in {@code [from, until)} (null bounds are open), its flags, and whether it was
 * curated by hand (curated validity is strict; derived dates are only a preference).
 */
public record ActorEntry(ActorCode code, LocalDate from, LocalDate until, Set<ActorFlag> flags, boolean curated) {
    public ActorEntry {
        flags = Set.copyOf(flags);
        if (from != null && until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("valid_until " + until + " is not after valid_from " + from);
        }
    }

    public boolean validOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }

    /** Days between {@code date} and the validity period (0 inside it). */
    long distanceDays(LocalDate date) {
        if (from != null && date.isBefore(from)) {
            return from.toEpochDay() - date.toEpochDay();
        }
        if (until != null && !date.isBefore(until)) {
            return date.toEpochDay() - until.toEpochDay() + 1;
        }
        return 0;
    }

    public boolean has(ActorFlag flag) {
        return flags.contains(flag);
    }

    /** Names only a country or an organisation (سوري, تركيا, الأمم المتحدة): can qualify an agent. */
    boolean isModifier() {
        return code.country() != null && code.sector() == null && !has(ActorFlag.SIDE);
    }

    /** An agent without a country (جنود, الحكومة, الرئيس) or a side (الجانبين): takes a nationality after it. */
    public boolean isAgent() {
        return code.country() == null || has(ActorFlag.SIDE);
    }
}
