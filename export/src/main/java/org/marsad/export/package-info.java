/**
 * The event record written out: its JSON ({@link org.marsad.export.EventJson}, read back by
 * {@link org.marsad.export.EventJsonReader}) and the formats analysts' tools read as they are: ACLED CSV, PLOVER
 * JSON, the GDELT 2.0 event table, GeoJSON, and the Parquet table's columns ({@link org.marsad.export.EventTable}).
 * Each text format is a streaming {@link org.marsad.export.EventWriter}: header, one event at a time, footer.
 */
package org.marsad.export;
