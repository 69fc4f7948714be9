package org.marsad.model;

/** The word or phrase that carries the event. */
public record Trigger(String text, int start, int end) {
    public Span span() {
        return new Span(start, end);
    }
}
