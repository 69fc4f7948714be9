package org.marsad.export;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.Entity;
import org.marsad.model.Event;
import org.marsad.model.EventStatus;
import org.marsad.model.Location;

/**
 * What ACLED would code of a Marsad event: its sub-event type (and from it the event type and disorder type, by
 * {@link AcledVocabulary}), the actors' ACLED-style names and type codes, the day and time precision. An event
 * ACLED does not code (a statement, a meeting, a threat; a planned or denied event; a date known only to the year)
 * gets a reason instead of a type.
 */
final class AcledMapping {
    private AcledMapping() {
    }

    /** An ACLED type, or the reason the event is not one ACLED codes. */
    record Coding(String subEventType, String notCoded) {
        String eventType() {
            return AcledVocabulary.eventTypeOf(subEventType);
        }

        String disorderType() {
            return AcledVocabulary.disorderOf(subEventType);
        }

        boolean coded() {
            return notCoded == null;
        }
    }

    private static Coding type(String sub) {
        return new Coding(sub, null);
    }

    private static Coding not(String reason) {
        return new Coding("Other", reason);
    }

    static Coding of(Event e) {
        if (e.status() != EventStatus.OCCURRED && e.status() != EventStatus.ONGOING) {
            return not("status " + e.status().json());
        }
        String mode = e.mode() == null ? "" : e.mode().json();
        String cameo = e.cameo() == null ? "" : e.cameo();
        switch (e.type()) {
            case ASSAULT:
                return assault(e, mode, cameo);
            case PROTEST:
                return type(mode.equals("riot") ? "Violent demonstration" : "Peaceful protest");
            case COERCE:
                if (mode.equals("arrest")) {
                    return type("Arrests");
                }
                return mode.equals("seize") ? type("Looting/property destruction") : not("COERCE/" + mode);
            case AGREE:
                return cameo.startsWith("057") ? type("Agreement") : not("AGREE other than a signed agreement");
            case RETREAT:
                if (mode.equals("ceasefire")) {
                    return type("Agreement");
                }
                return mode.equals("withdraw") ? type("Non-violent transfer of territory") : not("RETREAT/" + mode);
            case MOBILIZE:
                return mode.equals("troops") ? type("Change to group/activity") : not("MOBILIZE/" + mode);
            default:
                return not(e.type().name());
        }
    }

    private static Coding assault(Event e, String mode, String cameo) {
        if (cameo.startsWith("195") || mode.equals("aerial")) {
            return type("Air/drone strike");
        }
        if (cameo.startsWith("192")) {
            return type(inter(e.actor(), e, 1) == 1 ? "Government regains territory" : "Non-state actor overtakes territory");
        }
        switch (mode) {
            case "heavy-weapons":
                return type("Shelling/artillery/missile attack");
            case "explosives":
                return type("Remote explosive/landmine/IED");
            case "suicide-attack":
                return type("Suicide bomb");
            case "unconventional":
                return type("Chemical weapon");
            case "sexual":
                return type("Sexual violence");
            case "abduct":
                return type("Abduction/forced disappearance");
            case "seize":
                return type("Looting/property destruction");
            default:
                break;
        }
        boolean civilians = e.recipient() != null && inter(e.recipient(), e, 2) == 7;
        return civilians || Set.of("assassinate", "massacre", "beat", "torture").contains(mode) ? type("Attack")
                : type("Armed clash");
    }

