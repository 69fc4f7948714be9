package org.marsad.core.entity;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.text.Token;

/**
 * Adds the article-bearing form that clitic stripping can lose: للقوات → القوات (ل + ال writes one lam),
 * وللحكومة → الحكومة. Lexicon keys written with ال then match after لل. Same tokens, same offsets.
 */
final class ArticleForms {
    private static final String[] LAM_PREFIXES = {"ولل", "فلل", "لل"};

    private ArticleForms() {
    }

    static List<Token> augment(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String extra = withArticle(t.norm());
            if (extra != null && !t.forms().contains(extra)) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                List<String> forms = new ArrayList<>(t.forms());
                forms.add(extra);
                out.set(i, new Token(t.start(), t.end(), t.surface(), t.norm(), forms, t.proclitics(), t.enclitic()));
            }
        }
        return out == null ? tokens : out;
    }

    private static String withArticle(String norm) {
        for (String p : LAM_PREFIXES) {
            if (norm.startsWith(p) && norm.length() - p.length() >= 2) {
                return "ال" + norm.substring(p.length());
            }
        }
        return null;
    }
}
