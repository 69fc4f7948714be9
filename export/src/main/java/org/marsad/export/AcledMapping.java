package org.marsad.export;

import org.marsad.model.DatePrecision;
import org.marsad.model.Event;

/**
 * ACLED's event type and sub-event type from PLOVER type + mode (and the recipient's sector), and ACLED's time
 * precision from the date precision. ACLED codes political violence, demonstrations and strategic
 * developments; verbal events map to "Strategic developments / Other".
 */
final class AcledMapping {
    private AcledMapping() {
    }

    record Type(String eventType, String subEventType) {
    }

    static Type of(Event e) {
        String mode = e.mode() == null ? "" : e.mode();
        switch (e.type()) {
            case ASSAULT:
                return assault(e, mode);
            case PROTEST:
                return mode.equals("riot") ? new Type("Riots", "Violent demonstration")
                        : new Type("Protests", "Peaceful protest");
            case COERCE:
                if (mode.equals("arrest")) {
                    return new Type("Strategic developments", "Arrests");
                }
                return mode.equals("seize") ? new Type("Strategic developments", "Looting/property destruction")
                        : new Type("Strategic developments", "Other");
            case AGREE:
                return new Type("Strategic developments", "Agreement");
            case MOBILIZE:
            case RETREAT:
                return new Type("Strategic developments", "Change to group/activity");
            default:
                return new Type("Strategic developments", "Other");
        }
    }

    private static Type assault(Event e, String mode) {
        switch (mode) {
            case "aerial":
                return new Type("Explosions/Remote violence", "Air/drone strike");
            case "heavy-weapons":
                return new Type("Explosions/Remote violence", "Shelling/artillery/missile attack");
            case "explosives":
                return new Type("Explosions/Remote violence", "Remote explosive/landmine/IED");
            case "suicide-attack":
                return new Type("Explosions/Remote violence", "Suicide bomb");
            case "sexual":
                return new Type("Violence against civilians", "Sexual violence");
            case "abduct":
                return new Type("Violence against civilians", "Abduction/forced disappearance");
            default:
                break;
        }
        boolean civilians = e.recipient() != null && "CVL".equals(e.recipient().sector());
        return civilians || mode.equals("assassinate") || mode.equals("massacre")
                ? new Type("Violence against civilians", "Attack") : new Type("Battles", "Armed clash");
    }

    /** ACLED time precision: 1 day, 2 week or a few days, 3 month or coarser. */
    static Integer timePrecision(DatePrecision p) {
        switch (p) {
            case DAY:
                return 1;
            case WEEK:
                return 2;
            case MONTH:
            case YEAR:
            case REPORTED:
                return 3;
            default:
                return null;
        }
    }
}
