package org.judang.ui.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.settings.UserSettings;
import org.judang.ui.shell.CaseWorkspace;
import org.judang.ui.shell.DesktopShell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;

/**
 * Benchmark of the desktop window on a real case (not a timed test): prints JSON lines with
 * <ul>
 *   <li>{@code open_to_grid_ms}: from opening the case to a counted grid whose first tiles have their thumbnails;
 *       {@code process_start_to_grid_ms}: the same end from the start of the process (the JVM's own start-up, the
 *       JavaFX toolkit's and the window's construction included: what a person who starts the program waits), and
 *       {@code process_start_to_open_ms} the part of it before the case is asked for;
 *       {@code open_to_idle_ms}: until the rest of the window (home figures, task list, suggestions) is loaded too;
 *       {@code reopen_to_grid_ms}: closing the case and opening it again, with the program's code loaded and compiled;</li>
 *   <li>{@code all_archives}: the grid switched to every archive (one-capture ones too), and the time until usable;</li>
 *   <li>{@code scroll}: 8 s ({@code -Duibench.scrollSeconds=N}) of scrolling through that grid at about 4,000 px/s, then jumps of a page, then to the end
 *       and back: frames, longest and 99th-percentile gap between pulses, and the same for the CPU time the JavaFX
 *       thread and the renderer spent per gap (on a busy machine the gaps grow with the load, the CPU time does not);</li>
 *   <li>{@code open_archive_ms}: opening the largest archive (or the one given) until its members and the thumbnails
 *       on screen are shown, and the longest pulse gap meanwhile.</li>
 * </ul>
 * Needs a display (Xvfb will do). Usage: {@code java -cp judang.jar org.judang.ui.bench.UiBench CASE_DIR [ARCHIVE_ID]}
 * on an existing case (e.g. one made with {@code judang generate}, {@code import} and {@code cluster}).
 * {@code -Duibench.openOnly=true} stops after the first open (to measure start-up alone, several times);
 * {@code -Duibench.openEarly=false} does not open the case while the toolkit starts ({@link org.judang.ui.shell.EarlyOpen}).
 */
public final class UiBench {
    private UiBench() {}

