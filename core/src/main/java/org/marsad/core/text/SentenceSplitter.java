package org.marsad.core.text;

import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Span;

/**
 * Splits a range of text into sentences at . ؟ ! ؛ and line breaks, not inside «quotes».
 * FIRST VERSION: no abbreviation handling yet.
 */
public final class SentenceSplitter {

    public List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int s = from;
        int quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«') {
                quote++;
            } else if (c == '»' && quote > 0) {
                quote--;
            }
            boolean end = c == '\n' || (quote == 0 && (c == '.' || c == '؟' || c == '!' || c == '؛' || c == '?'));
            if (end) {
                add(text, s, c == '\n' ? i : i + 1, out);
                s = i + 1;
                if (c == '\n') {
                    quote = 0;
                }
            }
        }
        add(text, s, to, out);
        return out;
    }

    private static void add(String text, int s, int e, List<Span> out) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            out.add(new Span(s, e));
        }
    }
}
