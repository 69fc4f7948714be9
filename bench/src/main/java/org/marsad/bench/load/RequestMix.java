package org.marsad.bench.load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.marsad.bench.SyntheticStore;

/**
 * The read requests of a load run, drawn at random: half are filtered event lists (type, country, actor, status,
 * date windows, now and then a text filter, some with an offset), three in ten are one event with its page, two
 * in ten are article searches. Values come from the synthetic store's vocabulary.
 */
final class RequestMix {
    private static final String[] TYPES = {"ASSAULT", "PROTEST", "CONSULT", "COERCE", "THREATEN", "AGREE"};
    private static final String[] COUNTRIES = {"SYR", "IRQ", "YEM", "SDN", "LBY", "LBN", "PSE", "TUR", "ISR", "EGY"};
    private static final String[] WORDS = {"القوات", "قصف", "مصادر محلية", "أحياء سكنية", "مظاهرة", "اعتقال"};
    private final Random random;
    private final List<String> eventIds;

    RequestMix(long seed, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            throw new IllegalArgumentException("the store has no events to ask for");
        }
        this.random = new Random(seed);
        this.eventIds = List.copyOf(eventIds);
    }

    /** One request: its kind ({@code events}, {@code event} or {@code search}) and its path with query. */
    record Request(String kind, String path) {
    }

    Request next() {
        int r = random.nextInt(10);
        if (r < 5) {
            return new Request("events", "/api/events?" + eventFilter());
        }
        if (r < 8) {
            return new Request("event", "/api/events/" + eventIds.get(random.nextInt(eventIds.size())));
        }
        return new Request("search", "/api/search?limit=10&q=" + enc(searchText()));
    }

    private String eventFilter() {
        String type = "type=" + pick(TYPES);
        String country = "country=" + pick(COUNTRIES);
        LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(6 * 365));
        return switch (random.nextInt(6)) {
            case 0 -> type + "&" + country + "&from=" + from + "&to=" + from.plusDays(30);
            case 1 -> type + "&actor=" + pick(COUNTRIES) + "MIL";
            case 2 -> "status=occurred&from=" + from + "&to=" + from.plusDays(7) + "&limit=50&offset=100";
            case 3 -> country + "&limit=20";
            case 4 -> type + "&from=" + from + "&to=" + from.plusDays(90) + "&limit=100";
            default -> "text=" + enc("مدينة " + (random.nextInt(50) + 1)) + "&limit=20";
        };
    }

    private String searchText() {
        return random.nextBoolean() ? pick(SyntheticStore.PROVINCES) : pick(WORDS);
    }

    private String pick(String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
