package org.judang.ui.archivepage;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.ModelListeners;
import org.judang.ui.archive.ArchiveCard;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;
import org.judang.ui.tiles.TileGrid;

import java.util.Locale;

/**
 * The archive page, built from the {@link ArchivePageViewModel}: a header with the archive's facts and review
 * commands, the members grid with its order, intruder threshold and selection commands, the timeline below it, and
 * on the right the focused member, the camera plan and the archive's details.
 * <p>Keys (outside text fields): arrows move (Shift extends the selection), Space selects, Ctrl+A selects all,
 * I selects likely intruders, X splits, R takes out (not this identity), V moves, M merges, C confirms and goes on,
 * H hides and goes on, J/K next/previous archive, T scene, O order, Esc back.
 */
public final class ArchivePageView extends BorderPane {
    private static final double GAP = 8;

    private final ArchivePageViewModel model;
    private final ArchivePageController controller;
    private final ArchivePageActions actions;
    private final Messages m;
    private final TileGrid<MemberTile> grid;
    private final MemberPreview preview;
    private final CaptureTimeline timeline;
    private final CameraPlan plan;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final ModelListeners listeners;
    private final HBox realName = new HBox(8);
    private boolean selectionDrawPending;

    public ArchivePageView(ArchivePageController controller, ArchivePageActions actions, Messages m, ThumbnailCache thumbnails, ModelListeners listeners) {
        this.listeners = listeners;
        this.controller = controller;
        this.model = controller.model();
        this.actions = actions;
        this.m = m;
        getStyleClass().add("archive-page");
        grid = new TileGrid<>(MemberTile.WIDTH, MemberTile.HEIGHT, GAP, () -> newTile(thumbnails), this::bind);
        grid.setId("member-grid");
        grid.setAccessibleText(m.get("page.membersAccessible"));
        preview = new MemberPreview(m, thumbnails);
        timeline = new CaptureTimeline(m);
        plan = new CameraPlan(m);

        setTop(header());
        BorderPane members = new BorderPane(grid);
        members.setTop(memberBar());
        members.setBottom(timeline);
        SplitPane split = new SplitPane(members, side(thumbnails));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.7);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);

        listeners.onList(model.members(), (ListChangeListener<ObjectRecord>) c -> membersChanged());
        // selecting all of an archive of 10,000 members is 10,000 set changes: draw once, after the last
        listeners.onSet(model.selected(), (SetChangeListener<String>) c -> {
            if (selectionDrawPending) return;
            selectionDrawPending = true;
            Platform.runLater(() -> {
                selectionDrawPending = false;
                grid.redraw();
                timeline.show(model.members(), model.selected());
            });
        });
        listeners.onChange(model.focusedIndexProperty(), (o, a, b) -> {
            grid.redraw();
            grid.reveal(b.intValue());
            showPreview();
        });
        listeners.on(model.thresholdProperty(), o -> grid.redraw());
        listeners.on(model.showSceneProperty(), o -> showPreview());
        listeners.on(model.archiveProperty(), o -> header(model.archiveProperty().get()));
        listeners.onMap(model.cameras(), (MapChangeListener<String, org.judang.engine.model.Camera>) c -> plan.show(model.cameras().values(), model.members()));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showRealName();
        if (model.archiveProperty().get() != null) {
            header(model.archiveProperty().get());
            membersChanged();
        }
    }

    /** The members grid, to give it the keyboard focus. */
    public TileGrid<MemberTile> grid() {
        return grid;
    }

    private Node header() {
        Button back = button("page.back", "page-back", "page.backKey", actions::back);
        back.getStyleClass().add("back-button");
        title.getStyleClass().add("page-title");
        title.setId("page-title");
        subtitle.getStyleClass().add("page-subtitle");
        subtitle.setId("page-subtitle");
        status.getStyleClass().add("status-chip");
        Button copyId = new Button(m.get("page.copyId"));
        copyId.setId("copy-id");
        copyId.getStyleClass().add("small-button");
        copyId.setFocusTraversable(false);
        copyId.setOnAction(e -> {
            if (model.archiveProperty().get() == null) return;
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(model.archiveProperty().get().id());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
        HBox titleLine = new HBox(10, title, status, copyId);
        titleLine.setAlignment(Pos.BASELINE_LEFT);
        realName.setAlignment(Pos.CENTER_LEFT);
        realName.getStyleClass().add("real-name-box");
        realName.setId("real-name");
        listeners.on(model.realNameProperty(), o -> showRealName());
        VBox titles = new VBox(2, titleLine, subtitle, realName);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button prev = button("page.previous", "page-previous", "page.previousKey", actions::previous);
        Button next = button("page.next", "page-next", "page.nextKey", actions::next);
        Button confirm = button("page.confirm", "page-confirm", "page.confirmKey", this::confirmAndNext);
        confirm.getStyleClass().add("accent");
        Button hide = button("page.hide", "page-hide", "page.hideKey", this::hideAndNext);
        hide.textProperty().bind(Bindings.createStringBinding(() -> model.archiveProperty().get() != null
                && model.archiveProperty().get().status() == ArchiveStatus.HIDDEN ? m.get("page.unhide") : m.get("page.hide"), model.archiveProperty()));
        Button merge = button("page.merge", "page-merge", "page.mergeKey", () -> actions.mergeWith(model.archiveProperty().get()));
        HBox h = new HBox(10, back, titles, spacer, prev, next, merge, hide, confirm);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("page-header");
        return h;
    }

    private Node memberBar() {
        ToggleGroup order = new ToggleGroup();
        ToggleButton bySimilarity = new ToggleButton(m.get("page.orderSimilarity"));
        bySimilarity.setId("order-similarity");
        ToggleButton byTime = new ToggleButton(m.get("page.orderTime"));
        byTime.setId("order-time");
        bySimilarity.setToggleGroup(order);
        byTime.setToggleGroup(order);
        bySimilarity.setSelected(model.orderProperty().get() == MemberOrder.SIMILARITY);
        byTime.setSelected(model.orderProperty().get() == MemberOrder.TIME);
        order.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) a.setSelected(true); // one order is always chosen
            else model.orderProperty().set(b == byTime ? MemberOrder.TIME : MemberOrder.SIMILARITY);
        });
        listeners.onChange(model.orderProperty(), (o, a, b) -> (b == MemberOrder.TIME ? byTime : bySimilarity).setSelected(true));
        HBox orderBox = new HBox(0, bySimilarity, byTime);
        orderBox.getStyleClass().add("segmented");

        Slider threshold = new Slider(0, 1, model.thresholdProperty().get());
        threshold.setId("intruder-threshold");
        threshold.setPrefWidth(150);
        threshold.setBlockIncrement(0.01);
        threshold.valueProperty().bindBidirectional(model.thresholdProperty());
        Label thresholdText = new Label();
        thresholdText.setId("intruder-text");
        thresholdText.textProperty().bind(Bindings.createStringBinding(() -> m.format("page.intruders",
                String.format(Locale.ROOT, "%.2f", model.thresholdProperty().get()), model.intrudersBinding().get()),
                model.thresholdProperty(), model.intrudersBinding()));
        thresholdText.getStyleClass().add("intruder-text");
        Button selectIntruders = button("page.selectIntruders", "select-intruders", "page.selectIntrudersKey", model::selectIntruders);

        ToggleButton scene = new ToggleButton(m.get("page.scene"));
        scene.setId("toggle-scene");
        scene.setTooltip(new Tooltip(m.get("page.sceneKey")));
        scene.selectedProperty().bindBidirectional(model.showSceneProperty());

        Label selection = new Label();
        selection.setId("selection-count");
        selection.getStyleClass().add("selection-count");
        selection.textProperty().bind(Bindings.createStringBinding(() -> m.format("page.selected", model.selected().size(), model.members().size()),
                model.selected(), model.members()));
        Button splitButton = button("page.split", "split-selection", "page.splitKey", controller::split);
        Button reject = button("page.reject", "reject-selection", "page.rejectKey", controller::notThisIdentity);
        Button move = button("page.move", "move-selection", "page.moveKey", this::move);
        Button cover = button("page.cover", "set-cover", "page.coverKey", () -> model.focused().ifPresent(r -> controller.setCover(r.id())));
        for (Button b : new Button[]{splitButton, reject, move}) b.disableProperty().bind(Bindings.isEmpty(model.selected()));

        // two deliberate rows, the same in both languages: how the members are shown, then what to do with the selection
        Region gap1 = new Region();
        HBox.setHgrow(gap1, Priority.ALWAYS);
        HBox review = new HBox(8, orderBox, threshold, thresholdText, selectIntruders, gap1, scene);
        review.setAlignment(Pos.CENTER_LEFT);
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox act = new HBox(8, selection, splitButton, reject, move, gap2, cover);
        act.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, review, act);
        bar.getStyleClass().add("member-bar");
        return bar;
    }

    private Node side(ThumbnailCache thumbnails) {
        Tab planTab = new Tab(m.get("page.planTab"), plan);
        Tab detailsTab = new Tab(m.get("page.detailsTab"), new ArchiveDetailsForm(model, controller, m, listeners));
        detailsTab.setId("details-tab");
        Tab relatedTab = new Tab(m.get("page.relatedTab"), new RelatedArchivesView(model, controller, m, thumbnails, actions::openArchive));
        relatedTab.setId("related-tab");
        TabPane tabs = new TabPane(planTab, detailsTab, relatedTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox side = new VBox(10, preview, tabs);
        side.getStyleClass().add("page-side");
        side.setMinWidth(MemberPreview.WIDTH + 24);
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("side-scroll");
        return scroll;
    }

    private Button button(String textKey, String id, String tooltipKey, Runnable action) {
        Button b = new Button(m.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(m.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private void header(Archive a) {
        if (a == null) return;
        title.setText(new ArchiveCard(a, null).title());
        subtitle.setText(m.format("page.subtitle", m.name(a.kind()), m.name(a.primaryType()), a.recordCount(), m.time(a.firstTime()),
                m.time(a.lastTime()), a.id()));
        status.setText(m.name(a.status()));
        status.getStyleClass().removeIf(s -> s.startsWith("status-") && !s.equals("status-chip"));
        status.getStyleClass().add("status-" + a.status().name().toLowerCase(Locale.ROOT));
        status.setVisible(true);
    }

    /** The matched known person with the evidence, and (while only proposed) the buttons to confirm or reject it. */
    private void showRealName() {
        org.judang.engine.archive.RealName r = model.realNameProperty().get();
        realName.getChildren().clear();
        realName.setVisible(r != null);
        realName.setManaged(r != null);
        if (r == null) return;
        boolean proposed = r.state() == org.judang.engine.archive.RealName.State.PROPOSED;
        Label chip = new Label(m.get(proposed ? "tile.realNameProposed" : "tile.realName"));
        chip.getStyleClass().add("tile-real-name");
        Label who = new Label(m.format("page.realName", r.name(), r.idType() == null ? "" : r.idType(), r.idNumber() == null ? "" : r.idNumber(),
                String.format(Locale.ROOT, "%.2f", r.similarity())));
        realName.getChildren().addAll(chip, who);
        if (proposed) {
            Button yes = new Button(m.get("page.realNameConfirm"));
            yes.setId("real-name-confirm");
            yes.setOnAction(e -> controller.judgeRealName(true));
            Button no = new Button(m.get("page.realNameReject"));
            no.setId("real-name-reject");
            no.setOnAction(e -> controller.judgeRealName(false));
            for (Button b : new Button[]{yes, no}) b.setFocusTraversable(false);
            realName.getChildren().addAll(yes, no);
        }
    }

    private void membersChanged() {
        grid.countProperty().set(model.members().size());
        grid.redraw();
        grid.reveal(model.focusedIndexProperty().get());
        timeline.show(model.members(), model.selected());
        plan.show(model.cameras().values(), model.members());
        showPreview();
    }

    private void showPreview() {
        preview.show(model.focused().orElse(null), model.cameras(), model.showSceneProperty().get());
    }

    private void bind(MemberTile tile, int index) {
        if (index >= model.members().size()) return;
        ObjectRecord r = model.members().get(index);
        tile.show(r, model.cameras(), model.selected().contains(r.id()), index == model.focusedIndexProperty().get(), model.isIntruder(r));
    }

    private MemberTile newTile(ThumbnailCache thumbnails) {
        MemberTile t = new MemberTile(m, thumbnails);
        t.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !(t.getUserData() instanceof Integer index)) return;
            grid.requestFocus();
            model.pick(index, e.isShortcutDown(), e.isShiftDown());
        });
        return t;
    }

    private void move() {
        if (model.selected().isEmpty()) return;
        actions.pickArchive(model.archiveProperty().get(), controller::moveTo);
    }

    private void confirmAndNext() {
        if (model.archiveProperty().get() == null || model.archiveProperty().get().status() == ArchiveStatus.CONFIRMED) {
            actions.next();
            return;
        }
        controller.confirm(r -> actions.next());
    }

    private void hideAndNext() {
        if (model.archiveProperty().get() == null) return;
        if (model.archiveProperty().get().status() == ArchiveStatus.HIDDEN) {
            controller.unhide();
            return;
        }
        controller.hide(r -> actions.next());
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl) {
            if (e.getCode() == KeyCode.ESCAPE) grid.requestFocus();
            return;
        }
        int cols = Math.max(1, grid.columnsProperty().get());
        boolean shift = e.isShiftDown();
        if (e.isShortcutDown()) {
            if (e.getCode() == KeyCode.A) {
                model.selectAll();
                e.consume();
            }
            return;
        }
        if (e.isAltDown()) {
            if (e.getCode() == KeyCode.RIGHT) actions.next();
            else if (e.getCode() == KeyCode.LEFT) actions.previous();
            else return;
            e.consume();
            return;
        }
        switch (e.getCode()) {
            case LEFT -> model.moveFocus(-1, shift);
            case RIGHT -> model.moveFocus(1, shift);
            case UP -> model.moveFocus(-cols, shift);
            case DOWN -> model.moveFocus(cols, shift);
            case PAGE_UP -> model.moveFocus(-cols * grid.visibleRows(), shift);
            case PAGE_DOWN -> model.moveFocus(cols * grid.visibleRows(), shift);
            case HOME -> model.moveFocus(-model.members().size(), shift);
            case END -> model.moveFocus(model.members().size(), shift);
            case SPACE -> model.toggleFocused();
            case I -> model.selectIntruders();
            case X -> controller.split();
            case R -> controller.notThisIdentity();
            case V -> move();
            case M -> actions.mergeWith(model.archiveProperty().get());
            case C -> confirmAndNext();
            case H -> hideAndNext();
            case J -> actions.next();
            case K -> actions.previous();
            case T -> model.showSceneProperty().set(!model.showSceneProperty().get());
            case O -> model.orderProperty().set(model.orderProperty().get() == MemberOrder.TIME ? MemberOrder.SIMILARITY : MemberOrder.TIME);
            case ESCAPE -> {
                if (!model.selected().isEmpty()) model.selected().clear();
                else actions.back();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }
}
