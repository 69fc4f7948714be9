package org.marsad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.marsad.core.segment.PageReader;

/**
 * The job's input files: listed once on the driver (any Hadoop path; folders recursively, leaving out hidden
 * files and what {@link PageReader#notAPage} names, as {@code extract} does), then each opened where it is coded.
 * Not {@code binaryFiles}: its streams each carry their whole combined split and parse every path of it again
 * when opened, so the work grows with the square of the files in a split (2,016 small files took ~150 s of a
 * 155 s local run in it).
 */
final class InputFiles {
    private InputFiles() {
    }

    /** The files of {@code inputs}, as full Hadoop paths: a file named as input is kept whatever its name. */
    static List<String> list(Configuration conf, List<String> inputs) {
        List<String> out = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path p = new Path(input);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus status = fs.getFileStatus(p);
                if (!status.isDirectory()) {
                    out.add(fs.makeQualified(p).toString());
                    continue;
                }
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(p, true);
                while (files.hasNext()) {
                    Path f = files.next().getPath();
                    if (!hidden(f) && !PageReader.notAPage(PageCoder.localName(f.toString()))) {
                        out.add(f.toString());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + input + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** Hadoop's own rule for listed folders: a name starting with {@code _} or {@code .} is not input. */
    private static boolean hidden(Path f) {
        String name = f.getName();
        return name.startsWith("_") || name.startsWith(".");
    }

    /**
     * The driver's Hadoop settings, to open the files on an executor (a {@link Configuration} is not serialisable);
     * each executor JVM builds the configuration once per job, not once per file (building one parses Hadoop's
     * default resources).
     */
    record Settings(String job, Map<String, String> values) implements java.io.Serializable {
        private static final Map<String, Configuration> BUILT = new ConcurrentHashMap<>();

        static Settings of(Configuration conf) {
            Map<String, String> values = new HashMap<>();
            conf.forEach(e -> values.put(e.getKey(), e.getValue()));
            return new Settings(UUID.randomUUID().toString(), values);
        }

        Configuration configuration() {
            return BUILT.computeIfAbsent(job, k -> {
                Configuration conf = new Configuration();
                values.forEach(conf::set);
                return conf;
            });
        }

        /** Opens {@code uri}. */
        InputStream open(String uri) throws IOException {
            Path p = new Path(uri);
            return p.getFileSystem(configuration()).open(p);
        }

        /** The whole of {@code uri}. */
        byte[] read(String uri) throws IOException {
            try (InputStream in = open(uri)) {
                return in.readAllBytes();
            }
        }
    }
}
