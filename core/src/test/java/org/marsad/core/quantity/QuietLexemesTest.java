package org.marsad.core.quantity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.core.lex.FormMarks;
import org.marsad.core.lex.Lexeme;
import org.marsad.core.lex.Openers;
import org.marsad.core.lex.SentenceLexemes;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.RandomText;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.Tokenizer;
import org.marsad.core.text.WordHints;

/**
 * A lexeme placed from a token whose quiet hint is set (its word not read, {@link Lexeme#quiet}) answers every
 * question as the lexeme read from the word does: first what the finders ask of it without reading the word (kind,
 * marks of the openers, page offsets), then everything else.
 */
class QuietLexemesTest {
    private static final ArabicNormalizer NORMALIZER = new ArabicNormalizer();
    private static final FormMarks OPENERS = new FormMarks(Map.of("قتل", 1, "اصيب", 1, "يوم", 1));
    private static final Openers OPENING = new Openers(OPENERS);
    private static final Tokenizer HINTED = new Tokenizer(NORMALIZER, new WordHints(List.of(OPENING.quietHint())));
    private static final Tokenizer PLAIN = new Tokenizer(NORMALIZER);
    private static final String ALPHABET = "0123456789٠١٢٣٤٥٦٧٨٩,٬.-/:«» \n\u00A0قتلمأصيبنحوكثرلاهيإة ًَـ\u200B…";

    private static Sentence sentence(Tokenizer tokenizer, String text) {
        return new Sentence(0, text.length(), tokenizer.tokenize(text, 0, text.length()));
    }

    /** What a finder asks of a lexeme before it reads any word: answered from the token for a quiet one. */
    private static String unread(List<Lexeme> t) {
        StringBuilder b = new StringBuilder();
        for (Lexeme l : t) {
            b.append(l.kind()).append(l.isWord()).append(l.isNumber()).append(l.marksIn(OPENERS)).append('[')
                    .append(l.start()).append(',').append(l.end()).append(")->").append(l.pageStart(0)).append('-')
                    .append(l.pageEnd()).append('\n');
        }
        return b.toString();
    }

    /** Everything else, which reads the word. */
    private static String read(List<Lexeme> t) {
        StringBuilder b = new StringBuilder();
        for (Lexeme l : t) {
            b.append(l).append(String.join("|", l.forms())).append(l.is("قتل")).append(l.is("المدينه"));
            for (int k = 0; k < l.text().length(); k++) {
                b.append(' ').append(l.pageStart(k));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static List<Lexeme> flat(List<List<Lexeme>> chunks) {
        List<Lexeme> out = new ArrayList<>();
        chunks.forEach(out::addAll);
        return out;
    }

    @Test
    void quietTokensGiveTheLexemesTheirWordsGive() {
        List<String> texts = new ArrayList<>(List.of(
                "قُتِل ثلاثة أشخاص يوم الأحد في المدينة، وأُصيب 12 آخرون.",
                "وقال المتحدث إن الوضع هادئ في المدينة إلا أن 3 قذائف سقطت.",
                "قتلى وجرحى بالمئات… في «إدلب» يوم ١٢/٣ ؛ والحصيلة 1,200"));
        texts.addAll(RandomText.strings(31, ALPHABET, 3000, 60));
        int quiet = 0;
        for (String text : texts) {
            Sentence hinted = sentence(HINTED, text);
            Sentence plain = sentence(PLAIN, text);
            quiet += (int) hinted.tokens().stream().filter(OPENING::hintsQuiet).count();
            List<Lexeme> fromHints = flat(SentenceLexemes.of(NORMALIZER, text, hinted, OPENING));
            List<Lexeme> fromWords = flat(SentenceLexemes.of(NORMALIZER, text, plain, OPENING));
            assertEquals(unread(fromWords), unread(fromHints), text);
            assertEquals(read(fromWords), read(fromHints), text);
        }
        assertTrue(quiet > 3000, "many tokens are told quiet by their hint: " + quiet);
    }

    @Test
    void aQuietTokensLexemeIsReadOnlyWhenAsked() {
        String text = "وقال المتحدث إن 3 قذائف سقطت";
        Sentence s = sentence(HINTED, text);
        Token said = s.tokens().get(0);
        assertTrue(OPENING.hintsQuiet(said));
        Lexeme l = flat(SentenceLexemes.of(NORMALIZER, text, s, OPENING)).get(0);
        assertEquals(0, l.marksIn(OPENERS), "the hint answers for the openers");
        assertEquals("وقال", l.text());
        assertEquals(List.of("وقال", "قال"), List.of(l.forms()));
        assertTrue(l.is("قال"));
    }
}
