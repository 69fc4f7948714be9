package org.marsad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** One coded event, schema {@value #SCHEMA}; see {@code spec/event-record.md}. */
public record Event(String id, String docId, int article, EventType type, Mode mode, List<String> contexts,
                    String cameo, Integer quadClass, EventStatus status, Entity actor, Entity recipient,
                    Trigger trigger, EventDate date, Location location, Size size, Span sentence, Source source,
                    String rule, double confidence, List<Mention> mentions) {

    public static final String SCHEMA = "marsad.event/1";

    /** An event read from one sentence (no merged mentions). */
    public Event(String id, String docId, int article, EventType type, Mode mode, List<String> contexts,
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

    /**
     * The stable id: "e-" and, in hex, the first 8 bytes of the SHA-256 of {@code docId|article|start|end|TYPE}
     * (UTF-8, numbers in decimal). The bytes are written straight into a buffer kept per thread (see
     * {@link IdDigest}): every coded event gets an id, and building the string to hash cost more than hashing it.
     */
    public static String idFor(String docId, int article, Trigger trigger, EventType type) {
        return IDS.get().id(docId, article, trigger.start(), trigger.end(), type);
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

    private static final ThreadLocal<IdDigest> IDS = ThreadLocal.withInitial(IdDigest::new);

    /**
     * One thread's means to hash ids: the digest, a byte buffer for the hashed text, and the UTF-8 bytes of the last
     * document id (all events of a page share it). Gives what {@code hash(docId + "|" + ... + "|" + type, 8)} gives.
     */
    private static final class IdDigest {
        private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        private static final byte[][] TYPES = typeNames();
        /** Room for the three numbers, the separators and the longest type name. */
        private static final int TAIL = 3 * 11 + 4 + 32;
        private final MessageDigest digest = SHA256.get();
        private final byte[] sum = new byte[32];
        private byte[] buffer = new byte[128];
        private String lastDoc;
        private byte[] lastDocBytes;

        private static byte[][] typeNames() {
            EventType[] all = EventType.values();
            byte[][] names = new byte[all.length][];
            for (EventType t : all) {
                names[t.ordinal()] = t.toString().getBytes(StandardCharsets.UTF_8);
            }
            return names;
        }

        String id(String docId, int article, int start, int end, EventType type) {
            byte[] doc = docBytes(docId);
            if (buffer.length < doc.length + TAIL) {
                buffer = new byte[doc.length + TAIL];
            }
            System.arraycopy(doc, 0, buffer, 0, doc.length);
            int n = doc.length;
            n = number(article, n);
            n = number(start, n);
            n = number(end, n);
            buffer[n++] = '|';
            byte[] name = TYPES[type.ordinal()];
            System.arraycopy(name, 0, buffer, n, name.length);
            n += name.length;
            digest.update(buffer, 0, n);
            try {
                digest.digest(sum, 0, sum.length);
            } catch (java.security.DigestException e) {
                throw new IllegalStateException("a SHA-256 digest is 32 bytes", e);
            }
            return hex(sum);
        }

        private byte[] docBytes(String docId) {
            if (!docId.equals(lastDoc)) {
                lastDocBytes = docId.getBytes(StandardCharsets.UTF_8);
                lastDoc = docId;
            }
            return lastDocBytes;
        }

        /** Writes "|" and {@code v} in decimal at {@code n}; returns the new end. */
        private int number(int v, int n) {
            buffer[n++] = '|';
            long x = v;
            if (x < 0) {
                buffer[n++] = '-';
                x = -x;
            }
            int from = n;
            do {
                buffer[n++] = (byte) ('0' + x % 10);
                x /= 10;
            } while (x != 0);
            for (int i = from, j = n - 1; i < j; i++, j--) {
                byte b = buffer[i];
                buffer[i] = buffer[j];
                buffer[j] = b;
            }
            return n;
        }

        private static String hex(byte[] d) {
            byte[] out = new byte[2 + 16];
            out[0] = 'e';
            out[1] = '-';
            for (int i = 0; i < 8; i++) {
                out[2 + 2 * i] = HEX[(d[i] >> 4) & 0xF];
                out[3 + 2 * i] = HEX[d[i] & 0xF];
            }
            return new String(out, StandardCharsets.ISO_8859_1);
        }
    }

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
