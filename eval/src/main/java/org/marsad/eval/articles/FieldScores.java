package org.marsad.eval.articles;

import org.marsad.eval.Prf;

/** Over {@code pairs} matched pairs, how many had each field right. */
public record FieldScores(int pairs, int recipient, int date, int place, int dead, int status, int country) {
    public static final FieldScores ZERO = new FieldScores(0, 0, 0, 0, 0, 0, 0);

    public static FieldScores of(Judgement j) {
        return new FieldScores(1, one(j.recipient()), one(j.date()), one(j.place()), one(j.dead()), one(j.status()),
                one(j.country()));
    }

    public FieldScores plus(FieldScores o) {
        return new FieldScores(pairs + o.pairs, recipient + o.recipient, date + o.date, place + o.place,
                dead + o.dead, status + o.status, country + o.country);
    }

    public double recipientAccuracy() {
        return Prf.ratio(recipient, pairs);
    }

    public double dateAccuracy() {
        return Prf.ratio(date, pairs);
    }

    public double placeAccuracy() {
        return Prf.ratio(place, pairs);
    }

    public double deadAccuracy() {
        return Prf.ratio(dead, pairs);
    }

    public double statusAccuracy() {
        return Prf.ratio(status, pairs);
    }

    public double countryAccuracy() {
        return Prf.ratio(country, pairs);
    }

    private static int one(boolean b) {
        return b ? 1 : 0;
    }
}
