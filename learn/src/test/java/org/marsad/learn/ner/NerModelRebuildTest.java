package org.marsad.learn.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.core.names.MultiClassModel;
import org.marsad.core.names.NameLists;
import org.marsad.eval.ner.NerCorpus;

/**
 * The committed name model equals a fresh build from ../shared/data/ner (what {@code marsad train ner} writes).
 * Skipped, with a message, where the shared data folder is absent. Fails after a lexicon change until the model is
 * rebuilt: its features read the lexicons.
 */
class NerModelRebuildTest {
    static final Path DATA = Path.of("../../shared/data/ner");
    static final Path MODEL = Path.of("../core/src/main/resources/org/marsad/core/names/name-tagger.bin");

    @Test
    void committedModelEqualsAFreshBuild() throws Exception {
        assumeTrue(Files.isDirectory(DATA), "skipped: " + DATA.toAbsolutePath().normalize()
                + " is absent (the ANERcorp training data lives in ../shared, outside the repository)");
        MultiClassModel m = new NerTraining(NameLists.standard()).train(NerCorpus.read(DATA));
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.write(b);
        assertArrayEquals(Files.readAllBytes(MODEL), b.toByteArray(),
                "the committed name model differs from a fresh build: run ./marsad train ner");
    }
}
