package org.marsad.core.entity;

import java.util.Locale;

/** How a lexicon entry behaves besides its code (the {@code flags} column of the actor TSVs). */
public enum ActorFlag {
    /** A title (الرئيس, وزير الخارجية): a following person's name joins the mention. */
    TITLE,
    /** الجانبين, الطرفين: no code of its own; each following nationality gives one mention. */
    SIDE,
    /** A report source (attribution), not an actor. */
    SOURCE,
    /** An agent too common to stand alone (قوة, عناصر): a mention only with a nationality or actor after it. */
    COMPOSE;

    /** The flag named in a TSV cell (case-insensitive), or null when unknown. */
    static ActorFlag parse(String name) {
        for (ActorFlag f : values()) {
            if (f.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
