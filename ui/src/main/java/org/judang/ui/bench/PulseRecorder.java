package org.judang.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Gaps between JavaFX pulses while it records: the wall-clock gap, which a person sees as a stall, and the CPU time
 * the JavaFX thread and the renderer spent in it, which is the window's own work. On a busy machine the wall-clock
 * gap grows with the load while the CPU time does not; both are reported. Also the memory the JavaFX thread and the
 * renderer allocated per frame and the garbage collections meanwhile (each young collection stops every thread, and
 * stalls the window for its pause). Called on the JavaFX thread.
 */
final class PulseRecorder {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean) threads;
    private long allocatedAtStart;
    private long gcCountAtStart;
    private long gcMillisAtStart;
    private long allocated;
    private long gcCount;
    private long gcMillis;
    private final long fxThread = Thread.currentThread().getId();
    private final List<Long> wall = new ArrayList<>();
    private final List<Long> cpu = new ArrayList<>();
    /** What counts as a long gap: 50 ms (the target's stall), or {@code -Duibench.longGapMs=N} to see shorter ones. */
    private static final long LONG_GAP_MS = Long.getLong("uibench.longGapMs", 50);
    /** Long gaps: when they ended (ms since the JVM started, as in its GC log), wall-clock and CPU ms. */
    private final List<String> longGaps = new ArrayList<>();
    private final java.lang.management.RuntimeMXBean runtime = ManagementFactory.getRuntimeMXBean();
    private long renderer = -1;
    private long lastPulse;
    private long lastCpu;
    private long fxTotal;
    private long renderTotal;
    private long lastFx;
    private long lastRender;
    private boolean recording;
    private long startUptime, stopUptime;
    /** Bytes allocated by every thread of the process (page loads on the engine's threads too), at start and over the phase. */
    private long totalAtStart, total;

    void start() {
        wall.clear();
        cpu.clear();
        longGaps.clear();
        fxTotal = 0;
        renderTotal = 0;
        recording = true;
        lastPulse = 0;
        startUptime = runtime.getUptime();
        totalAtStart = allocations.getTotalThreadAllocatedBytes();
        allocatedAtStart = allocatedBytes();
        gcCountAtStart = gcs(true);
        gcMillisAtStart = gcs(false);
    }

    void stop() {
        if (!recording) return;
        recording = false;
        stopUptime = runtime.getUptime();
        total = allocations.getTotalThreadAllocatedBytes() - totalAtStart;
        allocated = allocatedBytes() - allocatedAtStart;
        gcCount = gcs(true) - gcCountAtStart;
        gcMillis = gcs(false) - gcMillisAtStart;
    }

    /** Bytes allocated so far by the JavaFX thread and the renderer. */
    private long allocatedBytes() {
        long fx = allocations.getThreadAllocatedBytes(fxThread);
        rendererCpu();
        return fx + (renderer > 0 ? Math.max(0, allocations.getThreadAllocatedBytes(renderer)) : 0);
    }

    /** Collections so far (count) or their time (ms), all collectors. */
    private static long gcs(boolean count) {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, count ? gc.getCollectionCount() : gc.getCollectionTime());
        return sum;
    }

    /** Called at every pulse (from an animation timer). */
    void pulse(long now) {
        long fx = threads.getCurrentThreadCpuTime();
        long render = rendererCpu();
        long c = fx + render;
        if (recording && lastPulse != 0) {
            wall.add(now - lastPulse);
            cpu.add(c - lastCpu);
            if (now - lastPulse > LONG_GAP_MS * 1_000_000L) {
                longGaps.add(String.format(Locale.ROOT, "[%d, %.0f, %.0f]", runtime.getUptime(), (now - lastPulse) / 1e6, (c - lastCpu) / 1e6));
            }
            fxTotal += fx - lastFx;
            renderTotal += render - lastRender;
        }
        lastPulse = now;
        lastCpu = c;
        lastFx = fx;
        lastRender = render;
    }

    /**
     * Frames; longest, 99th-percentile and median wall-clock gap; the same for the CPU time per gap; the mean CPU time
     * per frame of the JavaFX thread and of the renderer; the allocation (of the JavaFX thread and the renderer per
     * frame, of the whole process per second) and collections; the JVM's uptime at start and stop and the gaps over
     * long gaps (over 50 ms unless set), to be matched against the GC log ({@code -Xlog:gc}, whose times are the JVM's uptime too); as JSON fields.
     */
    String json() {
        int n = Math.max(1, wall.size());
        return String.format(Locale.ROOT, "\"frames\": %d, \"max_pulse_gap_ms\": %.1f, \"p99_pulse_gap_ms\": %.1f, \"median_pulse_gap_ms\": %.1f, "
                        + "\"max_pulse_cpu_ms\": %.1f, \"p99_pulse_cpu_ms\": %.1f, \"median_pulse_cpu_ms\": %.1f, \"mean_fx_cpu_ms\": %.1f, "
                        + "\"mean_render_cpu_ms\": %.1f, \"fx_render_alloc_kb_per_frame\": %.0f, \"process_alloc_mb_per_s\": %.1f, \"gcs\": %d, \"gc_ms\": %d, "
                        + "\"uptime_ms\": [%d, %d], \"gaps_over_%dms_at_uptime_ms_wall_cpu\": [%s]", wall.size(), max(wall),
                quantile(wall, 0.99), quantile(wall, 0.5), max(cpu), quantile(cpu, 0.99), quantile(cpu, 0.5), fxTotal / 1e6 / n,
                renderTotal / 1e6 / n, allocated / 1024.0 / n, total / 1048576.0 / Math.max(0.001, (stopUptime - startUptime) / 1000.0),
                gcCount, gcMillis, startUptime, stopUptime, LONG_GAP_MS, String.join(", ", longGaps));
    }

    private long rendererCpu() {
        if (renderer < 0) {
            renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(0);
        }
        return renderer > 0 ? Math.max(0, threads.getThreadCpuTime(renderer)) : 0;
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    private static double quantile(List<Long> values, double q) {
        if (values.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round((sorted.size() - 1) * q))) / 1e6;
    }
}
