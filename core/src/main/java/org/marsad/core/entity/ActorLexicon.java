package org.marsad.core.entity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.lex.Match;
import org.marsad.core.lex.PhraseLexicon;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordMemo;
import org.marsad.model.Sector;

/**
 * The actor lexicon: every phrase with its entries (one per validity period), from the TSV files listed in
 * {@link #STANDARD}, earlier files winning for the same normalised phrase (compared without articles, see
 * {@link #bare}). Derived phrases that are a curated agent plus a nationality are dropped (the recognizer
 * composes them); derived phrases starting with a curated title's first word become titles. Immutable; share
 * it across threads.
 *
 * <p>Columns: phrase, code, country (ISO-3, IGO, IMG, NGO or -), sector (or -), name_en, valid_from,
 * valid_until (ISO dates or -), source, flags (comma-separated {@link ActorFlag}s or -).
 */
public final class ActorLexicon {
    /** The project's actor files, highest precedence first. */
    public static final List<String> STANDARD = List.of("actors_curated.tsv", "actors_countries.tsv",
            "actors_petrarch.tsv", "agents_petrarch.tsv");
    static final int COLUMNS = 9;

    private final PhraseLexicon<List<ActorEntry>> phrases;
    /** {@link #roles} bits: an adjusted form is the first word of an entry, a whole one-word entry, a second word. */
    private static final int FIRST = 1;
    private static final int WHOLE = 2;
    private static final int SECOND = 4;
    /** {@link #roles} bit: an adjusted form is the first word of an entry of two words or more. */
    private static final int LONGER = 8;
    /** Each word of the keys (as the phrase lexicon splits them) with the bits above. */
    private final Map<String, Integer> wordRoles;
    /**
     * Per word: the bits of its adjusted forms' roles, and for a word that is a whole entry the entries its one-word
     * key gives: most hits are one word long, and for them this one read replaces a trie walk over the word's forms
     * at every occurrence. One memo per lexicon (a lexicon is loaded once per run), the phrase lexicon's
     * ({@link PhraseLexicon#alone}) with the roles beside the one-word entries.
     */
    private final WordMemo<ActorWord> words;

    /** What this lexicon says of a word: its {@link #FIRST}... bits, and its one-word key's entries (null: none). */
    private record ActorWord(int roles, List<ActorEntry> alone) {
    }

    /** The answer for each combination of bits, shared by the words that are no one-word key (most words). */
    private static final List<ActorWord> NOT_ALONE = notAlone();

    /**
     * Whether a word is the first word of an entry ({@link #FIRST}), for a tokenizer to work out once per word and
     * hand to its tokens: the actor scan asks it of every token of the sentences it reads, and most are not.
     */
    private final WordHint firstHint = new WordHint(t -> (roles(t) & FIRST) != 0);

    private ActorLexicon(PhraseLexicon<List<ActorEntry>> phrases, Map<String, Integer> wordRoles) {
        this.phrases = phrases;
        this.wordRoles = Map.copyOf(wordRoles);
        this.words = phrases.alone(TokenForms.ADJUSTED, ActorWord.class, (t, longer, m) -> describe(t, m));
    }

    /**
     * Whether an entry may start at token {@code i} of {@code tokens} read with their adjusted forms
     * ({@link TokenForms}): when not, {@code phrases().longestAt} finds nothing there. An entry needs the token to
     * be its first word, and to be a whole entry or be followed by a second word of some entry. Worked out once per
     * word; most words start no entry, so a recognizer passes over them without adjusting their forms or reading
     * their ids.
     */
    boolean mayStart(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (firstHint.of(t) == 0) {
            return false;
        }
        int here = roles(t);
        if ((here & FIRST) == 0) {
            return false;
        }
        return (here & WHOLE) != 0 || i + 1 < tokens.size() && (roles(tokens.get(i + 1)) & SECOND) != 0;
    }

    /**
     * The entries of the one-word key that {@code t}'s word is (its adjusted forms, the first that is a key), or
     * null: what {@code phrases().longestAt} finds at a token where {@link #mayStart} holds and {@link #walkAt} does
     * not, read once per word instead of walking the trie over the word's forms at each occurrence.
     */
    List<ActorEntry> aloneAt(Token t) {
        return words.of(t).alone();
    }

    /**
     * Whether an entry of two words or more may start at token {@code i} (its word is the first word of one and the
     * next word the second word of one): then the trie must be walked there. Ask only where {@link #mayStart} holds.
     */
    boolean walkAt(List<Token> tokens, int i) {
        return (roles(tokens.get(i)) & LONGER) != 0 && i + 1 < tokens.size()
                && (roles(tokens.get(i + 1)) & SECOND) != 0;
    }

