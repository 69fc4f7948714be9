package org.marsad.eval.gsr;

import java.util.LinkedHashMap;
import java.util.Map;

/** Sums over span records: right actor/recipient country and sector, and token-overlap F1 of their texts. */
public record SpanScore(int n, int actorCountry, int actorSector, int recipientCountry, int recipientSector,
                 double actorTextF1, double recipientTextF1) {
    static final SpanScore EMPTY = new SpanScore(0, 0, 0, 0, 0, 0, 0);

    /** This score with one more record compared. */
    SpanScore add(boolean aCountry, boolean aSector, boolean rCountry, boolean rSector, double aText, double rText) {
        return new SpanScore(n + 1, actorCountry + bit(aCountry), actorSector + bit(aSector),
                recipientCountry + bit(rCountry), recipientSector + bit(rSector), actorTextF1 + aText,
                recipientTextF1 + rText);
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("actor_country_accuracy", BinaryScore.ratio(actorCountry, n));
        m.put("actor_sector_accuracy", BinaryScore.ratio(actorSector, n));
        m.put("recipient_country_accuracy", BinaryScore.ratio(recipientCountry, n));
        m.put("recipient_sector_accuracy", BinaryScore.ratio(recipientSector, n));
        m.put("actor_text_f1", BinaryScore.ratio(actorTextF1, n));
        m.put("recipient_text_f1", BinaryScore.ratio(recipientTextF1, n));
        return m;
    }
}
