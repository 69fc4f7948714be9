package org.marsad.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.marsad.core.dedup.HappeningFeatures;
import org.marsad.core.pipeline.Pipeline;

/**
 * `marsad train happenings` (the article merge, not shipped: docs/learning.md) builds the same bytes every time
 * from the repository's gold, and learns from both kinds of choice (a report of an earlier event, one of its own).
 */
class HappeningModelRebuildTest {
    @Test
    void theHappeningModelBuildsDeterministically() throws Exception {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path corpora = root.resolve("../shared/data/corpora");
        assumeTrue(Files.isDirectory(corpora),
                "the shared data folder (../shared/data) is not beside the repository: nothing to build from");
        var choices = new HappeningExamples(Pipeline.standard(), corpora,
                new HappeningFeatures(FieldModelTraining.BITS)).of(root.resolve("gold/ant"), "train", new ArrayList<>());
        assertTrue(choices.stream().anyMatch(c -> c.options().get(0).positive()), "some reports are new happenings");
        assertTrue(choices.stream().anyMatch(c -> !c.options().get(0).positive()), "some report an earlier event");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        new HappeningTraining(choices, FieldModelTraining.BITS).train().write(first);
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        new HappeningTraining(choices, FieldModelTraining.BITS).train().write(second);
        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }
}
