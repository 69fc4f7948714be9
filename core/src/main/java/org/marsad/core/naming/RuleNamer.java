package org.marsad.core.naming;

import java.time.LocalDate;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.segment.Page;

/** Actors from the actor lexicons ({@link ActorRecognizer}), places from the gazetteer ({@link PlaceFinder}). */
public final class RuleNamer implements Namer {
    private final ActorRecognizer actors;
    private final PlaceFinder places;

    public RuleNamer(ActorRecognizer actors, PlaceFinder places) {
        this.actors = actors;
        this.places = places;
    }

    @Override
    public ArticleMemory open(Page page, LocalDate published) {
        return new ArticleMemory(actors, places, page.text(), published);
    }
}
