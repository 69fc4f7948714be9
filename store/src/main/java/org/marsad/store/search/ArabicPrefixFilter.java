package org.marsad.store.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light prefix stripping on normalised Arabic terms: a conjunction (و ف), then a preposition (ب ك ل), then the
 * article (ال, or the ل left of it after the preposition ل as in للمدينة). Each cut keeps at least three letters
 * after a one-letter prefix and two after the article, so short words stay whole.
 */
final class ArabicPrefixFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    ArabicPrefixFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            char[] s = term.buffer();
            int len = term.length();
            int cut = cut(s, len);
            if (cut > 0) {
                System.arraycopy(s, cut, s, 0, len - cut);
                term.setLength(len - cut);
            }
        }
        return true;
    }

    /** How many leading chars of {@code s[0, len)} are prefixes. */
    static int cut(char[] s, int len) {
        int i = 0;
        if (len - i >= 4 && (s[i] == 'و' || s[i] == 'ف')) {
            i++;
        }
        boolean lam = false;
        if (len - i >= 4 && (s[i] == 'ب' || s[i] == 'ك' || s[i] == 'ل')) {
            lam = s[i] == 'ل';
            i++;
        }
        if (len - i >= 4 && s[i] == 'ا' && s[i + 1] == 'ل') {
            i += 2;
        } else if (lam && len - i >= 3 && s[i] == 'ل') {
            i++;
        }
        return i;
    }
}
