package org.marsad.core.event;

/** What a cue word says about the events near it; see cues.tsv for the words. */
public enum CueKind {
    NEG_PARTICLE, NEG_VERB, PLANNED, PLANNED_AFTER, HYPOTHETICAL, ONGOING, CONTENT, BACKGROUND, TIME, CASUALTY, CROWD, LIGHT, RELATIVE, HISTORY, SPEECH, NUMBER, SOURCE, UNDERGO, COMPLEMENT, ATTRIBUTIVE
}