    private int roles(Token t) {
        return words.of(t).roles();
    }

    /** {@code m}: the match of the word alone, read with its adjusted forms. */
    private ActorWord describe(Token t, Match<List<ActorEntry>> m) {
        int bits = rolesOf(t);
        return (bits & WHOLE) == 0 || m == null ? NOT_ALONE.get(bits) : new ActorWord(bits, m.value());
    }

    private static List<ActorWord> notAlone() {
        List<ActorWord> out = new ArrayList<>();
        for (int bits = 0; bits <= (FIRST | WHOLE | SECOND | LONGER); bits++) {
            out.add(new ActorWord(bits, null));
        }
        return List.copyOf(out);
    }

    private int rolesOf(Token t) {
        int bits = 0;
        for (String f : TokenForms.ADJUSTED.word(t).forms()) {
            Integer r = wordRoles.get(f);
            bits |= r == null ? 0 : r;
        }
        return bits;
    }

    /** The hint a tokenizer may give its tokens so that the actor scan passes over most of them without their words. */
    public WordHint hint() {
        return firstHint;
    }

    public PhraseLexicon<List<ActorEntry>> phrases() {
        return phrases;
    }

    public int size() {
        return phrases.size();
    }

    /** The standard lexicon, keys normalised with {@code normalizer}. */
    public static ActorLexicon load(ArabicNormalizer normalizer) {
        return load(normalizer, STANDARD);
    }

    /** Loads the named resources (next to this class), earlier files winning; a bad row fails with file:line. */
    public static ActorLexicon load(ArabicNormalizer normalizer, List<String> resources) {
        Map<String, List<ActorEntry>> byPhrase = new LinkedHashMap<>();
        Set<String> bareKeys = new HashSet<>();
        for (String resource : resources) {
            Map<String, List<ActorEntry>> fromFile = new LinkedHashMap<>();
            for (TsvReader.Row row : TsvReader.read(ActorLexicon.class, resource, COLUMNS)) {
                String key = key(normalizer, row);
                fromFile.computeIfAbsent(key, k -> new ArrayList<>()).add(entry(row, resource.contains("curated")));
            }
            Set<String> fileBareKeys = new HashSet<>();
            fromFile.forEach((key, entries) -> {
                String bare = bare(key);
                if (!bareKeys.contains(bare)) {
                    byPhrase.putIfAbsent(key, entries);
                    fileBareKeys.add(bare);
                }
            });
            bareKeys.addAll(fileBareKeys);
        }
        dropComposable(byPhrase);
        Set<String> titleWords = curatedTitleWords(byPhrase);
        PhraseLexicon.Builder<List<ActorEntry>> b = PhraseLexicon.builder(normalizer);
        Map<String, Integer> wordRoles = new HashMap<>();
        byPhrase.forEach((phrase, entries) -> {
            b.add(phrase, titled(phrase, entries, titleWords));
            List<String> words = PhraseLexicon.Builder.words(normalizer.normalize(phrase));
            if (!words.isEmpty()) {
                wordRoles.merge(words.get(0), words.size() == 1 ? FIRST | WHOLE : FIRST | LONGER, (x, y) -> x | y);
            }
            if (words.size() > 1) {
                wordRoles.merge(words.get(1), SECOND, (x, y) -> x | y);
            }
        });
        return new ActorLexicon(b.build(), wordRoles);
    }

    /**
     * Removes derived phrases that are a curated agent followed by a nationality or country (حكومة روسيا,
     * وزير خارجية روسي): the recognizer composes those itself, with the grammar checks a fixed phrase skips.
     */
    private static void dropComposable(Map<String, List<ActorEntry>> byPhrase) {
        Set<String> agents = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        byPhrase.forEach((phrase, entries) -> {
            ActorEntry e = entries.get(0);
            if (e.curated() && e.isAgent() && !e.has(ActorFlag.SIDE)) {
                agents.add(bare(phrase));
            }
            if (e.isModifier()) {
                modifiers.add(bare(phrase));
            }
        });
        byPhrase.entrySet().removeIf(en -> !en.getValue().get(0).curated() && composable(bare(en.getKey()), agents, modifiers));
    }

    private static boolean composable(String bareKey, Set<String> agents, Set<String> modifiers) {
        for (int sp = bareKey.indexOf(' '); sp > 0; sp = bareKey.indexOf(' ', sp + 1)) {
            if (agents.contains(bareKey.substring(0, sp)) && modifiers.contains(bareKey.substring(sp + 1))) {
                return true;
            }
        }
        return false;
    }

