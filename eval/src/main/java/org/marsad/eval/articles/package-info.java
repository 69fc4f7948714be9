/**
 * {@code marsad eval articles DIR}: whole gold articles, every field (spec/evaluation.md, section 2).
 * In: a folder of pages with {@code NAME.gold.json} beside them ({@link org.marsad.eval.articles.GoldReader}),
 * and a {@link org.marsad.eval.articles.PageCoder} (the pipeline, or a fake in tests).
 * Out: an {@link org.marsad.eval.articles.ArticlesReport}, printed by
 * {@link org.marsad.eval.articles.ReportText} or {@link org.marsad.eval.articles.ReportJson}.
 * The scoring itself ({@link org.marsad.eval.articles.HeadlineAligner}, {@link org.marsad.eval.articles.EventPairer},
 * {@link org.marsad.eval.articles.FieldRules}, {@link org.marsad.eval.articles.PageScorer}) is pure logic over
 * gold records and model events; {@link org.marsad.eval.articles.ArticlesEvaluation} does the files.
 */
package org.marsad.eval.articles;
