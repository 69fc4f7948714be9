/**
 * The event record ({@code marsad.event/1}): immutable values shared by every stage, the store,
 * the exports and the evaluator. Offsets are half-open UTF-16 indices into the page's extracted text.
 * JSON is written in one place, {@link org.marsad.model.EventJson}.
 */
package org.marsad.model;
