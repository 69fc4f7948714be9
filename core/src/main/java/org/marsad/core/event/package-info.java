/**
 * Event coding: triggers (verbal and nominal, all 16 PLOVER types) matched on tokens, actor and recipient
 * attached for Arabic word orders, status from modal, tense and negation cues, date, place and counts attached.
 * In: a {@link org.marsad.core.event.SentenceContext} (a sentence with its actor, date, count and place mentions).
 * Out: {@link org.marsad.model.Event}s, each with its rule and offsets.
 * <p>
 * Stages, in {@link org.marsad.core.event.EventCoder}: {@link org.marsad.core.event.TriggerMatcher} (one pass of
 * longest matches over triggers.tsv, reading clitics: "بقصف" is a verbal noun, "سيقصف" is future) →
 * {@link org.marsad.core.event.StatusDetector} (negated, hypothetical, planned, ongoing, occurred) →
 * {@link org.marsad.core.event.ReportFilter} (a trigger that is content, background or unanchored codes nothing) →
 * {@link org.marsad.core.event.RoleAttacher} (VSO, SVO, passive, nominal) →
 * {@link org.marsad.core.event.EventAssembler}; events of one type in a sentence then merge when their roles agree.
 * Data: triggers.tsv (hand-written), cues.tsv (hand-written), cameo-plover.tsv (derived from PLOVER's
 * CAMEO2PLOVER by tools/CameoPlover.java, CC BY-SA 4.0).
 */
package org.marsad.core.event;
