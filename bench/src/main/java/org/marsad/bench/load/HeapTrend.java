package org.marsad.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The heap left after each garbage collection during a run, from the collectors' notifications (no collection is
 * forced): memory is flat when what survives the collections late in the run is no more than early in it. Reports
 * the mean over the first and the last third of the run.
 */
final class HeapTrend implements NotificationListener, AutoCloseable {
    private final long start = System.nanoTime();
    private final List<long[]> points = new ArrayList<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();

    HeapTrend() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter e) {
                e.addNotificationListener(this, null, null);
                emitters.add(e);
            }
        }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += u.getUsed();
        }
        synchronized (points) {
            points.add(new long[] {System.nanoTime() - start, used});
        }
    }

    /** Mean MiB after a collection in the first and the last third of {@code nanos}, and the collections seen. */
    String line(long nanos) {
        long[] sum = new long[2];
        int[] n = new int[2];
        int all;
        synchronized (points) {
            all = points.size();
            for (long[] p : points) {
                int third = p[0] < nanos / 3 ? 0 : p[0] >= nanos * 2 / 3 ? 1 : -1;
                if (third >= 0) {
                    sum[third] += p[1];
                    n[third]++;
                }
            }
        }
        return String.format(Locale.ROOT, "heap MiB left by the %d collections during the run: first third %s, "
                + "last third %s", all, mean(sum[0], n[0]), mean(sum[1], n[1]));
    }

    private static String mean(long sum, int n) {
        return n == 0 ? "none" : String.format(Locale.ROOT, "%d (mean of %d)", sum / n >> 20, n);
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(this);
            } catch (ListenerNotFoundException x) {
                throw new IllegalStateException("the heap listener was not registered", x);
            }
        }
    }
}
