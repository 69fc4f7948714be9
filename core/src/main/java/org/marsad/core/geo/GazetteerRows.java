package org.marsad.core.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.lex.TsvReader;
import org.marsad.core.text.ArabicNormalizer;

/** Reads the two place tables into a name index; keeps entries by gazetteer id for curated references. */
final class GazetteerRows {
    private final ArabicNormalizer normalizer;
    private final Map<String, List<Place>> byName;
    private final Map<String, Place> byRef = new HashMap<>();
    private int count;

    GazetteerRows(ArabicNormalizer normalizer, Map<String, List<Place>> byName) {
        this.normalizer = normalizer;
        this.byName = byName;
    }

    int count() {
        return count;
    }

    void addGazetteerRow(TsvReader.Row row) {
        Place p = parse(row);
        count++;
        if (p.geonameid() != null) {
            byRef.putIfAbsent("gn:" + p.geonameid(), p);
        }
        if (p.kind() == PlaceKind.COUNTRY) {
            byRef.put("cc:" + p.countryCode(), p);
        }
        String arabic = row.optional(0);
        if (arabic != null) {
            for (String name : arabic.split("\\|")) {
                index(name, p, 3);
            }
        }
    }

    /** Columns: arabic names, English name, reference (gn:ID or cc:XX), kind (ALIAS, SITE, REGION), source. */
    void addCuratedRow(TsvReader.Row row) {
        Place target = byRef.get(row.get(2));
        if (target == null) {
            throw row.error("reference '" + row.get(2) + "' is not in " + Gazetteer.GAZETTEER);
        }
        String[] arabic = row.get(0).split("\\|");
        Place p = switch (row.get(3)) {
            case "ALIAS" -> target;
            case "SITE" -> target.as(PlaceKind.SITE, row.get(1), arabic[0].strip());
            case "REGION" -> target.as(PlaceKind.REGION, row.get(1), arabic[0].strip());
            default -> throw row.error("kind must be ALIAS, SITE or REGION, not '" + row.get(3) + "'");
        };
        if (p != target) {
            count++;
        }
        for (String name : arabic) {
            index(name, p, 2);
        }
    }

    /** Indexes a name of at least {@code minLength} chars (two-letter GeoNames names are mostly noise). */
    private void index(String name, Place p, int minLength) {
        String key = String.join(" ", normalizer.normalize(name.replace('-', ' ')).strip().split(" +"));
        if (key.length() < minLength) {
            return;
        }
        List<Place> list = byName.computeIfAbsent(key, k -> new ArrayList<>(2));
        if (!list.contains(p)) {
            list.add(p);
        }
    }

    private Place parse(TsvReader.Row row) {
        try {
            String[] arabic = row.get(0).split("\\|");
            String id = row.optional(2);
            String fcode = row.get(7);
            String cc = row.get(5);
            return new Place(row.get(1), arabic[0].equals("-") ? row.get(1) : arabic[0],
                    id == null ? null : Long.valueOf(id), Double.parseDouble(row.get(3)),
                    Double.parseDouble(row.get(4)), cc, row.optional(6), fcode, Long.parseLong(row.get(8)),
                    PlaceKind.ofFeatureCode(fcode), Gazetteer.MENA.contains(cc));
        } catch (IllegalArgumentException e) {
            throw row.error(e.getMessage());
        }
    }
}
