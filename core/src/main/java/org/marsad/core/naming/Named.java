package org.marsad.core.naming;

import java.util.List;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.reading.Reading;
import org.marsad.model.Entity;

/**
 * A sentence's reading with what it names: its actors and places. They are read when first asked for, by the
 * {@link ArticleMemory} that made this (see there): most sentences report no event and are never asked, or only
 * when a later one is. Not thread-safe, like its memory.
 */
public final class Named {
    private final Reading reading;
    private final ArticleMemory memory;
    private List<ActorMention> actors;
    private List<PlaceMention> places;

    Named(Reading reading, ArticleMemory memory) {
        this.reading = reading;
        this.memory = memory;
    }

    public Reading reading() {
        return reading;
    }

    /** The sentence's actors, in text order (none for a sentence without a trigger read on the way, see memory). */
    public List<ActorMention> actors() {
        memory.readThrough(this);
        return actors;
    }

    /** The sentence's places, in text order. */
    public List<PlaceMention> places() {
        memory.readThrough(this);
        return places;
    }

    /** The subject the article has so far ({@link ArticleMemory#subject()}): what an actorless clause continues. */
    public Entity subject() {
        return memory.subject();
    }

    /** Tells the article that its subject is now {@code actor}. */
    public void subject(Entity actor) {
        memory.subject(actor);
    }

    boolean read() {
        return places != null;
    }

    void set(List<ActorMention> actors, List<PlaceMention> places) {
        this.actors = actors;
        this.places = places;
    }
}
