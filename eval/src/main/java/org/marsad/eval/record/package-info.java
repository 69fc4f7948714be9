/**
 * Checks that event records keep the contract of {@code spec/event-record.md}: keys, value types, codes,
 * and that every span's text is exactly the page text at its offsets.
 */
package org.marsad.eval.record;
