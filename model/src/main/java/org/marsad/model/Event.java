package org.marsad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One coded event, schema {@value #SCHEMA}; see {@code spec/event-record.md}. */
public record Event(String id, String docId, int article, EventType type, String mode, List<String> contexts,
                    String cameo, Integer quadClass, EventStatus status, Entity actor, Entity recipient,
                    Trigger trigger, EventDate date, Location location, Size size, Span sentence, Source source,
                    String rule, double confidence, List<Mention> mentions) {

    public static final String SCHEMA = "marsad.event/1";

    /** An event read from one sentence (no merged mentions). */
    public Event(String id, String docId, int article, EventType type, String mode, List<String> contexts,
                 String cameo, Integer quadClass, EventStatus status, Entity actor, Entity recipient,
                 Trigger trigger, EventDate date, Location location, Size size, Span sentence, Source source,
                 String rule, double confidence) {
        this(id, docId, article, type, mode, contexts, cameo, quadClass, status, actor, recipient, trigger, date,
                location, size, sentence, source, rule, confidence, List.of());
    }

    public Event {
        contexts = contexts == null ? List.of() : List.copyOf(contexts);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        if (type == null || status == null || trigger == null || sentence == null) {
            throw new IllegalArgumentException("an event needs a type, a status, a trigger and a sentence");
        }
        if (date == null) {
            date = EventDate.UNKNOWN;
        }
        if (size == null) {
            size = Size.NONE;
        }
    }

    /** The stable id: a hash of doc id, article, trigger span and type. */
    public static String idFor(String docId, int article, Trigger trigger, EventType type) {
        return "e-" + hash(docId + "|" + article + "|" + trigger.start() + "|" + trigger.end() + "|" + type, 8);
    }

    /** A short lowercase hex SHA-256 of the text, {@code bytes} bytes long. */
    public static String hash(String text, int bytes) {
        return hash(text.getBytes(StandardCharsets.UTF_8), bytes);
    }

    public static String hash(byte[] data, int bytes) {
        byte[] d = SHA256.get().digest(data);
        return HexFormat.of().formatHex(d, 0, bytes);
    }

    /** One digest per thread: looking the algorithm up costs more than hashing an id. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    });

    public Event withId(String newId) {
        return new Event(newId, docId, article, type, mode, contexts, cameo, quadClass, status, actor, recipient,
                trigger, date, location, size, sentence, source, rule, confidence, mentions);
    }

    /** This event with the given parts replaced (used when reports of one happening are merged). */
    public Event merged(Entity newActor, Entity newRecipient, EventDate newDate, Location newLocation, Size newSize,
                        List<Mention> newMentions) {
        return new Event(id, docId, article, type, mode, contexts, cameo, quadClass, status, newActor, newRecipient,
                trigger, newDate, newLocation, newSize, sentence, source, rule, confidence, newMentions);
    }
}
