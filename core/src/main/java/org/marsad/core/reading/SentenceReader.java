package org.marsad.core.reading;

/** The first step of the chain: {@link SentenceAt} → {@link Reading}. Thread-safe. */
public interface SentenceReader {
    Reading read(SentenceAt sentence);
}
