/**
 * When: date expressions, absolute and relative to the article's publication date, resolved with a precision.
 * In: the page text, a {@link org.marsad.core.text.Sentence} of it and the publication date (may be null).
 * Out: {@link org.marsad.core.time.DateMention}s in text order, each with its exact page span, an
 * {@link org.marsad.model.EventDate} (ISO value at day, week, month or year precision, or null/unknown), the last
 * day of a range ({@code until}) and the direction the text gives ({@link org.marsad.core.time.TimeCue}).
 * <p>
 * {@link org.marsad.core.time.DateResolver} reads the normalised sentence as lexemes (shared with the quantity
 * stage) and tries, at each word that can open them ({@link org.marsad.core.time.RuleOpeners}: a number, a calendar
 * word a rule reads first, or one of its keywords): numeric dates, relative days, weekdays
 * ({@link org.marsad.core.time.DayRules}), day and month, month, year, relative periods
 * ({@link org.marsad.core.time.MonthRules}) and spans back.
 * Words come from {@code calendar.tsv}. Conventions: a bare weekday is the last one on or before publication
 * (the next one after it with المقبل or a future cue such as المقرر or سـ-verbs); a bare day or month is past
 * unless that lies more than 8 months back; a relative week is the same weekday a week away; a Hijri date goes
 * through {@link java.time.chrono.HijrahDate} (Umm al-Qura).
 */
package org.marsad.core.time;