    public static void main(String[] args) {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: UiBench CASE_DIR [ARCHIVE_ID]");
            System.exit(2);
        }
        // as the workstation's launcher does; -Duibench.openEarly=false opens the case only once the window asks
        if (!"false".equals(System.getProperty("uibench.openEarly"))) org.judang.ui.shell.EarlyOpen.begin(Path.of(args[0]));
        Application.launch(Window.class, args);
    }

    /** The benchmark's window: the workstation's own shell on a throwaway settings node. */
    public static final class Window extends Application {
        private final List<Step> steps = new ArrayList<>();
        private DesktopShell shell;
        private long stepStart;
        private long openStart;
        private long openCpu;
        private PulseRecorder pulses;
        /** The scroll step's parts apart: smooth scrolling, page jumps, to the end and back. */
        private PulseRecorder smooth, jumps, ends;
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        private long stepCpu;

        private record Step(String name, BooleanSupplier done, Runnable start, Runnable report) {}

        @Override
        public void start(Stage stage) {
            Path folder = Path.of(getParameters().getRaw().get(0));
            String archiveId = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : null;
            Preferences node = Preferences.userRoot().node("org/judang/bench/" + UUID.randomUUID());
            shell = new DesktopShell(stage, new UserSettings(node), null);
            stage.setWidth(1440);
            stage.setHeight(900);

            pulses = new PulseRecorder();
            smooth = new PulseRecorder();
            jumps = new PulseRecorder();
            ends = new PulseRecorder();
            steps.add(new Step("open_case", () -> ws() != null, () -> {
                openStart = System.nanoTime();
                print("{\"process_start_to_open_ms\": %d}", sinceProcessStart());
                openCpu = os.getProcessCpuTime();
                shell.start(folder);
            }, () -> print("{\"case_open_ms\": %d}", millis())));
            steps.add(new Step("open_to_grid", this::gridUsable, () -> { }, () -> print("{\"open_to_grid_ms\": %d, \"process_start_to_grid_ms\": %d, "
                    + "\"process_cpu_ms\": %d, \"process_cpu_since_start_ms\": %d, \"archives_shown\": %d}", (System.nanoTime() - openStart) / 1_000_000,
                    sinceProcessStart(), (os.getProcessCpuTime() - openCpu) / 1_000_000, os.getProcessCpuTime() / 1_000_000, grid().countProperty().get())));
            steps.add(new Step("open_to_idle", shell::idle, () -> print("{\"cpu_by_thread_ms\": {%s}}", threadCpu()), () -> {
                print("{\"open_to_idle_ms\": %d}", (System.nanoTime() - openStart) / 1_000_000);
                if (Boolean.getBoolean("uibench.openOnly")) {
                    steps.clear();
                    removeNode(node);
                    shell.quit();
                }
            }));
            // the same again with the program warm: what the first open costs beyond it is the JVM loading and compiling code
            steps.add(new Step("reopen", () -> gridUsable() && shell.idle(), () -> {
                shell.closeCase();
                shell.openCase(folder);
            }, () -> print("{\"reopen_to_grid_ms\": %d}", millis())));
            steps.add(new Step("all_archives", () -> gridUsable() && shell.idle(), () -> grid().minSizeProperty().set(1),
                    () -> print("{\"all_archives\": %d, \"refilter_ms\": %d}", grid().countProperty().get(), millis())));
            steps.add(scroll());
            steps.add(new Step("open_archive", () -> ws().pageOpen() && ws().page().model().archiveProperty().get() != null
                    && ws().page().model().members().size() == ws().page().model().archiveProperty().get().recordCount()
                    && ws().thumbnails().pendingProperty().get() == 0, () -> {
                pulses.start();
                if (archiveId != null) {
                    ws().openArchive(archiveId);
                } else {
                    grid().select(0);
                    grid().loaded(0).ifPresent(ws()::open);
                }
            }, () -> {
                pulses.stop();
                print("{\"open_archive_ms\": %d, \"process_cpu_ms\": %d, \"members\": %d, %s}", millis(), cpuMillis(),
                        ws().page().model().members().size(), pulses.json());
                removeNode(node);
                shell.quit();
            }));

            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    for (PulseRecorder r : List.of(pulses, smooth, jumps, ends)) r.pulse(now);
                    tick(now);
                }
            }.start();
            next();
        }

        /** How long the smooth scrolling lasts: 8 s, or {@code -Duibench.scrollSeconds=N} (long runs meet young collections). */
        private static final long SMOOTH_SCROLL_NANOS = Long.getLong("uibench.scrollSeconds", 8) * 1_000_000_000L;
        private Step current;
        private long scrollUntil;
        private int phase;

        private Step scroll() {
            return new Step("scroll", () -> phase == 4 && shell.idle(), () -> {
                pulses.start();
                smooth.start();
                phase = 0;
                scrollUntil = System.nanoTime() + SMOOTH_SCROLL_NANOS;
            }, () -> {
                pulses.stop();
                ends.stop();
                print("{\"scroll\": {%s}, \"thumbnails_cached\": %d}", pulses.json(), ws().thumbnails().cachedCount());
                print("{\"scroll_smooth\": {%s}}", smooth.json());
                print("{\"scroll_page_jumps\": {%s}}", jumps.json());
                print("{\"scroll_to_end_and_back\": {%s}}", ends.json());
            });
        }

        private void tick(long now) {
            if (current == null) return;
            if (current.name().equals("scroll")) scrollPulse();
            if (current.done().getAsBoolean()) {
                current.report().run();
                next();
            }
        }

        /** Smooth scrolling, then page jumps, then to the end and back to the top, as a person looking for someone would. */
        private void scrollPulse() {
            if (ws() == null || shell.mainWindow().gridView() == null) return;
            VirtualFlow<?> flow = (VirtualFlow<?>) shell.mainWindow().gridView().grid().lookup(".virtual-flow");
            if (flow == null) return;
            long t = System.nanoTime();
            switch (phase) {
                case 0 -> {
                    flow.scrollPixels(70); // ~4,200 px/s at 60 pulses a second
                    if (t > scrollUntil) {
                        smooth.stop();
                        jumps.start();
                        phase = 1;
                        scrollUntil = t + 4_000_000_000L;
                    }
                }
                case 1 -> {
                    grid().moveSelection(grid().columnsProperty().get() * 4);
                    if (t > scrollUntil) {
                        jumps.stop();
                        ends.start();
                        phase = 2;
                    }
                }
                case 2 -> {
                    grid().select((int) grid().countProperty().get() - 1);
                    phase = 3;
                }
                case 3 -> {
                    grid().select(0);
                    phase = 4;
                }
                default -> { }
            }
        }

        private void next() {
            if (steps.isEmpty()) {
                current = null;
                return;
            }
            current = steps.remove(0);
            stepStart = System.nanoTime();
            stepCpu = os.getProcessCpuTime();
            current.start().run();
        }

        private CaseWorkspace ws() {
            return shell.workspace();
        }

        private ArchiveGridViewModel grid() {
            return ws().grid().model();
        }

        /** Counted, its first page loaded and the thumbnails of the tiles on screen decoded: the person can work. */
        private boolean gridUsable() {
            return ws() != null && shell.mainWindow().gridView() != null && !grid().loadingProperty().get()
                    && (grid().countProperty().get() == 0 || grid().loaded(0).isPresent()) && ws().thumbnails().pendingProperty().get() == 0
                    && !shell.mainWindow().gridView().grid().lookupAll(".archive-tile").isEmpty();
        }

        private long millis() {
            return (System.nanoTime() - stepStart) / 1_000_000;
        }

        private static void removeNode(Preferences node) {
            try {
                node.removeNode();
            } catch (Exception e) {
                // the throwaway settings node stays; harmless
            }
        }

        /**
         * CPU time of the process's busiest threads so far, the JVM's own (compilers, collector) included, as JSON
         * fields; read from /proc (Linux), empty elsewhere. Shows where a first open's time goes besides the window.
         */
        private static String threadCpu() {
            Path tasks = Path.of("/proc/self/task");
            if (!java.nio.file.Files.isDirectory(tasks)) return "";
            java.util.Map<String, Long> byName = new java.util.TreeMap<>();
            try (var ids = java.nio.file.Files.list(tasks)) {
                for (Path t : ids.toList()) {
                    try {
                        String stat = java.nio.file.Files.readString(t.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')).replaceAll("[0-9#]+$", "").strip();
                        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime + stime, fields 14 and 15
                        byName.merge(name, ticks * 10, Long::sum); // 100 ticks a second
                    } catch (Exception e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (java.io.IOException e) {
                return "";
            }
            return byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                    .map(e -> "\"" + e.getKey() + "\": " + e.getValue()).collect(java.util.stream.Collectors.joining(", "));
        }

        /** Wall-clock time since the operating system started this process (before the JVM itself was loaded). */
        private static long sinceProcessStart() {
            long start = ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                    .orElse(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
            return System.currentTimeMillis() - start;
        }

        /** CPU time of the whole process (every thread) since the step started. */
        private long cpuMillis() {
            return (os.getProcessCpuTime() - stepCpu) / 1_000_000;
        }

        private static void print(String format, Object... args) {
            System.out.println(String.format(Locale.ROOT, format, args));
        }

        @Override
        public void stop() {
            Platform.exit();
        }
    }
}
