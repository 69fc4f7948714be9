package org.marsad.model;

/**
 * One more report of the same happening inside an article: the sentence and trigger of a mention that was
 * merged into an event (the event's own sentence and trigger are not repeated here).
 */
public record Mention(Span sentence, Trigger trigger) {
}
