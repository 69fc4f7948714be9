package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.HappeningChoice;
import org.marsad.core.dedup.HappeningFeatures;
import org.marsad.core.pipeline.Pipeline;

/**
 * The committed article-merge model is what `marsad train happenings` builds from the repository's gold: the same
 * bytes. It fails when the gold, the features or the events the pipeline keeps change without the model being
 * rebuilt (run `./marsad train happenings` from the repository root, after the other models).
 */
class HappeningModelRebuildTest {
    @Test
    void theShippedHappeningModelEqualsAFreshBuild() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path corpora = root.resolve("../shared/data/corpora");
        assumeTrue(Files.isDirectory(corpora),
                "the shared data folder (../shared/data) is not beside the repository: nothing to rebuild from");
        byte[] shipped;
        try (InputStream in = HappeningChoice.class.getResourceAsStream(HappeningChoice.RESOURCE)) {
            assumeTrue(in != null, "this build ships no " + HappeningChoice.RESOURCE);
            shipped = in.readAllBytes();
        }
        var choices = new HappeningExamples(Pipeline.standard(), corpora,
                new HappeningFeatures(FieldModelTraining.BITS)).of(root.resolve("gold/ant"), "train", new ArrayList<>());
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        new HappeningTraining(choices, FieldModelTraining.BITS).train().write(b);
        assertArrayEquals(shipped, b.toByteArray(), "rebuild the shipped model: ./marsad train happenings");
    }
}
