package org.marsad.core.quantity;

import java.util.function.Predicate;
import org.marsad.model.Span;

/**
 * Maps a span of lexemes back to the page text: from where their chars came from ({@link Lexeme#pageStart}),
 * widened over diacritics and tatweel that end the last word in the original ({@code أمسِ} stays whole).
 */
public final class SourceSpans {
    private SourceSpans() {
    }

    /**
     * The page span from char {@code trim} of lexeme {@code first} to the end of lexeme {@code last}, widened over
     * the marks that follow it in the page up to {@code limit} (the sentence's end).
     */
    public static Span toPage(String page, Lexeme first, int trim, Lexeme last, int limit) {
        int e = last.pageEnd();
        while (e < limit && isMark(page.charAt(e))) {
            e++;
        }
        return new Span(first.pageStart(trim), e);
    }

    /**
     * Length of the proclitics ({@code و ف ب ل ك}) a matched lexeme carries: none when the word as written is
     * {@code known}, else what the first known stripped form leaves out ({@code لعام} -> 1, {@code وبعد} -> 0).
     */
    public static int clitics(Lexeme l, Predicate<String> known) {
        if (!l.isWord() || known.test(l.text())) {
            return 0;
        }
        String[] forms = l.forms();
        for (int k = 1; k < forms.length; k++) {
            if (known.test(forms[k])) {
                return Math.max(0, l.text().length() - forms[k].length());
            }
        }
        return 0;
    }

    static boolean isMark(char c) {
        return c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
    }
}
