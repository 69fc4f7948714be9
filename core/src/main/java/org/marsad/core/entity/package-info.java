/**
 * Actors: who did what to whom.
 *
 * <p>In: a sentence's tokens (and optionally the article's date). Out: {@link org.marsad.core.entity.ActorMention}s
 * in text order, each with exact original offsets ({@code text.substring(span) == mention.text()}) and an
 * {@link org.marsad.core.entity.ActorCode}: CAMEO-style code, country (ISO-3 or IGO/IMG/NGO), sector, English
 * name, and {@code source()} true for report sources (المرصد السوري, وكالة رويترز, مصادر) that the event coder
 * uses as {@code attributed_to} rather than as actor or recipient.
 *
 * <p>Stages: {@link org.marsad.core.entity.ActorLexicon} loads the TSV lexicons beside it (see MANIFEST.md:
 * curated, countries, UniversalPetrarch actors and agents) once into a phrase trie;
 * {@link org.marsad.core.entity.ActorRecognizer} makes one pass over the tokens (forms adjusted by
 * {@code TokenForms}), takes the longest phrase at each position and composes agents with nationalities,
 * sides with nationality lists, titles with names ({@code PersonName}), and chooses among a phrase's entries by
 * validity date. An article's {@link org.marsad.core.entity.ActorMemory} (built sentence by sentence with
 * {@code ActorRecognizer.learn}) lets a later short mention of a titled person keep its code (لافروف).
 *
 * <p>The name tagger of {@code marsad eval ner} ({@code org.marsad.eval.ner.NameTagger}) lives in the eval module.
 */
package org.marsad.core.entity;
