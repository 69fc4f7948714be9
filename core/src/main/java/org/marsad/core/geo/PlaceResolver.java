package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Resolves a locative phrase to one place: each name's candidates are filtered by its cues (a common word needs a
 * strong cue, a minor place any cue, a province outside the region an administrative one), the largest name is
 * resolved first and the finer ones are taken in its country, and the finest resolved name wins. Precision follows
 * ACLED: 1 the town, 2 near a town or part of a district (a direction, ريف, a site, an unknown village inside it),
 * 3 a province or country. Stateless; thread-safe.
 */
final class PlaceResolver {

    /** The chosen place, its ACLED precision and the part of the phrase that named it. */
    record Resolution(Place place, int precision, PhrasePart part) {
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
        int finest = -1;
        for (int i = 0; i < parts.size(); i++) {
            if (chosen[i] != null && (finest < 0 || granularity(chosen[i]) < granularity(chosen[finest]))) {
                finest = i;
            }
        }
        if (finest < 0) {
            return Optional.empty();
        }
        boolean unknownBefore = false;
        for (int i = 0; i < finest; i++) {
            unknownBefore |= parts.get(i).candidates().isEmpty() && parts.get(i).hasStrongCue();
        }
        Place place = chosen[finest];
        return Optional.of(new Resolution(place, precision(place, parts.get(finest), unknownBefore), parts.get(finest)));
    }

    private static Place best(PhrasePart part, String chainCountry, ArticleGeoContext context) {
        List<Place> ok = new ArrayList<>();
        for (Place p : part.candidates()) {
            if (acceptable(p, part)) {
                ok.add(p);
            }
        }
        return ok.stream().max(Comparator.comparingDouble(p -> score(p, part, chainCountry, context))).orElse(null);
    }

    /** Whether the cues before a name let this entry be read there. */
    static boolean acceptable(Place p, PhrasePart part) {
        if (part.commonWord() && !part.hasStrongCue()) {
            return false;
        }
        if (p.kind() == PlaceKind.ADMIN1 && !p.mena()) {
            return part.has(Cue.ADMIN);
        }
        return p.prominent() || !part.cues().isEmpty();
    }

    private static double score(Place p, PhrasePart part, String chainCountry, ArticleGeoContext context) {
        double s = p.rank();
        if (preferredKind(p.kind(), part)) {
            s += 1000;
        }
        if (p.countryCode().equals(chainCountry)) {
            s += 500;
        }
        if (context.count(p.countryCode()) > 0) {
            s += 300;
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
            case ADMIN1 -> 1;
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
