package org.judang.ui.archive;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;
import org.judang.engine.model.ArchiveKind;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.Camera;
import org.judang.ui.ModelListeners;
import org.judang.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** The grid's filters and search, bound both ways to the {@link ArchiveGridViewModel}, and the merge bar for marked archives. */
final class ArchiveFilterBar extends VBox {

    ArchiveFilterBar(ArchiveGridController controller, Messages m, ArchiveActions actions, ModelListeners listeners) {
        ArchiveGridViewModel model = controller.model();
        getStyleClass().add("filter-bar");

        TextField search = new TextField();
        search.setId("archive-search");
        search.setPromptText(m.get("filter.searchPrompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefColumnCount(15);

        ComboBox<ArchiveKind> kind = choice(m, "filter-kind", withNull(ArchiveKind.values()), k -> k == null ? m.get("filter.allKinds") : m.name(k));
        kind.valueProperty().bindBidirectional(model.kindProperty());

        ComboBox<ArchiveStatus> status = choice(m, "filter-status", withNull(ArchiveStatus.values()),
                s -> s == null ? m.get("filter.activeStatus") : m.name(s));
        status.valueProperty().bindBidirectional(model.statusProperty());

        ComboBox<Boolean> realName = choice(m, "filter-real-name", withNull(Boolean.TRUE, Boolean.FALSE),
                r -> r == null ? m.get("filter.realNameAny") : r ? m.get("filter.realNameOnly") : m.get("filter.realNameNone"));
        realName.valueProperty().bindBidirectional(model.realNameProperty());

        ComboBox<Camera> camera = new ComboBox<>();
        camera.setId("filter-camera");
        camera.getItems().add(null);
        listeners.onList(model.cameras(), (javafx.collections.ListChangeListener<Camera>) c -> {
            List<Camera> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.cameras());
            camera.getItems().setAll(items);
        });
        Function<Camera, String> cameraText = c -> c == null ? m.get("filter.allCameras") : c.name() == null || c.name().isBlank() ? c.apeId() : c.name();
        cells(camera, cameraText);
        camera.valueProperty().bindBidirectional(model.cameraProperty());

        ComboBox<TimePreset> preset = choice(m, "filter-time", List.of(TimePreset.values()),
                p -> p == null ? m.get("filter.timeCustom") : m.get("filter.time." + p.name()));
        // dates of the person's own: the button says so (a prompt text does not show once a value was chosen)
        preset.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TimePreset p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null ? m.get("filter.timeCustom") : m.get("filter.time." + p.name()));
            }
        });
        preset.setValue(model.timePresetProperty().get());
        preset.valueProperty().addListener((o, a, b) -> {
            if (b != model.timePresetProperty().get()) model.applyPreset(b);
        });
        listeners.onChange(model.timePresetProperty(), (o, a, b) -> preset.setValue(b));
        Runnable spanShown = () -> {
            var span = model.captureSpanProperty().get();
            preset.setDisable(span == null);
            preset.setTooltip(span == null ? null : new Tooltip(m.format("filter.timeTooltip", m.time(span.last()))));
        };
        listeners.on(model.captureSpanProperty(), o -> spanShown.run());
        spanShown.run();

        DatePicker from = new DatePicker();
        from.setId("filter-from");
        from.setPromptText(m.get("filter.from"));
        from.setPrefWidth(130);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("filter-to");
        to.setPromptText(m.get("filter.to"));
        to.setPrefWidth(130);
        to.valueProperty().bindBidirectional(model.toProperty());

        Spinner<Integer> minSize = new Spinner<>(1, 100_000, model.minSizeProperty().get());
        minSize.setId("filter-min-size");
        minSize.setEditable(true);
        minSize.setPrefWidth(90);
        minSize.valueProperty().addListener((o, a, b) -> model.minSizeProperty().set(b));
        listeners.onChange(model.minSizeProperty(), (o, a, b) -> minSize.getValueFactory().setValue(b.intValue()));
        Label minLabel = new Label(m.get("filter.minSize"));
        minLabel.setLabelFor(minSize);

        Button reset = new Button(m.get("filter.reset"));
        reset.setId("filter-reset");
        reset.setOnAction(e -> {
            model.kindProperty().set(null);
            model.statusProperty().set(null);
            model.cameraProperty().set(null);
            model.applyPreset(TimePreset.WHOLE_CASE);
            model.searchProperty().set("");
            model.realNameProperty().set(null);
            model.minSizeProperty().set(ArchiveGridViewModel.DEFAULT_MIN_SIZE);
            controller.clearImageSearch();
        });

        Button byImage = new Button(m.get("imageSearch.button"));
        byImage.setId("search-by-image");
        byImage.setTooltip(new Tooltip(m.get("imageSearch.tooltip")));
        byImage.setOnAction(e -> actions.searchByImage());

        Label count = new Label();
        count.setId("archive-count");
        count.getStyleClass().add("count-label");
        count.textProperty().bind(Bindings.createStringBinding(() -> model.loadingProperty().get() && model.countProperty().get() == 0
                ? m.get("grid.loading") : m.format("grid.count", model.countProperty().get()), model.countProperty(), model.loadingProperty()));

        FlowPane filters = new FlowPane(8, 6, search, byImage, kind, status, realName, camera, preset, from, to, labelled(minLabel, minSize), reset);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("filters");

        Label markedText = new Label();
        markedText.setId("marked-count");
        markedText.textProperty().bind(Bindings.createStringBinding(() -> m.format("grid.marked", model.marked().size()), model.marked()));
        Button merge = new Button(m.get("grid.mergeMarked"));
        merge.setId("merge-marked");
        merge.getStyleClass().add("accent");
        merge.disableProperty().bind(Bindings.size(model.marked()).lessThan(2));
        merge.setOnAction(e -> actions.mergeMarked());
        Button clear = new Button(m.get("grid.clearMarks"));
        clear.setOnAction(e -> model.marked().clear());
        clear.disableProperty().bind(Bindings.isEmpty(model.marked()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label hint = new Label(m.get("grid.keysHint"));
        hint.getStyleClass().add("hint");
        HBox status2 = new HBox(10, count, hint, spacer, markedText, merge, clear);
        status2.setAlignment(Pos.CENTER_LEFT);
        status2.getStyleClass().add("grid-status");
        getChildren().addAll(filters, imageSearchChip(controller, m, listeners), status2);
    }

    /** What the grid is searching by image with, how close a match must be, and the way out; shown while there is a search. */
    private static HBox imageSearchChip(ArchiveGridController controller, Messages m, ModelListeners listeners) {
        ArchiveGridViewModel model = controller.model();
        ImageView probe = new ImageView();
        probe.setFitWidth(40);
        probe.setFitHeight(40);
        probe.setPreserveRatio(true);
        Label text = new Label();
        text.setId("image-search-text");
        Spinner<Double> threshold = new Spinner<>(0.05, 1.0, ImageSearch.DEFAULT_THRESHOLD, 0.05);
        threshold.setId("image-search-threshold");
        threshold.setEditable(true);
        threshold.setPrefWidth(85);
        Label thresholdLabel = new Label(m.get("imageSearch.threshold"));
        thresholdLabel.setLabelFor(threshold);
        threshold.valueProperty().addListener((o, a, b) -> {
            if (b != null) controller.changeImageThreshold(Math.round(b * 100) / 100.0);
        });
        Button clear = new Button(m.get("imageSearch.clear"));
        clear.setId("image-search-clear");
        clear.setOnAction(e -> controller.clearImageSearch());
        HBox chip = new HBox(8, probe, text, labelled(thresholdLabel, threshold), clear);
        chip.setId("image-search");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("image-search-chip");
        Runnable shown = () -> {
            ImageSearch s = model.imageSearchProperty().get();
            chip.setVisible(s != null);
            chip.setManaged(s != null);
            if (s == null) return;
            text.setText(m.format("imageSearch.shown", s.source(), s.probes().size(), s.ranked().size()));
            text.setTooltip(s.skipped().isEmpty() ? null : new Tooltip(m.format("imageSearch.skipped", s.skipped().size()) + "\n" + String.join("\n", s.skipped())));
            probe.setImage(s.picture());
            if (Math.abs(threshold.getValue() - s.threshold()) > 1e-9) threshold.getValueFactory().setValue(s.threshold());
        };
        listeners.on(model.imageSearchProperty(), o -> shown.run());
        shown.run();
        return chip;
    }

    private static HBox labelled(Label l, Region r) {
        HBox h = new HBox(6, l, r);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    @SafeVarargs
    private static <T> List<T> withNull(T... values) {
        List<T> l = new ArrayList<>();
        l.add(null);
        l.addAll(Arrays.asList(values));
        return l;
    }

    private static <T> ComboBox<T> choice(Messages m, String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        cells(box, text);
        return box;
    }

    /** Cells that show {@code text} of their item, and a skin as wide as the widest of those texts. */
    private static <T> void cells(ComboBox<T> box, Function<T, String> text) {
        Callback<javafx.scene.control.ListView<T>, ListCell<T>> cells = v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : text.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.setPromptText(text.apply(null));
        box.setSkin(new TextWidthComboBoxSkin<>(box, text));
    }
}