    /** The event's country: the place's, else the actor's, else the recipient's. */
    static Optional<Countries.Country> country(Event e) {
        Location l = e.location();
        if (l != null && l.countryCode() != null) {
            return Countries.of(l.countryCode());
        }
        for (Entity x : new Entity[] {e.actor(), e.recipient()}) {
            if (x != null && x.country() != null) {
                Optional<Countries.Country> c = Countries.of(x.country());
                if (c.isPresent()) {
                    return c;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * ACLED's actor type code of one side (1 state forces ... 8 external/other forces; 0 no such side). In a protest
     * the first side is protesters (6), in a riot rioters (5); a state's forces acting outside their country are
     * external forces (8).
     */
    static int inter(Entity x, Event e, int side) {
        if (x == null) {
            return 0;
        }
        String mode = e.mode() == null ? "" : e.mode().json();
        String sector = x.sector() == null ? "" : x.sector().json();
        boolean state = Set.of("GOV", "MIL", "COP", "SPY", "JUD", "LEG").contains(sector) || countryOnly(x);
        if (side == 1 && e.type() == org.marsad.model.EventType.PROTEST && !state) {
            return mode.equals("riot") ? 5 : 6;
        }
        if (state) {
            String here = country(e).map(Countries.Country::iso3).orElse(null);
            return here != null && x.country() != null && !Countries.of(x.country()).map(Countries.Country::iso3)
                    .orElse(x.country()).equals(here) ? 8 : 1;
        }
        switch (sector) {
            case "REB":
                return 2;
            case "UAF":
            case "PRM":
            case "OPP":
            case "PTY":
                return 3;
            case "CVL":
            case "REF":
            case "JRN":
            case "MED":
            case "EDU":
            case "LAB":
            case "AGR":
            case "REL":
            case "BUS":
            case "ELI":
            case "SOC":
                return 7;
            default:
                return 8;
        }
    }

    /** A side coded as a country alone ("إسرائيل", "الجانب التونسي": ISR, TUN, no sector): ACLED's state side. */
    static boolean countryOnly(Entity x) {
        return x.sector() == null && x.country() != null && x.country().equals(x.code());
    }

    /** ACLED's name of one side, in its style ({@code Military Forces of Syria}, {@code Civilians (Iraq)}). */
    static String name(Entity x, Event e, int side) {
        if (x == null) {
            return "";
        }
        String country = Optional.ofNullable(x.country()).flatMap(Countries::of).map(Countries.Country::name)
                .orElse(country(e).map(Countries.Country::name).orElse(null));
        int inter = inter(x, e, side);
        String sector = x.sector() == null ? "" : x.sector().json();
        if (country != null) {
            if (inter == 6) {
                return "Protesters (" + country + ")";
            }
            if (inter == 5) {
                return "Rioters (" + country + ")";
            }
            if (countryOnly(x)) {
                sector = e.type() == org.marsad.model.EventType.ASSAULT ? "MIL" : "GOV";
            }
            switch (sector) {
                case "MIL":
                    return "Military Forces of " + country;
                case "GOV":
                    return "Government of " + country;
                case "COP":
                    return "Police Forces of " + country;
                case "UAF":
                    return "Unidentified Armed Group (" + country + ")";
                default:
                    break;
            }
            if (inter == 7) {
                return "Civilians (" + country + ")";
            }
        }
        return x.nameEn() != null ? x.nameEn() : x.text();
    }

    /** The associated actor ACLED names for a civilian group ({@code Refugees/IDPs (Syria)}), else empty. */
    static String associated(Entity x, Event e, int side) {
        if (x == null || x.sector() == null || inter(x, e, side) != 7) {
            return "";
        }
        String country = Optional.ofNullable(x.country()).flatMap(Countries::of).map(Countries.Country::name)
                .orElse(country(e).map(Countries.Country::name).orElse(""));
        String group = switch (x.sector().json()) {
            case "REF" -> "Refugees/IDPs";
            case "JRN" -> "Journalists";
            case "MED" -> "Health Workers";
            case "EDU" -> "Teachers";
            case "LAB" -> "Labor Group";
            case "AGR" -> "Farmers";
            default -> null;
        };
        return group == null ? "" : country.isEmpty() ? group : group + " (" + country + ")";
    }

    /** The interaction code: the two type codes, the smaller first; a lone side as its code followed by 0. */
    static int interaction(int inter1, int inter2) {
        if (inter2 == 0) {
            return inter1 * 10;
        }
        return Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    }

    /** The day and time precision ACLED gives a date, or null when ACLED could not date the event. */
    record Dated(String day, int timePrecision) {
    }

    /**
     * Day-precision dates are day 1; a week (or a day standing for its week) and a {@code reported} date (the report's
     * publication day, an upper bound) are 2; a month is its middle day, the 15th, with 3. A date known only to the
     * year, or not at all, is not one ACLED can code.
     */
    static Optional<Dated> dated(org.marsad.model.EventDate d) {
        String v = d.value();
        if (v == null) {
            return Optional.empty();
        }
        switch (d.precision().json().toLowerCase(Locale.ROOT)) {
            case "day":
                return v.length() == 10 ? Optional.of(new Dated(v, 1)) : Optional.empty();
            case "week":
            case "reported":
                return v.length() == 10 ? Optional.of(new Dated(v, 2)) : Optional.empty();
            case "month":
                return v.length() >= 7 ? Optional.of(new Dated(v.substring(0, 7) + "-15", 3)) : Optional.empty();
            default:
                return Optional.empty();
        }
    }
}
