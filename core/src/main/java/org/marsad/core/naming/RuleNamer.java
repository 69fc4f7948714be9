package org.marsad.core.naming;

import java.time.LocalDate;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.segment.Page;
import org.marsad.core.text.WordHintRegistry;

/**
 * Actors from the actor lexicons ({@link ActorRecognizer}), places from the gazetteer ({@link PlaceFinder}). Its word
 * hints: may an actor entry, may a place entry start at a token.
 */
public final class RuleNamer implements Namer {
    private final ActorRecognizer actors;
    private final PlaceFinder places;

    /** Registers in {@code hints} what this step reads from the tokens. */
    public RuleNamer(ActorRecognizer actors, PlaceFinder places, WordHintRegistry hints) {
        this.actors = actors;
        this.places = places;
        hints.add(places.hint());
        hints.add(actors.lexicon().hint());
    }

    @Override
    public ArticleMemory open(Page page, LocalDate published) {
        return new ArticleMemory(actors, places, page.text(), published);
    }
}
