package org.marsad.model;

import java.util.HashMap;
import java.util.Map;

/**
 * PLOVER's mode of an event (how it was done: {@code aerial}, {@code heavy-weapons}, {@code demo}, ...): the modes
 * the trigger lexicon and the CAMEO-to-PLOVER table of core name. {@link #json} is the name written in every output
 * (as PLOVER spells it, hyphen or underscore); {@link #toString} gives it too, so text built from a mode reads as
 * before. A data file naming a mode missing here fails at load with its line.
 */
public enum Mode {
    ABDUCT("abduct"), ACCESS("access"), AERIAL("aerial"), ALLEGE("allege"), ARREST("arrest"),
    ASSASSINATE("assassinate"), ASSIST("assist"), BAN("ban"), BEAT("beat"), BOYCOTT("boycott"),
    CEASEFIRE("ceasefire"), CHANGE("change"), CLEANSING("cleansing"), CURFEW("curfew"), DEMO("demo"),
    DEPORT("deport"), DISAPPROVE("disapprove"), DISARM("disarm"), DISCONTINUE("discontinue"), EASE("ease"),
    EXPEL("expel"), EXPLOSIVES("explosives"), FIREARMS("firearms"), HEAVY_WEAPONS("heavy-weapons"),
    HUNGER("hunger"), INVESTIGATE("investigate"), MARTIAL_LAW("martial-law"), MASSACRE("massacre"), MEET("meet"),
    OBSTRUCT("obstruct"), PHONE("phone"), POLICE("police"), POLITICAL("political"), PRO_AUTOCRACY("pro_autocracy"),
    RELATIONS("relations"), RELEASE("release"), RESTRICT("restrict"), RETURN("return"), RIOT("riot"),
    SEIZE("seize"), SEXUAL("sexual"), SUICIDE_ATTACK("suicide-attack"), TERRITORY("territory"),
    THIRD_PARTY("third-party"), TORTURE("torture"), TROOPS("troops"), UNCONVENTIONAL("unconventional"),
    VIOLENCE("violence"), VISIT("visit"), WITHDRAW("withdraw"), YIELD("yield");

    private static final Map<String, Mode> BY_JSON = new HashMap<>();

    static {
        for (Mode m : values()) {
            BY_JSON.put(m.json, m);
        }
    }

    private final String json;

    Mode(String json) {
        this.json = json;
    }

    /** The name used in JSON, CSV and Parquet ({@code heavy-weapons}). */
    public String json() {
        return json;
    }

    /** The name used in JSON. */
    @Override
    public String toString() {
        return json;
    }

    /** The mode named {@code s} as {@link #json} writes it; null for null. */
    public static Mode fromJson(String s) {
        if (s == null) {
            return null;
        }
        Mode m = BY_JSON.get(s);
        if (m == null) {
            throw new IllegalArgumentException("unknown PLOVER mode '" + s + "'");
        }
        return m;
    }

    /** The JSON name of {@code m}, or null. */
    public static String json(Mode m) {
        return m == null ? null : m.json;
    }
}
