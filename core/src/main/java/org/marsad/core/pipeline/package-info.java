/**
 * The assembly: page → articles → sentences → tokens → mentions (actors, dates, counts, places) → events.
 * Stages are wired by the constructor of {@link org.marsad.core.pipeline.Pipeline}; the order is the code.
 */
package org.marsad.core.pipeline;
