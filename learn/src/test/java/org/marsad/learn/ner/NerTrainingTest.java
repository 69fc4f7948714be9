package org.marsad.learn.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.marsad.core.names.MultiClassModel;
import org.marsad.core.names.NameLists;
import org.marsad.core.names.TrainedNameTagger;
import org.marsad.eval.ner.NerCorpus;

/** Training learns names from tagged sentences (written for this test), deterministically, and scores out of fold. */
class NerTrainingTest {
    private static final String[] PEOPLE = {"سمير", "كريم", "هاني", "نبيل", "وليد", "رامي", "فادي", "جمال"};
    private static final String[] PLACES = {"طرابلس", "صيدا", "حمص", "إربد", "سوسة", "وهران", "تعز", "الموصل"};

    /** "قال X في Y أمس ." with X a person and Y a place, varied. */
    static List<NerCorpus.Sentence> corpus(int n) {
        List<NerCorpus.Sentence> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String place = PLACES[(i * 3) % PLACES.length];
            out.add(new NerCorpus.Sentence(List.of("قال", person, "في", place, "أمس", "."),
                    Arrays.asList(null, "PERS", null, "LOC", null, null)));
        }
        return out;
    }

    static byte[] bytes(MultiClassModel m) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        m.write(b);
        return b.toByteArray();
    }

    @Test
    void learnsAndTheSameDataGivesTheSameBytes() throws Exception {
        NameLists lists = NameLists.standard();
        MultiClassModel m = new NerTraining(lists).train(corpus(40));
        assertEquals(NerTraining.LABELS, m.labels());
        List<String> tags = new TrainedNameTagger(m, lists).tag(List.of("قال", "كريم", "في", "حمص", "أمس", "."));
        assertEquals(Arrays.asList(null, "PERS", null, "LOC", null, null), tags);
        assertArrayEquals(bytes(m), bytes(new NerTraining(lists).train(corpus(40))));
    }

    @Test
    void outOfFoldTagsEverySentenceWithAModelThatDidNotSeeIt() {
        List<NerCorpus.Sentence> data = corpus(50);
        Function<List<List<String>>, List<List<String>>> oof = new NerTraining(NameLists.standard()).outOfFold(data);
        List<List<String>> doc = data.subList(5, 15).stream().map(NerCorpus.Sentence::words).toList();
        List<List<String>> tags = oof.apply(doc); // runs across the cut between part 0 and part 1
        assertEquals(10, tags.size());
        assertEquals("PERS", tags.get(0).get(1));
        assertEquals("LOC", tags.get(9).get(3));
        assertNull(tags.get(9).get(0));
        assertEquals(0, NerTraining.fold(50, 0));
        assertEquals(10, NerTraining.fold(50, 1));
        assertEquals(50, NerTraining.fold(50, NerTraining.FOLDS));
    }
}
