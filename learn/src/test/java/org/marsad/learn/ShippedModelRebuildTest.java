package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.core.decide.LinearModel;
import org.marsad.core.decide.TrainedDecider;
import org.marsad.core.pipeline.Pipeline;

/**
 * The committed event decider is what `marsad train events` builds from the repository's gold and ../shared's
 * GSR: the same bytes. It fails when the gold, the features or the pipeline's candidates change without the
 * model being rebuilt (run `./marsad train events` from the repository root).
 */
class ShippedModelRebuildTest {
    @Test
    void theShippedModelEqualsAFreshBuild() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path gsr = root.resolve("../shared/data/arabic_event_gsr");
        Path corpora = root.resolve("../shared/data/corpora");
        assumeTrue(Files.isDirectory(gsr) && Files.isDirectory(corpora),
                "the shared data folder (../shared/data) is not beside the repository: nothing to rebuild from");
        byte[] shipped;
        try (InputStream in = TrainedDecider.class.getResourceAsStream(TrainedDecider.RESOURCE)) {
            assumeTrue(in != null, "this build ships no event decider");
            shipped = in.readAllBytes();
        }
        LinearModel fresh = new EventModelTraining(Pipeline.standard(), gsr, root.resolve("gold/ant"), corpora).train();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        fresh.write(b);
        assertArrayEquals(shipped, b.toByteArray(), "rebuild the shipped model: ./marsad train events");
    }
}
