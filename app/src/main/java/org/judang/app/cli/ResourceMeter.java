package org.judang.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak heap (sum of the heap pools' peaks since the last reset) and peak resident set size of this process. */
final class ResourceMeter {
    private ResourceMeter() {}

    static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
        }
    }

    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) sum += p.getPeakUsage().getUsed();
        }
        return sum;
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
