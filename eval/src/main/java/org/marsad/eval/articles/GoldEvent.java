package org.marsad.eval.articles;

import org.marsad.model.EventStatus;
import org.marsad.model.EventType;

/**
 * One gold event. {@code index} is its position in the article (0-based). A {@code place} of null means the
 * gold says the event has no place; {@code actor.primary()} null means any actor matches. {@code country} (ISO
 * 3166 alpha-2, the country the event took place in) is scored as an extra field, not in the spec's five.
 */
public record GoldEvent(int index, Choice<EventType> type, Choice<EventStatus> status, Choice<String> actor,
                        Choice<String> recipient, Choice<String> date, Choice<GoldPlace> place, Choice<Integer> dead,
                        Choice<String> country, boolean optional, boolean symmetric, String trigger, String note) {
    public GoldEvent {
        if (type == null || type.primary() == null) {
            throw new IllegalArgumentException("a gold event needs a type");
        }
        if (status == null || actor == null || recipient == null || date == null || place == null || dead == null
                || country == null) {
            throw new IllegalArgumentException("gold event fields are choices, never null");
        }
    }

    /** The same event seen from the other side: actor and recipient exchanged (symmetric events). */
    public GoldEvent swapped() {
        return new GoldEvent(index, type, status, recipient, actor, date, place, dead, country, optional, symmetric,
                trigger, note);
    }
}
