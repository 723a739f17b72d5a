package org.judang.ui.screenshots;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.judang.engine.export.ExportOptions;
import org.judang.engine.export.ImageMode;
import org.judang.engine.model.ArchiveKind;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.archive.ArchiveGridViewModel;
import org.judang.ui.i18n.Language;
import org.judang.ui.settings.Theme;
import org.judang.ui.shell.CaseWorkspace;
import org.judang.ui.shell.DesktopShell;
import org.judang.ui.shell.Section;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Walks the real window through case home, archive grid, archive page, merge dialog, tasks and suggestions in
 * Chinese, the grid in English and the archive page in the dark theme, writing a scene snapshot of each. Each step
 * waits until the engine thread and the thumbnail decoders are idle, then a little longer for layout to settle.
 * The user's language and theme are put back at the end.
 */
public final class ScreenshotTour {
    /** Consecutive idle checks (100 ms apart) before a snapshot. */
    private static final int SETTLE = 6;

    private final DesktopShell shell;
    private final Path out;
    /** A step runs once its condition holds (by default: the window is idle, and has been for a moment). */
    private record Step(java.util.function.BooleanSupplier ready, Runnable action) {}

    private final Deque<Step> steps = new ArrayDeque<>();
    private final Language userLanguage;
    private final Theme userTheme;
    private Timeline ticker;
    private int idleTicks;
    private int waitedTicks;

    public ScreenshotTour(DesktopShell shell, Path out) {
        this.shell = shell;
        this.out = out;
        this.userLanguage = shell.messages().language();
        this.userTheme = shell.theme();
    }

