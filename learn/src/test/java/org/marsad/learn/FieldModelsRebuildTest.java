package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.PlaceChoice;
import org.marsad.core.pipeline.Pipeline;

/**
 * The committed actor and place choice models are what `marsad train actors` and `marsad train places` build from
 * the repository's gold: the same bytes. They fail when the gold, the features or the rules' candidates change
 * without the models being rebuilt (run `./marsad train actors`, `./marsad train places`, then `./marsad train
 * events`, from the repository root).
 */
class FieldModelsRebuildTest {
    private static FieldModelTraining training;

    @BeforeAll
    static void read() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path corpora = root.resolve("../shared/data/corpora");
        if (Files.isDirectory(corpora)) {
            training = new FieldModelTraining(Pipeline.standard(), root.resolve("gold/ant"), corpora);
        }
    }

    @Test
    void theShippedActorModelEqualsAFreshBuild() throws Exception {
        check(ActorChoice.class, ActorChoice.RESOURCE, true);
    }

    @Test
    void theShippedPlaceModelEqualsAFreshBuild() throws Exception {
        check(PlaceChoice.class, PlaceChoice.RESOURCE, false);
    }

    private static void check(Class<?> owner, String resource, boolean actors) throws Exception {
        assumeTrue(training != null,
                "the shared data folder (../shared/data) is not beside the repository: nothing to rebuild from");
        byte[] shipped;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assumeTrue(in != null, "this build ships no " + resource);
            shipped = in.readAllBytes();
        }
        LinearModel fresh = actors ? training.train() : training.trainPlaces();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fresh.write(b);
        assertArrayEquals(shipped, b.toByteArray(), "rebuild the shipped model: ./marsad train "
                + (actors ? "actors" : "places"));
    }
}
