/**
 * The event record ({@code marsad.event/1}): immutable values shared by every stage, the store,
 * the exports and the evaluator. Offsets are half-open UTF-16 indices into the page's extracted text.
 * Plain records and code enums only: their JSON and the export formats are in the {@code export} module
 * ({@code org.marsad.export.EventJson} is the one place records become JSON).
 */
package org.marsad.model;