    public void run() {
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + out + ": " + e.getMessage(), e);
        }
        shell.stage().setWidth(1440);
        shell.stage().setHeight(900);
        step(() -> shell.apply(Language.CHINESE, Theme.LIGHT));
        step(() -> shell.show(Section.HOME));
        step(() -> snap("case-home"));
        step(() -> shell.show(Section.ARCHIVES));
        step(() -> snap("archive-grid"));
        step(this::openTypicalArchive);
        step(this::highlightOutliers);
        step(() -> snap("archive-page"));
        step(() -> ws().back());
        step(this::searchByImageOfAMember);
        step(() -> snap("archive-grid-by-image"));
        step(() -> ws().grid().clearImageSearch());
        step(this::openMerge);
        step(this::snapDialog);
        step(() -> {
            ws().export(); // as offered: a folder with the images as files
            closeDialogs(true);
            shell.show(Section.TASKS);
        });
        step(() -> ws().calls().call(() -> ws().session().startExport(ws().session().folder().resolve("exports").resolve("inline.zip"),
                new ExportOptions(ImageMode.INLINE, true)), t -> { }));
        // the second export is pictured while it runs, with its progress and the time left
        stepWhen(() -> ws().tasks().model().activeProperty().get() != null && ws().tasks().model().activeProperty().get().progress() > 0.25,
                () -> snap("tasks"));
        step(() -> shell.show(Section.SUGGESTIONS));
        step(() -> snap("suggestions"));
        step(() -> shell.apply(Language.ENGLISH, Theme.LIGHT));
        step(() -> shell.show(Section.ARCHIVES));
        step(() -> snap("archive-grid-en"));
        step(() -> shell.apply(Language.CHINESE, Theme.DARK));
        step(this::openLargestArchive);
        step(this::highlightOutliers);
        step(() -> snap("archive-page-dark"));
        step(() -> {
            shell.apply(userLanguage, userTheme);
            shell.quit();
        });
        ticker = new Timeline(new KeyFrame(Duration.millis(100), e -> tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    private void step(Runnable action) {
        steps.add(new Step(null, action));
    }

    private void stepWhen(java.util.function.BooleanSupplier ready, Runnable action) {
        steps.add(new Step(ready, action));
    }

    private CaseWorkspace ws() {
        return shell.workspace();
    }

    private void tick() {
        waitedTicks++;
        Step next = steps.peek();
        if (next == null) {
            ticker.stop();
            return;
        }
        boolean ready = shell.workspace() != null && (next.ready() != null ? next.ready().getAsBoolean() : shell.idle());
        idleTicks = ready ? idleTicks + 1 : 0;
        // a step that never settles (an endless task) must not hang the tour: go on after 60 s
        if (idleTicks < (next.ready() != null ? 1 : SETTLE) && waitedTicks < 600) return;
        idleTicks = 0;
        waitedTicks = 0;
        steps.poll();
        try {
            next.action().run();
        } catch (RuntimeException e) {
            System.err.println("Screenshot tour: " + e.getMessage());
            ticker.stop();
            Platform.exit();
        }
    }

    /** Opens a person archive of typical size: more than a handful of members, far from the largest. */
    private void openTypicalArchive() {
        ArchiveGridViewModel grid = ws().grid().model();
        long n = Math.min(grid.countProperty().get(), grid.pageSize());
        Optional<Integer> pick = IntStream.range(0, (int) n).boxed()
                .filter(i -> grid.loaded(i).map(c -> c.archive().kind() == ArchiveKind.PERSON && c.archive().recordCount() >= 12
                        && c.archive().recordCount() <= 60).orElse(false))
                .findFirst();
        int index = pick.orElse(0);
        grid.select(index);
        grid.loaded(index).ifPresent(ws()::open);
    }

    /**
     * Searches by image with a face of the open archive as another system would hand it over: its message body with
     * its feature and its crop inline, in a file of its own.
     */
    private void searchByImageOfAMember() {
        var session = ws().session();
        var face = ws().page().model().members().stream().filter(r -> r.type() == org.judang.engine.model.ObjectType.FACE && r.cropImage() != null)
                .findFirst().orElse(null);
        if (face == null) return;
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var object = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(session.rawObject(face.id()).orElseThrow());
            byte[] crop = Files.readAllBytes(session.imageFile(face.cropImage()).orElseThrow());
            for (var sub : object.path("SubImageList").path("SubImageInfoObject")) {
                if ("11".equals(sub.path("Type").asText())) ((com.fasterxml.jackson.databind.node.ObjectNode) sub).put("Data", java.util.Base64.getEncoder().encodeToString(crop));
            }
            Path file = Files.createTempDirectory("judang-probe").resolve("capture.json");
            file.getParent().toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            Files.writeString(file, json.createObjectNode().set("FaceObject", object).toString());
            ws().grid().searchByImage(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the capture to search with: " + e.getMessage(), e);
        }
    }

    /** The largest archive: hundreds of members, the case the page must stay smooth with. */
    private void openLargestArchive() {
        ArchiveGridViewModel grid = ws().grid().model();
        grid.select(0);
        grid.loaded(0).ifPresent(ws()::open);
    }

    /** Moves the threshold slider as a person would, to the fifth least similar member, and selects those below it. */
    private void highlightOutliers() {
        var page = ws().page().model();
        List<Double> sims = page.members().stream().map(org.judang.engine.model.ObjectRecord::similarity).sorted().toList();
        if (sims.size() < 10) return;
        page.thresholdProperty().set(Math.ceil(sims.get(sims.size() / 5) * 100) / 100);
        page.selectIntruders();
    }

    /** Marks three person archives of similar size and opens the merge dialog on them. */
    private void openMerge() {
        ArchiveGridViewModel grid = ws().grid().model();
        List<ArchiveCard> persons = IntStream.range(0, (int) Math.min(grid.countProperty().get(), grid.pageSize()))
                .mapToObj(grid::loaded).flatMap(Optional::stream)
                .filter(c -> c.archive().kind() == ArchiveKind.PERSON && c.archive().recordCount() >= 4 && c.archive().recordCount() <= 40)
                .sorted(Comparator.comparingInt(c -> c.archive().recordCount())).toList();
        grid.marked().clear();
        persons.stream().skip(Math.max(0, persons.size() / 2 - 1)).limit(3).forEach(grid::toggleMark);
        ws().mergeMarked();
    }

    private void snapDialog() {
        for (Window w : Window.getWindows()) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane) {
                write(w.getScene(), "merge-dialog");
            }
        }
        closeDialogs(false);
    }

    private void closeDialogs(boolean confirm) {
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                pane.getButtonTypes().stream()
                        .filter(b -> confirm == (b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE))
                        .findFirst().ifPresent(b -> ((javafx.scene.control.Button) pane.lookupButton(b)).fire());
            }
        }
    }

    private void snap(String name) {
        shell.notifier().clear(); // notices of earlier steps would cover what the picture is about
        write(shell.stage().getScene(), name);
    }

    private void write(Scene scene, String name) {
        WritableImage img = scene.snapshot(null);
        Path file = out.resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        System.out.println("Wrote " + file);
    }
}
