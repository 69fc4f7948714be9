package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.core.text.ArabicNormalizer;
import org.marsad.core.text.Sentence;
import org.marsad.core.text.Token;
import org.marsad.model.Location;

/**
 * Finds the places a sentence names and resolves each to coordinates with ACLED's precision. A locative phrase
 * ("في قرية الترنبة غرب مدينة سراقب") yields one mention: its finest known place; an unknown village falls back
 * to the town or province named after it. Ambiguous names take the country of the phrase, then of the article
 * ({@link ArticleGeoContext}), then the larger place. Offsets are UTF-16 units of the original text; a mention's
 * span runs from the chosen name's first cue (or an unknown village's before it; a bare في and an attached و/ب
 * left out) to the last larger place that follows it ("قرية الترنبة غرب مدينة سراقب").
 * Immutable and thread-safe once built.
 */
public final class PlaceFinder {
    private final Gazetteer gazetteer;
    private final ArabicNormalizer normalizer;
    private final LocativeReader reader;
    private final PlaceResolver resolver = new PlaceResolver();

    /** Loads the package's gazetteer with the runtime normaliser. */
    public PlaceFinder(ArabicNormalizer normalizer) {
        this(Gazetteer.load(normalizer), normalizer);
    }

    public PlaceFinder(Gazetteer gazetteer, ArabicNormalizer normalizer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
        this.reader = new LocativeReader(gazetteer);
    }

    /** The places of {@code sentence} without article context. */
    public List<PlaceMention> find(String text, Sentence sentence) {
        return find(text, sentence, ArticleGeoContext.EMPTY);
    }

    /**
     * The places of {@code sentence}, ambiguous names resolved towards the countries of {@code context} and of
     * the sentence's own unambiguous places.
     */
    public List<PlaceMention> find(String text, Sentence sentence, ArticleGeoContext context) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(context, "context");
        List<PlacePhrase> phrases = reader.read(sentence.tokens());
        List<PlaceMention> first = resolveAll(text, sentence.tokens(), phrases, context);
        return resolveAll(text, sentence.tokens(), phrases, context.with(first));
    }

    /** The context of an article: the countries of all places its sentences name, read in one pass. */
    public ArticleGeoContext contextOf(String text, List<Sentence> sentences) {
        ArticleGeoContext context = ArticleGeoContext.EMPTY;
        for (Sentence s : sentences) {
            context = context.with(find(text, s, context));
        }
        return context;
    }

    private List<PlaceMention> resolveAll(String text, List<Token> tokens, List<PlacePhrase> phrases,
                                          ArticleGeoContext context) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlacePhrase phrase : phrases) {
            resolver.resolve(phrase, context).ifPresent(r -> out.add(mention(text, tokens, r)));
        }
        return out;
    }

    private PlaceMention mention(String text, List<Token> tokens, PlaceResolver.Resolution r) {
        Token first = tokens.get(r.firstToken());
        int start = first.start() + procliticChars(first);
        int end = tokens.get(r.endToken() - 1).end();
        Place p = r.place();
        String admin1 = p.kind() == PlaceKind.ADMIN1 && p.admin1() == null ? p.name() : p.admin1();
        Location loc = new Location(text.substring(start, end), start, end, p.name(), p.nameAr(), p.geonameid(),
                p.lat(), p.lon(), p.countryCode(), admin1, p.featureCode(), r.precision());
        return new PlaceMention(r.firstToken(), r.endToken(), loc);
    }

    /** Original chars of an attached و/ف/ب/ل before the cue or name that {@code t} carries ("بريف" → 1). */
    private int procliticChars(Token t) {
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
