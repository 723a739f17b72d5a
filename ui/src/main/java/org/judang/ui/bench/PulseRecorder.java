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
 * gap grows with the load while the CPU time does not; both are reported. Called on the JavaFX thread.
 */
final class PulseRecorder {
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread = Thread.currentThread().getId();
    private final List<Long> wall = new ArrayList<>();
    private final List<Long> cpu = new ArrayList<>();
    private long renderer = -1;
    private long lastPulse;
    private long lastCpu;
    private boolean recording;

    void start() {
        wall.clear();
        cpu.clear();
        recording = true;
        lastPulse = 0;
    }

    void stop() {
        recording = false;
    }

    /** Called at every pulse (from an animation timer). */
    void pulse(long now) {
        long c = cpuNow();
        if (recording && lastPulse != 0) {
            wall.add(now - lastPulse);
            cpu.add(c - lastCpu);
        }
        lastPulse = now;
        lastCpu = c;
    }

    /** Frames, longest and 99th-percentile wall-clock gap, longest and 99th-percentile CPU time per gap, as JSON fields. */
    String json() {
        return String.format(Locale.ROOT, "\"frames\": %d, \"max_pulse_gap_ms\": %.1f, \"p99_pulse_gap_ms\": %.1f, \"max_pulse_cpu_ms\": %.1f, "
                + "\"p99_pulse_cpu_ms\": %.1f", wall.size(), max(wall), p99(wall), max(cpu), p99(cpu));
    }

    private long cpuNow() {
        if (renderer < 0) {
            renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(0);
        }
        long fx = threads.getCurrentThreadCpuTime();
        long render = renderer > 0 ? Math.max(0, threads.getThreadCpuTime(renderer)) : 0;
        return fx + render;
    }

    private static double max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    private static double p99(List<Long> values) {
        if (values.isEmpty()) return 0;
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.99))) / 1e6;
    }
}
