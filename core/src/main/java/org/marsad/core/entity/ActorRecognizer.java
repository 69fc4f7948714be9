package org.marsad.core.entity;

import java.util.List;
import org.marsad.core.text.Sentence;

/** Finds actor mentions in a sentence. FIRST VERSION: finds nothing; the actor lexicon comes next. */
public final class ActorRecognizer {

    public List<ActorMention> find(String text, Sentence sentence) {
        return List.of();
    }
}
