package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.core.text.WordHint;
import org.marsad.core.text.WordMemo;
import org.marsad.model.GeoPrecision;
import org.marsad.model.Location;

/**
 * Finds the places a sentence names and resolves each to coordinates with ACLED's precision. A locative phrase
 * ("في قرية الترنبة غرب مدينة سراقب") yields one mention: its finest known place; an unknown village falls back
 * to the town or province named after it. Ambiguous names take the country of the phrase, then of the article
 * ({@link ArticleGeoContext}), then the larger place. Offsets are UTF-16 units of the original text; a mention's
 * tokens run from the chosen name's first cue (or an unknown village's before it; a bare في and an attached و/ب
 * left out) to the last larger place that follows it ("قرية الترنبة غرب مدينة سراقب"); its location's text and
 * span, the place as written, stop at the chosen name ("مديرية الحزم" of "مديرية الحزم بمحافظة الجوف").
 * Immutable and thread-safe once built.
 */
public final class PlaceFinder {
    /** How far (in tokens) after an unknown village its fallback place may be named. */
    static final int VILLAGE_WINDOW = 12;

    private final Gazetteer gazetteer;
    private final ArabicNormalizer normalizer;
    private final LocativeReader reader;
    private final PlaceResolver resolver = new PlaceResolver();
    private final BorderWords borders;
    /** {@link #procliticCharsNow} of each word, worked out on the word's first use as a mention's first token. */
    private final WordMemo<Integer> procliticChars = new WordMemo<>(Integer.class, this::procliticCharsNow);

    /** Loads the package's gazetteer with the runtime normaliser. */
    public PlaceFinder(ArabicNormalizer normalizer) {
        this(Gazetteer.load(normalizer), normalizer);
    }

    public PlaceFinder(Gazetteer gazetteer, ArabicNormalizer normalizer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.reader = new LocativeReader(gazetteer);
        this.borders = BorderWords.load(normalizer);
    }

    /**
     * The hint a tokenizer may give its tokens ({@link org.marsad.core.text.Tokenizer#Tokenizer(ArabicNormalizer,
     * org.marsad.core.text.WordHints)}) so that the place scan passes over the words that start no cue and no name
     * without reading them.
     */
    public WordHint hint() {
        return gazetteer.entryHint();
    }

    /** The places of {@code sentence} without article context. */
    public List<PlaceMention> find(String text, Sentence sentence) {
        return find(text, sentence, ArticleGeoContext.EMPTY);
    }

    /**
     * The places of {@code sentence}, ambiguous names resolved towards the countries of {@code context} and of
     * the sentence's own prominent places (a first pass: "قرية الصافي ... بريف حلب" is not the Jordanian Safi).
     */
    public List<PlaceMention> find(String text, Sentence sentence, ArticleGeoContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<PlacePhrase> phrases = withoutDateline(reader.read(sentence.tokens()), text, sentence);
        if (phrases.isEmpty()) {
            return List.of();
        }
        List<PlaceResolver.Resolution> first = resolveAll(phrases, context);
        // A second pass only when a prominent place adds a country the context lacks: the resolver asks the context
        // only whether a country has places at all, so more places in a country it has change nothing.
        List<String> sure = null;
        for (PlaceResolver.Resolution r : first) {
            if (r.place().prominent() && (sure != null || context.count(r.place().countryCode()) == 0)) {
                sure = sure == null ? new ArrayList<>(2) : sure;
                sure.add(r.place().countryCode());
            }
        }
        List<PlaceMention> out = new ArrayList<>(first.size());
        for (PlaceResolver.Resolution r : sure == null ? first : resolveAll(phrases, context.withCountries(sure))) {
            out.add(mention(text, sentence.tokens(), r));
        }
        return withBorders(text, sentence.tokens(), out);
    }

