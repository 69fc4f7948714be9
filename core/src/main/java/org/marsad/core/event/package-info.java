/**
 * Event coding: triggers (verbal and nominal, all 16 PLOVER types) matched on tokens, actor and recipient
 * attached for Arabic word orders, status from modal, tense and negation cues, date, place and counts attached.
 * In: a sentence with its mentions. Out: {@link org.marsad.model.Event}s, each with its rule and offsets.
 */
package org.marsad.core.event;
