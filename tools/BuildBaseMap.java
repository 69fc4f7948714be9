// Builds the web map's base layer from Natural Earth admin-1 polygons (public domain):
//   java tools/BuildBaseMap.java /work/shared/data/natural-earth/ne_10m_admin1_mena.geojson \
//        server/src/main/resources/org/marsad/server/web/basemap.geojson
// Keeps each first-level division's English and Arabic names and country, rounds coordinates to 0.01 degree
// (about 1 km) and drops the points that rounding makes repeat. No dependencies: a small JSON reader is below.
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class BuildBaseMap {
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/BuildBaseMap.java NE_ADMIN1.geojson OUT.geojson");
            System.exit(2);
        }
        Object root = new Reader(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8)).value();
        StringBuilder out = new StringBuilder("{\"type\":\"FeatureCollection\",\"source\":\"Natural Earth 10m admin-1 (public domain), simplified by tools/BuildBaseMap.java\",\"features\":[\n");
        int n = 0;
        for (Object f : list(map(root).get("features"))) {
            Map<String, Object> props = map(map(f).get("properties"));
            Map<String, Object> geom = map(map(f).get("geometry"));
            if (geom == null) {
                continue;
            }
            out.append(n++ == 0 ? "" : ",\n").append("{\"type\":\"Feature\",\"properties\":{")
                    .append("\"cc\":").append(str(props.get("iso_a2"))).append(",\"name\":").append(str(props.get("name_en")))
                    .append(",\"name_ar\":").append(str(props.get("name_ar"))).append("},\"geometry\":{\"type\":")
                    .append(str(geom.get("type"))).append(",\"coordinates\":");
            coords(geom.get("coordinates"), out);
            out.append("}}");
        }
        out.append("\n]}\n");
        Files.writeString(Path.of(args[1]), out.toString(), StandardCharsets.UTF_8);
        System.err.println(n + " features, " + out.length() / 1024 + " KiB -> " + args[1]);
    }

    /** Writes nested coordinate arrays; a ring of points is rounded and de-duplicated. */
    static void coords(Object c, StringBuilder out) {
        List<Object> l = list(c);
        if (!l.isEmpty() && l.get(0) instanceof Double) {
            out.append('[').append(round((Double) l.get(0))).append(',').append(round((Double) l.get(1))).append(']');
            return;
        }
        boolean ring = !l.isEmpty() && list(l.get(0)).size() > 0 && list(l.get(0)).get(0) instanceof Double;
        out.append('[');
        String last = null;
        int written = 0;
        for (int i = 0; i < l.size(); i++) {
            StringBuilder p = new StringBuilder();
            coords(l.get(i), p);
            if (ring && p.toString().equals(last) && i < l.size() - 1) {
                continue;
            }
            out.append(written++ == 0 ? "" : ",").append(p);
            last = p.toString();
        }
        out.append(']');
    }

    static String round(double d) {
        return String.valueOf(Math.round(d * 100) / 100.0);
    }

    static String str(Object o) {
        if (o == null) {
            return "null";
        }
        return "\"" + o.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o == null ? List.of() : (List<Object>) o;
    }

    /** A minimal JSON reader: objects, arrays, strings, numbers (as Double), true, false, null. */
    static final class Reader {
        private final String s;
        private int i;

        Reader(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // ':'
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int st = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            return Double.parseDouble(s.substring(st, i));
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
            i++;
            return b.toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
