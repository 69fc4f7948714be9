package org.marsad.core.text;

import java.util.List;
import org.marsad.model.Span;

/**
 * A word of the original text. {@code start}/{@code end} are original offsets. {@code norm} is the whole word
 * normalised; {@code forms} lists candidate normalised bases for lexicon lookup, most literal first: the whole
 * word, then with proclitics (و ف ب ل ك ال, in combinations) and an attached pronoun stripped. {@code proclitics}
 * and {@code enclitic} record what the most stripped form removed ("" when nothing).
 */
public record Token(int start, int end, String surface, String norm, List<String> forms, String proclitics,
                    String enclitic) {
    public Token {
        forms = List.copyOf(forms);
    }

    public Span span() {
        return new Span(start, end);
    }

    /** True when {@code key} (already normalised) is one of this token's forms. */
    public boolean hasForm(String key) {
        return forms.contains(key);
    }

    public boolean isNumber() {
        return !norm.isEmpty() && Character.isDigit(norm.charAt(0));
    }
}
