package org.marsad.core.geo;

import java.util.List;
import java.util.Optional;

/**
 * Resolves a locative phrase to one place: each name's candidates are filtered by its cues (a common word needs a
 * naming cue such as مدينة or محافظة, a minor place any cue, a province outside the region an administrative one), the largest name is
 * resolved first and the finer ones are taken in its country, and the finest resolved name wins. Precision follows
 * ACLED: 1 the town, 2 near a town or part of a district (a direction, ريف, a site, an unknown village inside it),
 * 3 a province or country. Stateless; thread-safe.
 */
final class PlaceResolver {

    /**
     * The chosen place, its ACLED precision and the tokens {@code [firstToken, endToken)} that place the event: from
     * the chosen name's cues (or those of an unknown village before it) to the last larger place resolved after it.
     * {@code [firstToken, nameEnd)} is the place as written: the chosen name with its cues, without the larger places
     * after it ("مديرية الحزم" of "مديرية الحزم بمحافظة الجوف"), as a coder quotes the most specific place.
     */
    record Resolution(Place place, int precision, int firstToken, int endToken, int nameEnd, boolean locative) {
    }

    Optional<Resolution> resolve(PlacePhrase phrase, ArticleGeoContext context) {
        List<PhrasePart> parts = phrase.parts();
        Place[] chosen = new Place[parts.size()];
        String chainCountry = null;
        for (int i = parts.size() - 1; i >= 0; i--) {
            chosen[i] = best(parts.get(i), chainCountry, context);
            if (chosen[i] != null) {
                chainCountry = chosen[i].countryCode();
            }
        }
        int finest = finest(chosen);
        if (finest < 0) {
            return Optional.empty();
        }
        int unknown = -1;
        for (int i = finest - 1; i >= 0; i--) {
            if (parts.get(i).candidates().isEmpty() && parts.get(i).hasStrongCue()) {
                unknown = i;
            }
        }
        Place place = chosen[finest];
        PhrasePart part = parts.get(finest);
        int first = unknown >= 0 ? parts.get(unknown).cueStart() : part.cueStart();
        int end = part.end();
        for (int i = finest + 1; i < parts.size(); i++) {
            end = chosen[i] != null ? parts.get(i).end() : end;
        }
        return Optional.of(new Resolution(place, precision(place, part, unknown >= 0), first, end,
                part.end(), unknown >= 0 || !part.cues().isEmpty()));
    }

    /** A phrase that names only a village or site the gazetteer does not know ("قرية الصافي" and nothing after). */
    static boolean unanchoredVillage(PlacePhrase phrase) {
        PhrasePart first = phrase.parts().get(0);
        return first.has(Cue.SETTLEMENT) || first.has(Cue.SITE);
    }

    /** The village phrase placed near the place named after it: precision 2, the village's own words. */
    static Resolution near(PlacePhrase village, Resolution next) {
        return new Resolution(next.place(), Math.max(2, next.precision()), village.first(), village.end(),
                village.end(), true);
    }

    /**
     * The finest resolved part, the leftmost of equals. A part in another country than a later one is not inside
     * it but a name used for something else: "السعودية في اليمن", "اجتماعات آستانة في نيويورك" take the later.
     */
    private static int finest(Place[] chosen) {
        int finest = -1;
        String laterCountry = null;
        for (int i = chosen.length - 1; i >= 0; i--) {
            if (chosen[i] == null || (laterCountry != null && !laterCountry.equals(chosen[i].countryCode()))) {
                continue;
            }
            laterCountry = chosen[i].countryCode();
            if (finest < 0 || granularity(chosen[i]) <= granularity(chosen[finest])) {
                finest = i;
            }
        }
        return finest;
    }

    /**
     * The acceptable candidate of the highest score, the first of equals. Scores are worked out only when a second
     * candidate is acceptable: most names have one.
     */
    private static Place best(PhrasePart part, String chainCountry, ArticleGeoContext context) {
        Place best = null;
        double bestScore = 0;
        boolean scored = false;
        for (Place p : part.candidates()) {
            if (!acceptable(p, part) || !plausibleAbroad(p, chainCountry, context)) {
                continue;
            }
            if (best == null) {
                best = p;
                continue;
            }
            if (!scored) {
                bestScore = score(best, part, chainCountry, context);
                scored = true;
            }
            double s = score(p, part, chainCountry, context);
            if (Double.compare(s, bestScore) > 0) { // the first of equal scores wins
                best = p;
                bestScore = s;
            }
        }
        return best;
    }

    /** Whether the cues before a name let this entry be read there. */
    static boolean acceptable(Place p, PhrasePart part) {
        if (part.commonWord() && !part.hasNamingCue()) {
            return false;
        }
        if (p.kind() == PlaceKind.ADMIN1 && !p.mena()) {
            return part.has(Cue.ADMIN);
        }
        return !part.cues().isEmpty() || p.prominent();
    }

    /**
     * A minor place is taken only in a country the phrase or article is about: "قرية الصافي" in a Syrian story
     * is not the Jordanian village of that name, and is better left unknown.
     */
    static boolean plausibleAbroad(Place p, String chainCountry, ArticleGeoContext context) {
        return context.countries().isEmpty() || p.prominent() || context.count(p.countryCode()) > 0
                || p.countryCode().equals(chainCountry);
    }

    private static double score(Place p, PhrasePart part, String chainCountry, ArticleGeoContext context) {
        double s = p.rank();
        if (preferredKind(p.kind(), part)) {
            s += 1000;
        }
        if (p.countryCode().equals(chainCountry)) {
            s += 6;
        }
        if (context.count(p.countryCode()) > 0) {
            s += 4;
        }
        return s;
    }

    /** محافظة asks for a province; قرية، ريف، شمال ask for a town; a bare name is a town or country first. */
    private static boolean preferredKind(PlaceKind kind, PhrasePart part) {
        if (part.has(Cue.ADMIN)) {
            return kind == PlaceKind.ADMIN1;
        }
        return kind != PlaceKind.ADMIN1;
    }

    private static int granularity(Place p) {
        return switch (p.kind()) {
            case CITY, SITE -> 0;
            case ADMIN1, REGION -> 1;
            case COUNTRY -> 2;
        };
    }

    static int precision(Place place, PhrasePart part, boolean unknownBefore) {
        if (place.kind() == PlaceKind.COUNTRY) {
            return 3;
        }
        if (unknownBefore) {
            return 2;
        }
        if (place.kind() == PlaceKind.CITY && (part.has(Cue.RURAL) || part.has(Cue.DIRECTION) || part.has(Cue.NEAR)
                || part.has(Cue.SITE) || part.has(Cue.ADMIN))) {
            return 2;
        }
        return place.kind().precision();
    }
}
