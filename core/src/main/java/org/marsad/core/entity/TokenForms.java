package org.marsad.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.core.text.Token;
import org.marsad.core.text.TokenViews;

/**
 * Adjusts the tokenizer's lookup forms for actor matching, with two rules of Arabic morphology and one of
 * spelling. Same tokens, same offsets; only {@link Token#forms()} changes.
 * <ul>
 * <li>ل + ال is written لل: للقوات also gets the form القوات, so keys written with the article match.</li>
 * <li>The article and a possessive pronoun never meet: الرئيسي is "the main", not "the president" + ي, so a
 * definite word loses the forms made by stripping a pronoun.</li>
 * <li>A final ة is never a pronoun: مالية does not give مالي (Mali).</li>
 * <li>News rarely speaks in the first person: a final ي is the nisba (رئيسي "main", عسكري), not "my", so the
 * form without it is dropped (construct plurals such as مقاتلي are lexicon entries of their own).</li>
 * <li>The accusative tanween is written with a final alef: جنودا, مسلحا also get جنود, مسلح.</li>
 * </ul>
 */
public final class TokenForms {
    private static final String[] LAM_PREFIXES = {"ولل", "فلل", "لل"};
    private static final String[] DEFINITE_PREFIXES = {"ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل"};
    private static final Set<String> ENCLITICS = Set.of("هما", "هم", "هن", "ها", "ه", "كم", "كما", "نا", "ي", "ك");

    /** The adjusted forms, worked out once per word. */
    static final TokenViews ADJUSTED = new TokenViews(TokenForms::forms);

    private TokenForms() {
    }

    public static List<Token> adjust(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token adjusted = ADJUSTED.of(t);
            if (adjusted != t) {
                if (out == null) {
                    out = new ArrayList<>(tokens);
                }
                out.set(i, adjusted);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * The forms a place name can take: the word itself and the word without its proclitics (بدمشق → دمشق,
     * للقدس → القدس), never a form with a pronoun or a tanween alef taken off (بلاده is not بلا, سنويا is not
     * سنوي), nor the future prefix س (a verb's: سنويا is not نويا). Worked out once per word.
     */
    public static final TokenViews PLACE_FORMS = new TokenViews(TokenForms::placeForms);

    private static List<String> placeForms(Token t) {
        List<String> kept = new ArrayList<>(t.forms().size());
        String n = t.norm();
        for (String f : t.forms()) {
            boolean lam = n.startsWith("لل") && f.startsWith("ال") && n.endsWith(f.substring(2));
            boolean stripped = n.endsWith(f) && !n.substring(0, n.length() - f.length()).contains("س");
            if (stripped || lam) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Whether the word carries the article (الحكومة, والقوات, للجيش). */
    static boolean isDefinite(Token t) {
        return startsWithAny(t.norm(), DEFINITE_PREFIXES);
    }

    private static List<String> forms(Token t) {
        boolean definite = isDefinite(t);
        boolean taMarbuta = endsWithTaMarbuta(t.surface());
        List<String> kept = new ArrayList<>(t.forms().size() + 1);
        for (String f : t.forms()) {
            String pronoun = strippedPronoun(f, t.forms());
            boolean drop = pronoun != null && (definite || pronoun.equals("ي") || taMarbuta && pronoun.equals("ه"));
            if (!drop || f.equals(t.norm())) {
                kept.add(f);
            }
        }
        String norm = t.norm();
        if (norm.length() >= 4 && norm.endsWith("ا") && !kept.contains(norm.substring(0, norm.length() - 1))) {
            kept.add(norm.substring(0, norm.length() - 1));
        }
        for (String p : LAM_PREFIXES) {
            if (t.norm().startsWith(p) && t.norm().length() - p.length() >= 2) {
                String withArticle = "ال" + t.norm().substring(p.length());
                if (!kept.contains(withArticle)) {
                    kept.add(withArticle);
                }
                break;
            }
        }
        return kept;
    }

    /** The pronoun that another form has after {@code f}, when {@code f} was made by stripping it; else null. */
    private static String strippedPronoun(String f, List<String> forms) {
        for (String g : forms) {
            if (g.length() > f.length() && g.startsWith(f) && ENCLITICS.contains(g.substring(f.length()))) {
                return g.substring(f.length());
            }
        }
        return null;
    }

    private static boolean endsWithTaMarbuta(String surface) {
        for (int i = surface.length() - 1; i >= 0; i--) {
            char c = surface.charAt(i);
            boolean mark = c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
            if (!mark) {
                return c == 'ة' || c == 'ﺔ' || c == 'ﺓ';
            }
        }
        return false;
    }

    private static boolean startsWithAny(String s, String[] prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() - p.length() >= 2) {
                return true;
            }
        }
        return false;
    }
}
