package org.marsad.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;

/** Greedy decoding with the previous tag, document-level learning of person names, and the shipped model. */
class TrainedNameTaggerTest {
    private static final List<String> LABELS = List.of("O", "PERS", "LOC", "ORG");

    private static NameLists empty() {
        return new NameLists(new ArabicNormalizer(), p -> List.of());
    }

    /** A model where the word زيد is a person and a word after a person is a place. */
    private static TrainedNameTagger toy() {
        NameFeatures f = new NameFeatures(12, empty());
        float[][] w = new float[4][(1 << 12) + 1];
        w[1][f.index("w", "زيد")] = 5;
        w[2][f.index("t1", "PERS")] = 5;
        return new TrainedNameTagger(new MultiClassModel(12, LABELS, w, new float[] {1, 0, 0, 0}), empty());
    }

    @Test
    void decodesLeftToRightWithThePreviousTag() {
        List<String> tags = toy().tag(List.of("قال", "زيد", "القاهرة", "أمس"));
        assertEquals(Arrays.asList(null, "PERS", "LOC", null), tags);
    }

    @Test
    void aPersonLearntInTheDocumentAppliesWithinIt() {
        List<List<String>> doc = toy().tagDocument(List.of(List.of("قال", "زيد"), List.of("ورد", "وزيد")));
        assertEquals("PERS", doc.get(0).get(1));
        assertEquals("PERS", doc.get(1).get(1), "وزيد: the stem زيد was tagged in the document");
        assertNull(doc.get(1).get(0));
        assertNull(toy().tag(List.of("ورد", "وزيد")).get(1), "alone, the sentence does not know وزيد");
    }

    @Test
    void theShippedModelTagsAnOwnSentence() {
        TrainedNameTagger t = TrainedNameTagger.shipped();
        assertNotNull(t, "the build ships core/src/main/resources/org/marsad/core/names/name-tagger.bin");
        // written for this test
        List<String> words = List.of("وصل", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "إلى", "القاهرة", "صباح",
                "اليوم", "للقاء", "الرئيس", "عبد", "الفتاح", "السيسي", ".");
        List<String> tags = t.tag(words);
        assertEquals("PERS", tags.get(4), tags.toString());
        assertEquals("LOC", tags.get(6), tags.toString());
        assertEquals("PERS", tags.get(13), tags.toString());
        assertNull(tags.get(0), tags.toString());
        assertNull(tags.get(8), tags.toString());
    }
}
