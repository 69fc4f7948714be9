import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives core/src/main/resources/org/marsad/core/event/cameo-plover.tsv (CAMEO code → PLOVER type, mode,
 * contexts) from openeventdata/PLOVER's CAMEO2PLOVER-2021.txt (CC BY-SA 4.0, Philip Schrodt).
 * Usage: java tools/CameoPlover.java PATH/CAMEO2PLOVER-2021.txt OUT.tsv
 * Lines look like "0841: RETREAT, release,   legal # Return, release person(s)"; two-digit root lines without
 * commas ("04: CONSULT") become rows with no mode. When a code repeats, the first row wins.
 */
public class CameoPlover {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/CameoPlover.java CAMEO2PLOVER-2021.txt OUT.tsv");
            System.exit(2);
        }
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            int colon = body.indexOf(':');
            if (colon < 0 || !body.substring(0, colon).strip().matches("\\d{2,4}")) {
                continue;
            }
            String code = body.substring(0, colon).strip();
            String[] parts = body.substring(colon + 1).split(",", -1);
            String type = parts[0].strip();
            if (!type.matches("[A-Z]+")) {
                continue;
            }
            String mode = parts.length > 1 ? clean(parts[1]) : "-";
            String contexts = parts.length > 2 ? contexts(parts[2]) : "-";
            rows.putIfAbsent(code, code + "\t" + type + "\t" + mode + "\t" + contexts);
        }
        List<String> out = new ArrayList<>();
        out.add("# CAMEO code -> PLOVER type, mode, contexts. Derived by tools/CameoPlover.java on " + LocalDate.now());
        out.add("# Source: openeventdata/PLOVER CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8, Philip Schrodt),");
        out.add("# licence CC BY-SA 4.0; this derived table is shared under the same licence.");
        out.add("# columns: cameo\ttype\tmode (- none)\tcontexts (; separated, - none)");
        out.addAll(rows.values());
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
        System.err.println(rows.size() + " codes written to " + args[1]);
    }

    private static String clean(String s) {
        String v = s.strip().replace(' ', '-');
        return v.isEmpty() ? "-" : v;
    }

    private static String contexts(String s) {
        List<String> cs = new ArrayList<>();
        for (String c : s.split(";")) {
            if (!c.isBlank()) {
                cs.add(c.strip());
            }
        }
        return cs.isEmpty() ? "-" : String.join(";", cs);
    }
}
