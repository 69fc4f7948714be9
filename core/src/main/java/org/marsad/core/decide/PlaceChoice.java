package org.marsad.core.decide;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.geo.EventPlaces;
import org.marsad.core.geo.PlaceMention;
import org.marsad.core.proposal.Candidate;
import org.marsad.core.proposal.Candidates;
import org.marsad.core.text.Token;
import org.marsad.model.Event;
import org.marsad.model.EventType;
import org.marsad.model.Location;

/**
 * Chooses where each candidate event happened: among the places its sentence names, and nowhere, the one a trained
 * model ({@link PlaceFeatures}) finds likeliest. The rules find and resolve the places and propose one; the model
 * decides (docs/learning.md). Thread-safe.
 */
public final class PlaceChoice implements FieldDecider {
    /** The shipped model (docs/learning.md; its card beside it). */
    public static final String RESOURCE = "place-chooser.bin";

    private final LinearModel model;
    private final PlaceFeatures features;

    public PlaceChoice(LinearModel model) {
        this.model = model;
        this.features = new PlaceFeatures(model.bits());
    }

    /** The shipped model, or null when the build has none. */
    public static PlaceChoice shipped() {
        LinearModel m = Choices.shipped(RESOURCE);
        return m == null ? null : new PlaceChoice(m);
    }

    @Override
    public Candidates decide(Candidates candidates) {
        return Choices.map(candidates, this::choose);
    }

    private Event choose(Candidate c) {
        Event e = c.event();
        List<PlaceOption> options = options(c);
        if (options.isEmpty()) {
            return e;
        }
        List<Token> tokens = c.at().sentence().tokens();
        int trigger = ActorChoice.triggerToken(tokens, e);
        HashedBag bag = features.bag();
        PlaceOption best = Choices.likeliest(options,
                o -> features.logOdds(model, bag, e, o, options, c.named().actors(), tokens, trigger));
        Location chosen = best.nowhere() ? null : best.mention().location();
        if (same(chosen, e.location())) {
            return e;
        }
        return e.merged(e.actor(), e.recipient(), e.date(), chosen, e.size(), e.mentions());
    }

    private static boolean same(Location a, Location b) {
        return a == null ? b == null : b != null && a.start() == b.start() && a.end() == b.end();
    }

    /**
     * Verbal events (a call, an accusation, a meeting) happen where their speakers are, which a sentence often does
     * not say: the place it names may be their topic. A material event (a strike, a protest, an arrest) happens
     * somewhere, and an analyst places it at the best place the text gives.
     */
    static final java.util.Set<EventType> VERBAL = java.util.EnumSet.of(EventType.AGREE, EventType.CONSULT,
            EventType.SUPPORT, EventType.REQUEST, EventType.ACCUSE, EventType.REJECT, EventType.THREATEN);

    /** The places a candidate may have happened at: the resolved places its sentence names; for a verbal event, nowhere too. */
    public static List<PlaceOption> options(Candidate c) {
        List<PlaceOption> out = new ArrayList<>();
        List<PlaceMention> places = c.named().places();
        List<Token> tokens = c.at().sentence().tokens();
        int first = ActorChoice.triggerToken(tokens, c.event());
        int end = triggerEnd(tokens, c.event(), first);
        for (PlaceMention m : places) {
            if (m.location() != null && m.location().lat() != null) {
                out.add(new PlaceOption(m, EventPlaces.places(tokens, places, m, first, end)));
            }
        }
        if (VERBAL.contains(c.event().type()) || out.stream().noneMatch(PlaceOption::placing)) {
            out.add(PlaceOption.NOWHERE);
        }
        return out;
    }

    /** The exclusive end token of the trigger that starts at token {@code first}. */
    private static int triggerEnd(List<Token> tokens, Event e, int first) {
        int end = first;
        while (end < tokens.size() && tokens.get(end).start() < e.trigger().end()) {
            end++;
        }
        return Math.max(end, Math.min(first + 1, tokens.size()));
    }

    public PlaceFeatures features() {
        return features;
    }
}