    /**
     * The mentions, each written after border words quoted with them ("السياج الحدودي مع لبنان"); after بين, the
     * place joined by و that follows is the border's other side ("الحدود بين الأردن والعراق"). Only the text
     * and span change: the tokens that place the event and the place resolved stay.
     */
    private List<PlaceMention> withBorders(String text, List<Token> tokens, List<PlaceMention> mentions) {
        List<PlaceMention> out = mentions;
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            BorderWords.Border b = m.location() == null ? null : borders.before(tokens, m.firstToken());
            if (b == null) {
                continue;
            }
            Token first = tokens.get(b.firstToken());
            int start = first.start() + originalLength(first.surface(), b.procliticLength());
            int end = m.location().end();
            PlaceMention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (b.between() && next != null && next.location() != null && next.firstToken() == m.endToken()
                    && next.location().start() - end <= 3) {
                end = next.location().end(); // "بين قطاع غزة وإسرائيل": the و and the other side
            }
            Location l = m.location();
            Location wide = new Location(text.substring(start, end), start, end, l.name(), l.nameAr(), l.geonameid(),
                    l.lat(), l.lon(), l.countryCode(), l.admin1(), l.featureCode(), l.precision());
            if (out == mentions) {
                out = new ArrayList<>(mentions);
            }
            out.set(i, new PlaceMention(m.firstToken(), m.endToken(), wide, m.locative()));
        }
        return out;
    }

    /**
     * A dateline opening the sentence: a place and its country, the outlet in brackets, then a dash
     * ("القاهرة، مصر (CNN) -- قال ..."). It says where the report was written, not where anything
     * happened.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "\\s*[\\p{L}\\p{M}\\s،,]{2,60}\\(\\s*[\\p{L}\\p{M}. ]{2,30}\\s*\\)\\s*[-—–]{1,3}");

    /** The phrases without those of a {@link #DATELINE dateline} that opens the sentence. */
    static List<PlacePhrase> withoutDateline(List<PlacePhrase> phrases, String text, Sentence sentence) {
        if (phrases.isEmpty() || sentence.tokens().isEmpty()) {
            return phrases;
        }
        int regionEnd = Math.min(sentence.end(), sentence.start() + 100);
        if (!hasBracket(text, sentence.start(), regionEnd)) {
            return phrases; // no "(": the dateline pattern cannot match (most sentences; no matcher made)
        }
        Matcher m = DATELINE.matcher(text).region(sentence.start(), regionEnd);
        if (!m.lookingAt()) {
            return phrases;
        }
        int bracket = text.indexOf('(', sentence.start());
        List<PlacePhrase> out = new ArrayList<>(phrases.size());
        for (PlacePhrase p : phrases) {
            if (sentence.tokens().get(p.first()).start() >= bracket) {
                out.add(p);
            }
        }
        return out;
    }

    /** Whether {@code text[from, to)} holds a "(", which every {@link #DATELINE} match does. */
    static boolean hasBracket(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '(') {
                return true;
            }
        }
        return false;
    }

    /** The context of an article: the countries of all places its sentences name, read in one pass. */
    public ArticleGeoContext contextOf(String text, List<Sentence> sentences) {
        ArticleGeoContext context = ArticleGeoContext.EMPTY;
        for (Sentence s : sentences) {
            context = context.with(find(text, s, context));
        }
        return context;
    }

    /** Each phrase resolved, and unknown villages placed near the next place named after them. */
    private List<PlaceResolver.Resolution> resolveAll(List<PlacePhrase> phrases, ArticleGeoContext context) {
        PlaceResolver.Resolution[] resolved = new PlaceResolver.Resolution[phrases.size()];
        for (int i = 0; i < resolved.length; i++) {
            resolved[i] = resolver.resolve(phrases.get(i), context).orElse(null);
        }
        List<PlaceResolver.Resolution> out = new ArrayList<>(resolved.length);
        for (int i = 0; i < resolved.length; i++) {
            PlaceResolver.Resolution r = resolved[i];
            PlacePhrase phrase = phrases.get(i);
            if (r == null && PlaceResolver.unanchoredVillage(phrase)) {
                PlaceResolver.Resolution next = nextPlace(phrases, resolved, i);
                r = next == null ? null : PlaceResolver.near(phrase, next);
            }
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The town or province resolved next after the village phrase {@code i}, within {@value #VILLAGE_WINDOW}
     * tokens, or null: "قرية الصافي التي تقع ضمن مناطق منبج" is placed near منبج, as ACLED places an unknown
     * village at the nearest named place. {@code resolved} holds each phrase's resolution, null where none.
     */
    private static PlaceResolver.Resolution nextPlace(List<PlacePhrase> phrases, PlaceResolver.Resolution[] resolved,
                                                      int i) {
        for (int j = i + 1; j < phrases.size() && phrases.get(j).first() - phrases.get(i).end() <= VILLAGE_WINDOW;
             j++) {
            PlaceResolver.Resolution r = resolved[j];
            if (r != null && r.place().kind() != PlaceKind.COUNTRY) {
                return r;
            }
        }
        return null;
    }

    private PlaceMention mention(String text, List<Token> tokens, PlaceResolver.Resolution r) {
        Token first = tokens.get(r.firstToken());
        int start = first.start() + procliticChars(first);
        int end = tokens.get(r.nameEnd() - 1).end();
        Place p = r.place();
        String admin1 = p.kind() == PlaceKind.ADMIN1 && p.admin1() == null ? p.name() : p.admin1();
        Location loc = new Location(text.substring(start, end), start, end, p.name(), p.nameAr(), p.geonameid(),
                p.lat(), p.lon(), p.countryCode(), admin1, p.featureCode(), GeoPrecision.of(r.precision()));
        return new PlaceMention(r.firstToken(), r.endToken(), loc, r.locative());
    }

    /** Original chars of an attached و/ف/ب/ل before the cue or name that {@code t} carries ("بريف" → 1). */
    private int procliticChars(Token t) {
        return procliticChars.of(t);
    }

    private int procliticCharsNow(Token t) {
        return originalLength(t.surface(), gazetteer.procliticLength(t));
    }

    /** How many chars of {@code surface} normalise to its first {@code normalized} chars (marks after them too). */
    private int originalLength(String surface, int normalized) {
        int seen = 0;
        int i = 0;
        while (i < surface.length() && seen < normalized) {
            seen += normalizer.normalize(surface.substring(i, i + 1)).length();
            i++;
        }
        while (i < surface.length() && normalizer.normalize(surface.substring(i, i + 1)).isEmpty()) {
            i++;
        }
        return seen == normalized ? i : 0;
    }
}
