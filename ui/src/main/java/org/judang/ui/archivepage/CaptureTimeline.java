package org.judang.ui.archivepage;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.i18n.Messages;

import java.util.List;
import java.util.Set;

/**
 * The archive's captures over time: its span cut into equal bins, one bar per bin, the bars holding selected members
 * marked. Bars are regions styled by the stylesheet, so both themes colour them.
 */
public final class CaptureTimeline extends BorderPane {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final int BINS = 60;
    private static final double BAR_HEIGHT = 64;

    private final Messages m;
    private final HBox bars = new HBox(2);
    private final Label start = new Label();
    private final Label end = new Label();
    private final Label title = new Label();
    /** What the bar under the pointer holds; one label rather than a tooltip per bar (tooltips are windows). */
    private final Label hover = new Label();

    public CaptureTimeline(Messages m) {
        this.m = m;
        getStyleClass().add("timeline");
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.setMinHeight(BAR_HEIGHT);
        bars.setPrefHeight(BAR_HEIGHT);
        bars.getStyleClass().add("timeline-bars");
        title.getStyleClass().add("section-title");
        start.getStyleClass().add("axis-label");
        end.getStyleClass().add("axis-label");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox axis = new HBox(start, spacer, end);
        hover.getStyleClass().add("axis-label");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        setTop(new HBox(title, gap, hover));
        setCenter(bars);
        setBottom(axis);
    }

    /** How many captures fall in each of {@link #BINS} equal parts of [first, last]; all in one bin when the span is 0. */
    static int[] histogram(List<ObjectRecord> members, long first, long last) {
        int[] counts = new int[BINS];
        double span = Math.max(1, last - first);
        for (ObjectRecord r : members) {
            if (r.shotTime() == null) continue;
            int b = (int) Math.min(BINS - 1, Math.floor((r.shotTime() - first) / span * BINS));
            counts[Math.max(0, b)]++;
        }
        return counts;
    }

    public void show(List<ObjectRecord> members, Set<String> selected) {
        long first = members.stream().filter(r -> r.shotTime() != null).mapToLong(ObjectRecord::shotTime).min().orElse(0);
        long last = members.stream().filter(r -> r.shotTime() != null).mapToLong(ObjectRecord::shotTime).max().orElse(0);
        int[] counts = histogram(members, first, last);
        boolean[] marked = new boolean[BINS];
        double span = Math.max(1, last - first);
        if (!selected.isEmpty()) {
            for (ObjectRecord r : members) {
                if (r.shotTime() != null && selected.contains(r.id())) {
                    marked[Math.max(0, (int) Math.min(BINS - 1, Math.floor((r.shotTime() - first) / span * BINS)))] = true;
                }
            }
        }
        int max = 1;
        for (int c : counts) max = Math.max(max, c);
        // the bars are made once and changed in place: a selection redraws them without new nodes to style
        for (int i = 0; i < BINS; i++) {
            Region bar = bar(i);
            bar.pseudoClassStateChanged(SELECTED, marked[i]);
            double h = counts[i] == 0 ? 1 : Math.max(3, BAR_HEIGHT * counts[i] / max);
            bar.setMinHeight(h);
            bar.setPrefHeight(h);
            bar.setMaxHeight(h);
            long binStart = first + (long) (span * i / BINS);
            int n = counts[i];
            bar.setOnMouseEntered(n == 0 ? null : e -> hover.setText(m.format("timeline.bin", m.time(binStart), n)));
        }
        long timed = members.stream().filter(r -> r.shotTime() != null).count();
        title.setText(m.format("timeline.title", timed));
        start.setText(timed == 0 ? "" : m.time(first));
        end.setText(timed == 0 ? "" : m.time(last));
    }

    private Region bar(int i) {
        if (i < bars.getChildren().size()) return (Region) bars.getChildren().get(i);
        Region bar = new Region();
        bar.getStyleClass().add("timeline-bar");
        bar.setMinWidth(2);
        bar.setPrefWidth(8);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        bar.setOnMouseExited(e -> hover.setText(""));
        bars.getChildren().add(bar);
        return bar;
    }
}
