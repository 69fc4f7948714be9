/**
 * One event per happening. In: the events of one article, in text order. Out: the same events with reports of
 * one happening (a lead and its detailed paragraph) merged into one event that keeps the most specific fields
 * and lists the other reports as {@link org.marsad.model.Mention}s.
 */
package org.marsad.core.dedup;
