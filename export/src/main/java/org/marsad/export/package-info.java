/**
 * Export formats of the event record: ACLED-style CSV, GDELT-like CAMEO TSV, GeoJSON. Each is a streaming
 * {@link org.marsad.export.EventWriter}: header, one event at a time, footer.
 */
package org.marsad.export;
