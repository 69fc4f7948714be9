package org.marsad.eval.ner;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.marsad.core.entity.PersonName;
import org.marsad.core.text.Token;
import org.marsad.eval.ner.NameTagger.Type;

/**
 * Completes the person names a tagger found with the links of Arabic names, after the other rules ran:
 * <ul>
 * <li>a kinship link (بن، بنت) between two name words joins them and itself into one name (علي بن أبي طالب,
 * سهل بن حنيف), whether or not a part was already tagged;</li>
 * <li>a name ending in a link that needs a word after it (بن، بنت، ابن، أبو، أبي، أبا، عبد، آل) takes that word,
 * the article allowed (عبد الكريم، أبو الحسن، آل نهيان);</li>
 * <li>a name of two words or more takes a following definite nisba (محمد علي العظمي، عبد الكريم الخطابي) that
 * is no lexicon entry (not المصري, a nationality).</li>
 * </ul>
 * Only spaces may stand between the words. Stateless.
 */
final class NameChains {
    private static final Set<String> KIN = Set.of("بن", "بنت");
    private static final Set<String> OPEN = Set.of("بن", "بنت", "ابن", "ابو", "ابي", "ابا", "عبد", "ال");
    private static final int MAX_ROUNDS = 4;

    private NameChains() {
    }

    /**
     * Extends the PERS tags of {@code out} in place. {@code known} tells a token that starts a lexicon entry or
     * is a common word (it never joins a name).
     */
    static void extend(String text, List<Token> tokens, Type[] out, IntPredicate known) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean changed = false;
            for (int k = 0; k < tokens.size(); k++) {
                changed |= kin(text, tokens, out, known, k) | open(text, tokens, out, k) | nisba(text, tokens, out, known, k);
            }
            if (!changed) {
                return;
            }
        }
    }

    private static boolean kin(String text, List<Token> tokens, Type[] out, IntPredicate known, int k) {
        if (k == 0 || k + 1 >= tokens.size() || !KIN.contains(tokens.get(k).norm())) {
            return false;
        }
        boolean before = out[k - 1] == Type.PERS || free(out, k - 1) && word(tokens.get(k - 1), false)
                && !known.test(k - 1);
        boolean after = out[k + 1] == Type.PERS || free(out, k + 1) && word(tokens.get(k + 1), true);
        if (!before || !after || !joined(text, tokens, k - 1, k + 1)) {
            return false;
        }
        return set(out, k - 1, k + 2);
    }

    private static boolean open(String text, List<Token> tokens, Type[] out, int k) {
        if (out[k] != Type.PERS || k + 1 >= tokens.size() || out[k + 1] != null
                || !OPEN.contains(tokens.get(k).norm()) || !word(tokens.get(k + 1), true)
                || !joined(text, tokens, k, k + 1)) {
            return false;
        }
        return set(out, k + 1, k + 2);
    }

    private static boolean nisba(String text, List<Token> tokens, Type[] out, IntPredicate known, int k) {
        if (k < 2 || out[k] != null || out[k - 1] != Type.PERS || out[k - 2] != Type.PERS) {
            return false;
        }
        String n = tokens.get(k).norm();
        boolean nisba = n.startsWith("ال") && n.length() >= 5 && n.endsWith("ي") && tokens.get(k).proclitics().isEmpty();
        if (!nisba || known.test(k) || !joined(text, tokens, k - 1, k)) {
            return false;
        }
        return set(out, k, k + 1);
    }

    private static boolean free(Type[] out, int k) {
        return out[k] == null;
    }

    /** A word that can be part of a name: letters, not a function word; the article only when allowed. */
    private static boolean word(Token t, boolean definiteOk) {
        String n = t.norm();
        return n.length() >= 2 && Character.isLetter(n.charAt(0)) && !t.isNumber() && !PersonName.isStop(n)
                && (definiteOk || !n.startsWith("ال"));
    }

    private static boolean joined(String text, List<Token> tokens, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (!PersonName.onlySpaceBetween(text, tokens.get(k - 1), tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean set(Type[] out, int from, int to) {
        boolean changed = false;
        for (int k = from; k < to; k++) {
            changed |= out[k] != Type.PERS;
            out[k] = Type.PERS;
        }
        return changed;
    }
}
