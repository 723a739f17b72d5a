package org.judang.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak heap and peak resident set size of this process. The heap figures come from the collector's own reports:
 * {@link #peakHeapBytes()} is the most heap in use just before any collection (what the program needed at its
 * busiest, garbage included, never more than the maximum heap: a collector fills the heap it is given before it
 * collects), {@link #peakLiveHeapBytes()} the most the old generation held after a collection of it (the live data). Summing the pools' separate peaks, as this class once did, counted young and old
 * generations at their fullest at different moments and reported more than {@code -Xmx}.
 */
final class ResourceMeter {
    private static final java.util.Set<String> HEAP_POOLS = new java.util.HashSet<>();
    private static final java.util.concurrent.atomic.AtomicLong PEAK = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.concurrent.atomic.AtomicLong PEAK_LIVE = new java.util.concurrent.atomic.AtomicLong();
    private static final java.util.regex.Pattern OLD = java.util.regex.Pattern.compile("Old|Tenured");

    static {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) HEAP_POOLS.add(p.getName());
        }
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (!(gc instanceof javax.management.NotificationEmitter emitter)) continue;
            emitter.addNotificationListener((n, handback) -> {
                if (!com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) return;
                var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData()).getGcInfo();
                PEAK.accumulateAndGet(heap(info.getMemoryUsageBeforeGc()), Math::max);
                // live data: what the old generation held after the last collection of it (a young collection
                // leaves the old generation's garbage in place, so the heap after it is not the live set)
                for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                    if (p.getType() == MemoryType.HEAP && OLD.matcher(p.getName()).find() && p.getCollectionUsage() != null) {
                        PEAK_LIVE.accumulateAndGet(p.getCollectionUsage().getUsed(), Math::max);
                    }
                }
            }, null, null);
        }
    }

    private ResourceMeter() {}

    private static long heap(java.util.Map<String, java.lang.management.MemoryUsage> pools) {
        long sum = 0;
        for (var e : pools.entrySet()) if (HEAP_POOLS.contains(e.getKey())) sum += e.getValue().getUsed();
        return sum;
    }

    static void resetPeaks() {
        System.gc();
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        PEAK.set(now);
        PEAK_LIVE.set(0);
    }

    /** The most heap in use at any moment since the last reset (before a collection, or now). */
    static long peakHeapBytes() {
        return Math.max(PEAK.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most the old generation held after a collection of it since the last reset (0 when none collected it). */
    static long peakLiveHeapBytes() {
        return PEAK_LIVE.get();
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    static String vectorPath() {
        boolean incubator = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
        return "Java " + Runtime.version().feature() + ", jdk.incubator.vector " + (incubator ? "loaded" : "absent")
                + "; exact kNN: plain Java loops auto-vectorised by the JIT; jvector: " + org.judang.engine.vector.VectorPath.describe();
    }
}
