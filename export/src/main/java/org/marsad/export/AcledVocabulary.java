package org.marsad.export;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ACLED's codebook lists ({@code acled-vocabulary.tsv}): disorder types, event types, sub-event types with their
 * event type and disorder type, actor type codes and interaction codes. The ACLED writer checks what it writes here.
 */
public final class AcledVocabulary {
    private static final Map<String, Set<String>> LISTS = new HashMap<>();
    private static final Map<String, String> EVENT_TYPE_OF = new HashMap<>();
    private static final Map<String, String> DISORDER_OF = new HashMap<>();

    static {
        List<String[]> rows = Tsv.rows("acled-vocabulary.tsv", 4);
        for (String[] r : rows) {
            LISTS.computeIfAbsent(r[0], k -> new HashSet<>()).add(r[1]);
            if (r[0].equals("sub_event_type")) {
                EVENT_TYPE_OF.put(r[1], r[2]);
                DISORDER_OF.put(r[1], r[3]);
            }
        }
    }

    private AcledVocabulary() {
    }

    /** The values of one list ({@code disorder_type}, {@code event_type}, {@code sub_event_type}, {@code inter},
     * {@code interaction}). */
    public static Set<String> list(String name) {
        return Set.copyOf(LISTS.getOrDefault(name, Set.of()));
    }

    /** The event type a sub-event type belongs to; an unknown sub-event type is an error. */
    public static String eventTypeOf(String subEventType) {
        return known(EVENT_TYPE_OF.get(subEventType), subEventType);
    }

    /** The disorder type of a sub-event type. */
    public static String disorderOf(String subEventType) {
        return known(DISORDER_OF.get(subEventType), subEventType);
    }

    private static String known(String v, String sub) {
        if (v == null) {
            throw new IllegalArgumentException("'" + sub + "' is not an ACLED sub-event type");
        }
        return v;
    }
}
