package org.marsad.watch;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The feeds file: one http(s) URL a line; blank lines and lines starting with {@code #} are ignored; a line
 * that is not an absolute http(s) URL is an error naming its line number. Duplicates are kept once.
 */
public final class FeedList {
    private FeedList() {
    }

    /** The feed URLs of the file, in order; throws IllegalArgumentException on a bad line or an unreadable file. */
    public static List<URI> read(Path file) {
        if (file == null) {
            throw new IllegalArgumentException("read needs a file");
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read feeds file " + file + ": " + e.getMessage(), e);
        }
        Set<URI> feeds = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            feeds.add(parse(line, file + ":" + (i + 1)));
        }
        return new ArrayList<>(feeds);
    }

    static URI parse(String line, String where) {
        try {
            URI uri = new URI(line);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(where + ": not a URL: " + line, e);
        }
        throw new IllegalArgumentException(where + ": not an http(s) URL: " + line);
    }
}
