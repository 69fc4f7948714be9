package org.marsad.core.naming;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.entity.ActorMemory;
import org.marsad.core.entity.ActorMention;
import org.marsad.core.entity.ActorRecognizer;
import org.marsad.core.geo.ArticleGeoContext;
import org.marsad.core.geo.PlaceFinder;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.reading.Reading;
import org.marsad.core.text.Sentence;
import org.marsad.model.Entity;

/**
 * What one article has named so far (its places' countries, the persons it introduced with a title) and its
 * sentences not yet read for names. {@link #name} keeps each sentence, in order, as pending; when the actors or
 * places of one are asked for, the pending sentences before it are read first, in order (a sentence with a trigger
 * for its actors and places, one without for its places only), since what an article names steers the reading of
 * later sentences; then the sentence itself. After the last sentence asked for, nothing more is read. One per
 * article, used by one thread.
 */
public final class ArticleMemory {
    private final ActorRecognizer actors;
    private final PlaceFinder places;
    private final String text;
    private final LocalDate published;
    private final List<Named> pending = new ArrayList<>();
    private ArticleGeoContext geo = ArticleGeoContext.EMPTY;
    private ActorMemory persons = ActorMemory.EMPTY;
    private Entity subject;

    ArticleMemory(ActorRecognizer actors, PlaceFinder places, String text, LocalDate published) {
        this.actors = actors;
        this.places = places;
        this.text = text;
        this.published = published;
    }

    /** The next sentence of the article, its names to be read when asked for. */
    public Named name(Reading reading) {
        Named named = new Named(reading, this);
        pending.add(named);
        return named;
    }

    /**
     * The actor of the article's latest candidate event that had one: the subject a later clause without its own
     * continues (Arabic leaves a known subject unsaid: "وأضاف", "وقصفت"); null before the first.
     */
    Entity subject() {
        return subject;
    }

    void subject(Entity actor) {
        subject = actor;
    }

    /** Reads the pending sentences up to {@code target}, in order, then {@code target} (once). */
    void readThrough(Named target) {
        if (target.read()) {
            return;
        }
        int k = 0;
        while (pending.get(k) != target) {
            Named p = pending.get(k++);
            if (p.reading().hasTrigger()) {
                read(p);
            } else {
                List<PlaceMention> found = places.find(text, p.reading().at().sentence(), geo);
                geo = geo.with(found);
                p.set(List.of(), found);
            }
        }
        read(target);
        pending.subList(0, k + 1).clear();
    }

    /** The actors and places of one sentence, read as the article so far steers them, and learned for later ones. */
    private void read(Named n) {
        Sentence s = n.reading().at().sentence();
        List<ActorMention> a = actors.find(text, s, published, persons);
        List<PlaceMention> p = places.find(text, s, geo);
        geo = geo.with(p);
        persons = actors.learn(persons, s, a);
        n.set(a, p);
    }
}
