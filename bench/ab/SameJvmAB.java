import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Compares builds of Marsad in one JVM: each jar's pipeline is loaded in a class loader of its own, and one pass of
 * each over the same corpus pages runs in turn (the order flips every round), so a host that speeds up and slows
 * down from minute to minute weighs on every build alike. Separate `marsad bench` runs cannot show a 10% change on
 * such a host (identical runs differ by 20% and more). Prints the worker thread's CPU per pass after the warm-up.
 *
 *   ./mvnw -q -o package -DskipTests && cp cli/target/marsad.jar /tmp/new.jar   (and an older build as /tmp/old.jar)
 *   java -Xmx3g bench/ab/SameJvmAB.java /tmp/old.jar /tmp/new.jar
 *   options: -Drounds=24 -Dwarm=6 -Dlimit=2000 -Dcorpus=../shared/data/corpora
 */
public class SameJvmAB {
  static final class Side { String name; Object pipeline; List<?> pages; Method process; List<Long> times = new ArrayList<>(); }
  public static void main(String[] a) throws Exception {
    int rounds = Integer.getInteger("rounds", 24), warm = Integer.getInteger("warm", 6), limit = Integer.getInteger("limit", 2000);
    List<Side> sides = new ArrayList<>();
    for (String jar : a) {
      URLClassLoader cl = new URLClassLoader(new URL[]{Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Side s = new Side(); s.name = Path.of(jar).getFileName().toString();
      Class<?> pc = cl.loadClass("org.marsad.core.pipeline.Pipeline");
      s.pipeline = pc.getMethod("standard").invoke(null);
      Class<?> lc = cl.loadClass("org.marsad.bench.CorpusLoader");
      s.pages = (List<?>) lc.getMethod("load", Path.class, int.class).invoke(lc.getConstructor().newInstance(), Path.of(System.getProperty("corpus", "../shared/data/corpora")), limit);
      s.process = pc.getMethod("process", cl.loadClass("org.marsad.core.segment.Page"));
      sides.add(s);
    }
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    for (int r = 0; r < rounds; r++) {
      List<Side> order = new ArrayList<>(sides); if (r % 2 == 1) Collections.reverse(order);
      for (Side s : order) {
        long t0 = tb.getCurrentThreadCpuTime();
        for (Object p : s.pages) s.process.invoke(s.pipeline, p);
        long dt = tb.getCurrentThreadCpuTime() - t0;
        if (r >= warm) s.times.add(dt);
      }
    }
    for (Side s : sides) {
      List<Long> t = new ArrayList<>(s.times); Collections.sort(t);
      double mean = t.stream().mapToLong(x -> x).average().orElse(0);
      System.out.printf("%-14s median %.1f ms  min %.1f  mean %.1f  (n=%d)%n", s.name, t.get(t.size()/2)/1e6, t.get(0)/1e6, mean/1e6, t.size());
    }
  }
}
