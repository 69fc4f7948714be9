package org.marsad.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.decide.ActorFeatures;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.PlaceFeatures;
import org.marsad.core.pipeline.Pipeline;

/**
 * Trains the field choices (which side acted, where) on the {@code train} part of the stand-off gold, from the rules'
 * candidates held against the coded events ({@link GoldCandidates}), read once for both.
 */
public final class FieldModelTraining {
    public static final int BITS = 18;

    private final List<GoldCandidates.Held> held;
    private final List<String> problems = new ArrayList<>();
    private final List<Choice> actors;
    private final List<Choice> places;

    public FieldModelTraining(Pipeline pipeline, Path gold, Path corpora) {
        this.held = new GoldCandidates(pipeline, corpora).of(gold, "train", problems);
        this.actors = ActorExamples.of(held, new ActorFeatures(BITS));
        this.places = PlaceExamples.of(held, new PlaceFeatures(BITS));
    }

    public List<Choice> choices() {
        return actors;
    }

    public List<Choice> placeChoices() {
        return places;
    }

    public List<String> problems() {
        return problems;
    }

    public LinearModel train() {
        return ChoiceTraining.train(actors, BITS);
    }

    public LinearModel trainPlaces() {
        return ChoiceTraining.train(places, BITS);
    }

    public String outOfFoldSummary() {
        return ChoiceTraining.outOfFoldSummary(actors, BITS);
    }

    public String placesOutOfFoldSummary() {
        return ChoiceTraining.outOfFoldSummary(places, BITS);
    }
}
