package org.marsad.learn;

/**
 * One labelled candidate: its hashed features, whether it is a reported event, the document it comes from
 * (folds never split a document) and where its label came from ({@code gsr} or {@code ant}).
 */
public record Example(int[] features, boolean positive, String document, String origin) {
}
