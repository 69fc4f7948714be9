/**
 * {@code marsad eval articles DIR}: whole gold articles, every field (spec/evaluation.md, section 2).
 * In: a folder of pages with {@code NAME.gold.json} beside them ({@link org.marsad.eval.articles.GoldReader}),
 * and a {@link org.marsad.eval.articles.PageCoder} (the pipeline, or a fake in tests).
 * Out: an {@link org.marsad.eval.articles.ArticlesReport}, printed by
 * {@link org.marsad.eval.articles.ReportText} or {@link org.marsad.eval.articles.ReportJson}.
 * The scoring ({@link org.marsad.eval.articles.HeadlineAligner}, {@link org.marsad.eval.articles.EventPairer},
 * {@link org.marsad.eval.articles.FieldRules}, {@link org.marsad.eval.articles.PageScorer}) is pure logic over
 * gold records and model events; {@link org.marsad.eval.articles.ArticlesEvaluation} does the files.
 *
 * <p>Conventions where the spec is silent:
 * <ul>
 * <li>Headline similarity: {@code 1 - levenshtein / max length} over the folded headlines (ArabicNormalizer,
 *     letters and digits only); alignment one-to-one, best first, non-teasers before teasers. A gold article
 *     without headline takes the longest non-teaser article left.</li>
 * <li>Pairing: only matching pairs are candidates; order by agreeing fields (recipient, date, place, dead,
 *     status; +0.5 when the triggers overlap), then required gold before optional, then page order. A symmetric
 *     gold event is judged both ways and the better orientation kept.</li>
 * <li>Counts: a matched optional gold event is neither TP nor FP nor FN; every system event is counted whatever
 *     its status (status is a scored field). Field accuracies are over all matched pairs, optional included.</li>
 * <li>Nulls: a gold null (or a null in {@code alt_X}) is right only for an empty system value; a system value
 *     against a gold null is wrong. Exceptions: a null gold actor matches any actor; a gold event with no
 *     status at all leaves any status right. A system entity without a code counts as empty.</li>
 * <li>Place: a gold place with coordinates needs system coordinates within 30 km (haversine); only a gold place
 *     without coordinates is compared by folded name (the system's text or Arabic name).</li>
 * <li>Date: a system date coarser than the gold's (month against a gold day) is wrong.</li>
 * <li>Extra field {@code country}: the gold's ISO alpha-2 {@code country} against the system location's
 *     country code; reported, but not part of the pairing order.</li>
 * <li>Scores with a zero denominator are 0.</li>
 * </ul>
 */
package org.marsad.eval.articles;