    /** First words of the curated titles (الرئيس, وزير, ...). */
    private static Set<String> curatedTitleWords(Map<String, List<ActorEntry>> byPhrase) {
        Set<String> words = new HashSet<>();
        byPhrase.forEach((phrase, entries) -> {
            if (entries.get(0).curated() && entries.get(0).has(ActorFlag.TITLE)) {
                words.add(firstWord(phrase));
            }
        });
        return words;
    }

    /** Derived entries that start with a title word (وزير خارجية روسي) are titles too: a name may follow. */
    private static List<ActorEntry> titled(String phrase, List<ActorEntry> entries, Set<String> titleWords) {
        if (entries.get(0).curated() || !titleWords.contains(firstWord(phrase))) {
            return List.copyOf(entries);
        }
        List<ActorEntry> out = new ArrayList<>(entries.size());
        for (ActorEntry e : entries) {
            Set<ActorFlag> flags = EnumSet.of(ActorFlag.TITLE);
            flags.addAll(e.flags());
            out.add(new ActorEntry(e.code(), e.from(), e.until(), flags, e.curated()));
        }
        return List.copyOf(out);
    }

    /**
     * The key without the article on each word. A token matches both "الاتحاد" and "اتحاد", so a lower file's
     * "اتحاد افريقي" must not shadow a higher file's "الاتحاد الافريقي": the first file with a bare key owns it.
     */
    static String bare(String key) {
        StringBuilder sb = new StringBuilder(key.length());
        for (String w : key.split(" ")) {
            sb.append(sb.length() == 0 ? "" : " ").append(w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w);
        }
        return sb.toString();
    }

    private static String firstWord(String phrase) {
        int space = phrase.indexOf(' ');
        return space < 0 ? phrase : phrase.substring(0, space);
    }

    private static String key(ArabicNormalizer normalizer, TsvReader.Row row) {
        StringBuilder key = new StringBuilder();
        for (String word : normalizer.normalize(row.get(0)).split(" ")) {
            if (!word.isEmpty()) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        if (key.length() == 0) {
            throw row.error("empty phrase");
        }
        return key.toString();
    }

    static ActorEntry entry(TsvReader.Row row, boolean curated) {
        String code = row.get(1);
        if (code.length() < 3 || !capitals(code)) {
            throw row.error("bad actor code '" + code + "' (expected 3 or more capital letters)");
        }
        String country = row.optional(2);
        if (country != null && (country.length() != 3 || !capitals(country))) {
            throw row.error("bad country '" + country + "' (expected ISO alpha-3, IGO, IMG, NGO or -)");
        }
        String sector = row.optional(3);
        if (sector != null && (sector.length() != 3 || !capitals(sector))) {
            throw row.error("bad sector '" + sector + "' (expected three capital letters or -)");
        }
        if (sector != null && Sector.ofCode(sector) == null) {
            throw row.error("unknown sector '" + sector + "' (not in org.marsad.model.Sector)");
        }
        Set<ActorFlag> flags = flags(row);
        ActorCode ac = new ActorCode(code, country, sector, row.optional(4), flags.contains(ActorFlag.SOURCE));
        try {
            return new ActorEntry(ac, date(row, 5), date(row, 6), flags, curated);
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }

    /** yyyy-mm-dd, parsed by hand: DateTimeFormatter costs more than the rest of loading. */
    private static LocalDate date(TsvReader.Row row, int col) {
        String v = row.optional(col);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') {
                throw new NumberFormatException(v);
            }
            return LocalDate.of(Integer.parseInt(v.substring(0, 4)), Integer.parseInt(v.substring(5, 7)),
                    Integer.parseInt(v.substring(8, 10)));
        } catch (NumberFormatException | DateTimeException e) {
            throw row.error("bad date '" + v + "' in column " + (col + 1) + " (expected yyyy-mm-dd or -)");
        }
    }

    private static boolean capitals(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') {
                return false;
            }
        }
        return true;
    }

    private static Set<ActorFlag> flags(TsvReader.Row row) {
        Set<ActorFlag> flags = EnumSet.noneOf(ActorFlag.class);
        String cell = row.optional(8);
        if (cell != null) {
            for (String name : cell.split(",")) {
                ActorFlag f = ActorFlag.parse(name);
                if (f == null) {
                    throw row.error("unknown flag '" + name + "' (expected title, side, source, compose)");
                }
                flags.add(f);
            }
        }
        return flags;
    }
}
