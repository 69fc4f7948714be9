package org.marsad.eval.articles;

/** A gold file that is not valid JSON or not in the gold format; the message names the file and the field. */
public final class GoldFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public GoldFormatException(String message) {
        super(message);
    }

    public GoldFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
