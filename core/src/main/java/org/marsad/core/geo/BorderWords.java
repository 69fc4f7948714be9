package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordMemo;

/**
 * The border words written before a place ({@code borders.tsv}): "السياج الحدودي مع لبنان", "الحدود الشرقية
 * لسوريا", "منطقة الحدود بين الأردن والعراق". Read backwards from the place's first token: a link (مع، بين), a
 * side (الشرقية), then the border itself (الحدود، السياج الفاصل), and an area word before it (منطقة). The place as
 * written then starts at the border, as a coder quotes it; where it is resolved does not change. Immutable.
 */
final class BorderWords {
    private static final String RESOURCE = "borders.tsv";

    enum Role { AREA, BORDER, SIDE, LINK }

    /**
     * A border phrase before a place: its first token, the normalised length of an attached و/ب/ل to leave out of
     * it, and whether its link is بين (the place joined by و after the first is the border's other side).
     */
    record Border(int firstToken, int procliticLength, boolean between) {
    }

    private final Map<Role, List<String[]>> phrases;
    private final String between;
    /**
     * By word, the roles (bit {@code 1 << ordinal}) that have a phrase whose last word it can be, worked out once per
     * word: a place is asked for the phrase ending before it, and before most places stands no border word, which
     * the word's memo tells without comparing it with every phrase of every role.
     */
    private final WordMemo<Integer> endings = new WordMemo<>(Integer.class, this::endingRoles);

    private BorderWords(Map<Role, List<String[]>> phrases, String between) {
        this.phrases = phrases;
        this.between = between;
    }

    /** Loads the package's list; a row with an unknown role fails with {@code file:line: reason}. */
    static BorderWords load(ArabicNormalizer normalizer) {
        Map<Role, List<String[]>> phrases = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            phrases.put(r, new ArrayList<>());
        }
        for (TsvReader.Row row : TsvReader.read(BorderWords.class, RESOURCE, 2)) {
            Role role;
            try {
                role = Role.valueOf(row.get(1));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown role '" + row.get(1) + "'");
            }
            phrases.get(role).add(normalizer.normalize(row.get(0)).split(" "));
        }
        phrases.replaceAll((r, l) -> List.copyOf(l));
        return new BorderWords(phrases, normalizer.normalize("بين"));
    }

    /** The border phrase that ends right before token {@code first}, or null when none does. */
    Border before(List<Token> tokens, int first) {
        int p = first;
        boolean isBetween = false;
        String[] link = endingAt(tokens, p, Role.LINK);
        if (link != null) {
            isBetween = link.length == 1 && link[0].equals(between);
            p -= link.length;
        }
        String[] side = endingAt(tokens, p, Role.SIDE);
        p -= side == null ? 0 : side.length;
        String[] border = endingAt(tokens, p, Role.BORDER);
        if (border == null) {
            return null;
        }
        p -= border.length;
        String[] area = endingAt(tokens, p, Role.AREA);
        p -= area == null ? 0 : area.length;
        String firstWord = (area != null ? area : border)[0];
        Token t = tokens.get(p);
        return new Border(p, t.norm().length() - firstWord.length(), isBetween);
    }

    /**
     * The longest phrase of {@code role} whose words are the tokens right before {@code end} (of two, the one whose
     * first word is longer: "الحدود" itself rather than "حدود" with ال before it); or null.
     */
    private String[] endingAt(List<Token> tokens, int end, Role role) {
        if (end <= 0 || (endings.of(tokens.get(end - 1)) & 1 << role.ordinal()) == 0) {
            return null; // no phrase of the role can end here: its last word is not the token before end
        }
        String[] best = null;
        for (String[] words : phrases.get(role)) {
            int from = end - words.length;
            if (from < 0 || best != null && (best.length > words.length
                    || best.length == words.length && best[0].length() >= words[0].length())) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < words.length && all; i++) {
                all = i == 0 ? hasForm(tokens.get(from), words[0]) : tokens.get(from + i).norm().equals(words[i]);
            }
            if (all) {
                best = words;
            }
        }
        return best;
    }

    /**
     * The roles of {@link #endings} for the word of {@code t}: a phrase's last word matches as {@link #endingAt}
     * compares it (the first word of a one-word phrase by {@link #hasForm}, a later word by its norm).
     */
    private int endingRoles(Token t) {
        int roles = 0;
        for (Map.Entry<Role, List<String[]>> e : phrases.entrySet()) {
            for (String[] words : e.getValue()) {
                String last = words[words.length - 1];
                if (words.length == 1 ? hasForm(t, last) : t.norm().equals(last)) {
                    roles |= 1 << e.getKey().ordinal();
                    break;
                }
            }
        }
        return roles;
    }

    /** The word itself or with an attached و/ب/ل/ف before it ("بالحدود", "والسياج"). */
    private static boolean hasForm(Token t, String word) {
        return t.norm().equals(word) || t.forms().contains(word) && t.norm().endsWith(word);
    }
}
