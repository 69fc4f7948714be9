package org.marsad.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The sector part of a CAMEO-style actor code (SYR + MIL = SYRMIL): the sectors core's actor lexicons name (CAMEO's
 * role codes, and the few more UniversalPetrarch's Arabic dictionaries use). The constant's name is the code written
 * in every output ({@code actor.sector}); an actor lexicon naming a sector missing here fails at load with its line.
 */
public enum Sector {
    /** Agriculture. */ AGR,
    /** Budget (PETRARCH). */ BUD,
    /** Business. */ BUS,
    /** Police. */ COP,
    /** Criminal. */ CRM,
    /** Civilians. */ CVL,
    /** Development. */ DEV,
    /** Education. */ EDU,
    /** Elites. */ ELI,
    /** Environment. */ ENV,
    /** Government. */ GOV,
    /** Health. */ HLH,
    /** Human rights. */ HRI,
    /** Intergovernmental organisation. */ IGO,
    /** International militant group. */ IMG,
    /** Jewish (PETRARCH religion code). */ JEW,
    /** Judiciary. */ JUD,
    /** PETRARCH code (Kosovo). */ KSV,
    /** Labour. */ LAB,
    /** Legislature. */ LEG,
    /** Media. */ MED,
    /** Military. */ MIL,
    /** PETRARCH code. */ MLI,
    /** Muslim (PETRARCH religion code). */ MUS,
    /** Non-governmental organisation. */ NGO,
    /** Non-governmental movement. */ NGM,
    /** Opposition. */ OPP,
    /** Political party. */ PTY,
    /** Radical. */ RAD,
    /** Rebels. */ REB,
    /** Refugees. */ REF,
    /** Religious. */ REL,
    /** Intelligence services. */ SPY,
    /** Unaligned armed forces. */ UAF;

    private static final Map<String, Sector> BY_CODE = new HashMap<>();

    static {
        for (Sector s : values()) {
            BY_CODE.put(s.name(), s);
        }
    }

    /** The code written in JSON, CSV and Parquet ({@code MIL}). */
    public String json() {
        return name();
    }

    /** The sector of {@code code}; null for null; an unknown code is an error. */
    public static Sector fromJson(String code) {
        if (code == null) {
            return null;
        }
        Sector s = BY_CODE.get(code);
        if (s == null) {
            throw new IllegalArgumentException("unknown actor sector '" + code + "'");
        }
        return s;
    }

    /** The sector of {@code code}, or null when it is null or names none. */
    public static Sector ofCode(String code) {
        return code == null ? null : BY_CODE.get(code);
    }

    /** The code of {@code s}, or null. */
    public static String json(Sector s) {
        return s == null ? null : s.name();
    }
}
