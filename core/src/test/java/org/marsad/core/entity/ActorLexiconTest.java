package org.marsad.core.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

class ActorLexiconTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();

    private static String failure(String resource) {
        return assertThrows(IllegalStateException.class, () -> ActorLexicon.load(NORMALIZER, List.of(resource)))
                .getMessage();
    }

    @Test
    void badDateFailsWithFileAndLine() {
        String msg = failure("bad_date.tsv");
        assertTrue(msg.startsWith("bad_date.tsv:4: bad date '2020-13-01'"), msg);
    }

    @Test
    void unknownFlagFailsWithFileAndLine() {
        assertTrue(failure("bad_flag.tsv").startsWith("bad_flag.tsv:3: unknown flag 'loud'"));
    }

    @Test
    void shortRowFailsWithFileAndLine() {
        assertTrue(failure("short_row.tsv").startsWith("short_row.tsv:2: expected at least 9"));
    }

    @Test
    void lowerCaseCodeFailsWithFileAndLine() {
        assertTrue(failure("bad_code.tsv").startsWith("bad_code.tsv:3: bad actor code 'xyzMIL'"));
    }

    @Test
    void sectorOutsideTheClosedSetFailsWithFileAndLine() {
        String msg = failure("bad_sector.tsv");
        assertTrue(msg.startsWith("bad_sector.tsv:3: unknown sector 'QQQ'"), msg);
    }

    @Test
    void periodEndingBeforeItStartsFails() {
        assertTrue(failure("bad_period.tsv").startsWith("bad_period.tsv:3: valid_until"));
    }

    @Test
    void missingFileFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> ActorLexicon.load(NORMALIZER, List.of("no_such.tsv")));
    }

    @Test
    void bareKeyIgnoresTheArticleOnEachWord() {
        assertEquals("اتحاد افريقي", ActorLexicon.bare("الاتحاد الافريقي"));
        assertEquals("الله", ActorLexicon.bare("الله")); // too short to carry an article
    }

    @Test
    void manifestRowCountsMatchTheFiles() throws IOException {
        String manifest;
        try (InputStream in = ActorLexicon.class.getResourceAsStream("MANIFEST.md")) {
            manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String file : ActorLexicon.STANDARD) {
            Matcher m = Pattern.compile("\\| " + Pattern.quote(file) + " \\| (\\d+) \\|").matcher(manifest);
            assertTrue(m.find(), file + " missing from MANIFEST.md");
            int rows = TsvReader.read(ActorLexicon.class, file, ActorLexicon.COLUMNS).size();
            assertEquals(Integer.parseInt(m.group(1)), rows, file + " row count in MANIFEST.md");
        }
    }

    @Test
    void curatedFileHasNoDuplicateRows() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (TsvReader.Row row : TsvReader.read(ActorLexicon.class, "actors_curated.tsv", ActorLexicon.COLUMNS)) {
            String key = NORMALIZER.normalize(row.get(0)) + "|" + row.get(1) + "|" + row.get(5) + "|" + row.get(6);
            assertTrue(seen.add(key), row.file() + ":" + row.line() + ": duplicate of an earlier row: " + key);
        }
    }

    @Test
    void standardLexiconLoadsAndIsNotEmpty() {
        assertTrue(ActorLexicon.load(NORMALIZER).size() > 5000);
    }

    /**
     * {@link ActorLexicon#mayStart} may pass over a token only where the lexicon finds nothing: checked at every
     * token of sentences with clitics, the article, لل, tanween alef and words that start no entry.
     */
    @Test
    void anEntryStartsOnlyWhereMayStartSaysItMay() {
        ActorLexicon lexicon = ActorLexicon.load(NORMALIZER);
        String text = "قال وزير الخارجية الروسي إن للقوات التركية وللجيش السوري جنودا في المدينة، "
                + "وأكد الرئيس الأمريكي والحكومة العراقية أن مقاتلي الحركة وصلوا بالأمس إلى ضواحي دمشق";
        List<org.marsad.core.text.Token> tokens = new org.marsad.core.text.Tokenizer(NORMALIZER)
                .tokenize(text, 0, text.length());
        List<org.marsad.core.text.Token> adjusted = TokenForms.adjust(tokens);
        int found = 0;
        int passed = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean entry = lexicon.phrases().longestAt(adjusted, i) != null;
            boolean may = lexicon.mayStart(tokens, i);
            assertTrue(may || !entry, tokens.get(i).surface());
            found += entry ? 1 : 0;
            passed += may ? 0 : 1;
        }
        assertTrue(found >= 6, "entries found: " + found);
        assertTrue(passed >= 6, "words passed over: " + passed);
    }

    /**
     * Where no entry of two words or more can start ({@link ActorLexicon#walkAt} false), the memo of the word alone
     * ({@link ActorLexicon#aloneAt}) gives what the trie walk over the adjusted tokens gives: the same entries, one
     * word long. Checked at every token, twice (the second time the words' memos are read).
     */
    @Test
    void aWordReadAloneGivesWhatTheTrieGives() {
        ActorLexicon lexicon = ActorLexicon.load(NORMALIZER);
        String text = "قال وزير الخارجية الروسي إن للقوات التركية وللجيش السوري جنودا في المدينة، "
                + "وأكد الرئيس الأمريكي والحكومة العراقية أن مقاتلي الحركة وصلوا بالأمس إلى ضواحي دمشق "
                + "وقالت روسيا وتركيا والسعودية وايران إن الجيش الإسرائيلي والشرطة وحماس وحزب الله";
        org.marsad.core.text.Tokenizer tokenizer = new org.marsad.core.text.Tokenizer(NORMALIZER);
        int alone = 0;
        for (int pass = 0; pass < 2; pass++) {
            List<org.marsad.core.text.Token> tokens = tokenizer.tokenize(text, 0, text.length());
            List<org.marsad.core.text.Token> adjusted = TokenForms.adjust(tokens);
            for (int i = 0; i < tokens.size(); i++) {
                if (!lexicon.mayStart(tokens, i) || lexicon.walkAt(tokens, i)) {
                    continue;
                }
                var m = lexicon.phrases().longestAt(adjusted, i);
                assertSame(m == null ? null : m.value(), lexicon.aloneAt(tokens.get(i)), tokens.get(i).surface());
                assertTrue(m == null || m.end() == i + 1, tokens.get(i).surface());
                alone += m == null ? 0 : 1;
            }
        }
        assertTrue(alone >= 16, "words read alone: " + alone);
    }
}
