package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.ActorChoice;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.pipeline.Pipeline;

/**
 * The committed actor choice model is what `marsad train actors` builds from the repository's gold: the same bytes.
 * It fails when the gold, the features or the rules' candidates change without the model being rebuilt (run
 * `./marsad train actors`, then `./marsad train events`, from the repository root).
 */
class ActorModelRebuildTest {
    @Test
    void theShippedActorModelEqualsAFreshBuild() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path corpora = root.resolve("../shared/data/corpora");
        assumeTrue(Files.isDirectory(corpora),
                "the shared data folder (../shared/data) is not beside the repository: nothing to rebuild from");
        byte[] shipped;
        try (InputStream in = ActorChoice.class.getResourceAsStream(ActorChoice.RESOURCE)) {
            assumeTrue(in != null, "this build ships no actor choice model");
            shipped = in.readAllBytes();
        }
        LinearModel fresh = new ActorModelTraining(Pipeline.standard(), root.resolve("gold/ant"), corpora).train();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fresh.write(b);
        assertArrayEquals(shipped, b.toByteArray(), "rebuild the shipped model: ./marsad train actors");
    }
}
