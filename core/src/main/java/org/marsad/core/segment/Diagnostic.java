package org.marsad.core.segment;

/** A page that could not be read (or was read only in part): where, and why. */
public record Diagnostic(String origin, String reason) {
    @Override
    public String toString() {
        return origin + ": " + reason;
    }
}
