package org.marsad.core.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.text.ArabicNormalizer;

/** The lexicons mark the words of known places, titles, given names and organisations, clitics and all. */
class NameListsTest {
    private static boolean begins(int mark, NameLists.Kind k) {
        return (mark & (1 << k.ordinal())) != 0;
    }

    private static boolean inside(int mark, NameLists.Kind k) {
        return (mark & (1 << (k.ordinal() + 16))) != 0;
    }

    private static int[] marks(NameLists lists, String sentence) {
        String[] words = sentence.split(" ");
        String[] light = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            light[i] = lists.light(words[i]);
        }
        return lists.marks(light);
    }

    @Test
    void shippedListsMarkPlacesTitlesNamesAndCues() {
        NameLists lists = NameLists.standard();
        assertTrue(lists.size() > 10_000, "phrases: " + lists.size());
        int[] m = marks(lists, "وصل الدكتور أحمد إلى وبغداد ثم زار وزارة الخارجية");
        assertTrue(begins(m[1], NameLists.Kind.TITLE));
        assertTrue(begins(m[2], NameLists.Kind.GIVEN));
        assertTrue(begins(m[4], NameLists.Kind.PLACE), "proclitics و and ب are read off");
        assertTrue(begins(m[7], NameLists.Kind.ORG_CUE));
        assertEquals(0, m[0] & 0xFFFF & (1 << NameLists.Kind.PLACE.ordinal()));
    }

    @Test
    void multiWordPhrasesMarkTheirInsideWords() {
        Map<String, List<String>> files = Map.of(
                "/org/marsad/core/geo/gazetteer.tsv", List.of("# header", "رأس الخيمة|راس الخيمة\tRas\t1"),
                "/org/marsad/core/entity/actors_curated.tsv",
                List.of("حزب النور\tEGYPTY\tEGY\tPTY\t-\t-\t-\tcurated\t-"));
        NameLists lists = new NameLists(new ArabicNormalizer(), p -> files.getOrDefault(p, List.of()));
        int[] m = marks(lists, "في رأس الخيمة قال حزب النور");
        assertTrue(begins(m[1], NameLists.Kind.PLACE));
        assertTrue(inside(m[2], NameLists.Kind.PLACE));
        assertTrue(begins(m[2], NameLists.Kind.PLACE_WORD), "a word of a known multi-word place");
        assertTrue(begins(m[4], NameLists.Kind.ORG));
        assertTrue(inside(m[5], NameLists.Kind.ORG));
        assertTrue(begins(m[4], NameLists.Kind.ORG_CUE), "the head of a known organisation is a cue");
        assertEquals(0, m[0]);
        assertEquals(0, m[3]);
    }

    @Test
    void aMissingLexiconIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new NameLists(new ArabicNormalizer(), p -> null));
        assertTrue(e.getMessage().contains("/org/marsad/core/geo/gazetteer.tsv"), e.getMessage());
    }

    @Test
    void personsAreTwoOrMoreCapitalisedWordsWithoutGroupWords() {
        assertTrue(NameLists.personName("Bashar al-Assad"));
        assertTrue(NameLists.personName("Mohammed bin Salman"));
        assertTrue(NameLists.personName("Recep Tayyip Erdogan (Turkey)"));
        assertTrue(!NameLists.personName("Assad"), "one word");
        assertTrue(!NameLists.personName("Syrian Army"), "a group word");
        assertTrue(!NameLists.personName("the President"), "lower case");
        assertTrue(!NameLists.personName("-"));
    }
}
