package org.judang.ui.archivepage;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.i18n.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case's cameras on a plan drawn from their coordinates (no map tiles: the workstation is offline), the
 * cameras that saw the archive sized by how often, and its path from camera to camera in time order.
 */
public final class CameraPlan extends Pane {
    private static final double PAD = 28;
    /** Room above the plan for the legend. */
    private static final double LEGEND = 22;

    private final Messages m;
    private List<Camera> cameras = List.of();
    private List<ObjectRecord> members = List.of();
    private double drawnWidth = -1;
    private double drawnHeight = -1;

    public CameraPlan(Messages m) {
        this.m = m;
        getStyleClass().add("camera-plan");
        setMinSize(200, 160);
        setPrefSize(360, 260);
    }

    public void show(Collection<Camera> all, List<ObjectRecord> archiveMembers) {
        this.cameras = all.stream().filter(Camera::hasCoordinates).sorted(Comparator.comparing(Camera::apeId)).toList();
        this.members = archiveMembers;
        drawnWidth = -1;
        requestLayout();
    }

    /** The cameras visited in time order, each run of captures at one camera counted once. */
    static List<String> path(List<ObjectRecord> members) {
        List<ObjectRecord> timed = members.stream().filter(r -> r.shotTime() != null && r.deviceId() != null)
                .sorted(Comparator.comparingLong(ObjectRecord::shotTime).thenComparing(ObjectRecord::id)).toList();
        List<String> out = new ArrayList<>();
        for (ObjectRecord r : timed) if (out.isEmpty() || !out.get(out.size() - 1).equals(r.deviceId())) out.add(r.deviceId());
        return out;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getWidth() != drawnWidth || getHeight() != drawnHeight) draw();
    }

    private void draw() {
        drawnWidth = getWidth();
        drawnHeight = getHeight();
        getChildren().clear();
        if (cameras.isEmpty()) {
            Label none = new Label(m.get("plan.noCoordinates"));
            none.getStyleClass().add("placeholder-text");
            getChildren().add(none);
            none.applyCss();
            none.autosize();
            none.relocate(PAD, PAD);
            return;
        }
        double minLon = cameras.stream().mapToDouble(Camera::longitude).min().orElse(0);
        double maxLon = cameras.stream().mapToDouble(Camera::longitude).max().orElse(0);
        double minLat = cameras.stream().mapToDouble(Camera::latitude).min().orElse(0);
        double maxLat = cameras.stream().mapToDouble(Camera::latitude).max().orElse(0);
        // a degree of longitude is shorter than one of latitude away from the equator
        double kx = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max(1e-6, (maxLon - minLon) * kx);
        double spanY = Math.max(1e-6, maxLat - minLat);
        double scale = Math.min((drawnWidth - 2 * PAD) / spanX, (drawnHeight - 2 * PAD - LEGEND) / spanY);
        double offX = (drawnWidth - spanX * scale) / 2;
        double offY = LEGEND + (drawnHeight - LEGEND - spanY * scale) / 2;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (Camera c : cameras) {
            at.put(c.apeId(), new double[]{offX + (c.longitude() - minLon) * kx * scale, offY + (maxLat - c.latitude()) * scale});
        }
        List<javafx.geometry.Bounds> placed = new ArrayList<>();
        Map<String, Integer> visits = new LinkedHashMap<>();
        for (ObjectRecord r : members) if (r.deviceId() != null) visits.merge(r.deviceId(), 1, Integer::sum);
        int most = visits.values().stream().mapToInt(Integer::intValue).max().orElse(1);

        // each pair of cameras the archive moved between, once, thicker the more often: readable (and cheap to
        // draw) even for an archive of thousands of captures
        List<String> path = path(members);
        Map<String, Integer> moves = new LinkedHashMap<>();
        for (int i = 1; i < path.size(); i++) {
            String a = path.get(i - 1), b = path.get(i);
            moves.merge(a.compareTo(b) < 0 ? a + "\n" + b : b + "\n" + a, 1, Integer::sum);
        }
        int busiest = moves.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Map.Entry<String, Integer> e : moves.entrySet()) {
            String[] ends = e.getKey().split("\n");
            double[] p = at.get(ends[0]), q = at.get(ends[1]);
            if (p == null || q == null) continue;
            Line line = new Line(p[0], p[1], q[0], q[1]);
            line.getStyleClass().add("camera-path");
            line.setStrokeWidth(1.5 + 4 * Math.sqrt((double) e.getValue() / busiest));
            Tooltip.install(line, new Tooltip(m.format("plan.moves", e.getValue())));
            getChildren().add(line);
        }

        // the dots first, then the names above them: visited cameras (most visited first) claim their places before
        // the others, a name covers neither another name nor another camera, and a camera the archive never visited
        // that finds no free place keeps its name in its tooltip only
        Map<String, Double> radius = new LinkedHashMap<>();
        List<javafx.geometry.Bounds> dots = new ArrayList<>();
        for (Camera c : cameras) {
            double[] p = at.get(c.apeId());
            int n = visits.getOrDefault(c.apeId(), 0);
            double r = n == 0 ? 4 : 6 + 8 * Math.sqrt((double) n / most);
            radius.put(c.apeId(), r);
            Circle dot = new Circle(p[0], p[1], r);
            dot.getStyleClass().add(n == 0 ? "camera-dot" : "camera-dot-visited");
            Tooltip.install(dot, new Tooltip(CameraNames.of(c) + (n == 0 ? "" : " · " + m.format("plan.captures", n))));
            getChildren().add(dot);
            dots.add(new javafx.geometry.BoundingBox(p[0] - r, p[1] - r, 2 * r, 2 * r));
        }
        List<Camera> byVisits = new ArrayList<>(cameras);
        byVisits.sort(Comparator.comparingInt((Camera c) -> -visits.getOrDefault(c.apeId(), 0)));
        for (Camera c : byVisits) {
            double[] p = at.get(c.apeId());
            int n = visits.getOrDefault(c.apeId(), 0);
            double r = radius.get(c.apeId());
            Label name = new Label(CameraNames.of(c) + (n == 0 ? "" : "  ×" + n));
            name.getStyleClass().add(n == 0 ? "camera-label" : "camera-label-visited");
            getChildren().add(name);
            // sized now: labels added during layout would otherwise show only after the next pulse
            name.applyCss();
            name.autosize();
            javafx.geometry.Bounds own = new javafx.geometry.BoundingBox(p[0] - r, p[1] - r, 2 * r, 2 * r);
            javafx.geometry.Bounds spot = freeSpot(p, r, name.getWidth(), name.getHeight(), placed, dots, own);
            if (spot == null && n == 0) {
                getChildren().remove(name);
                continue;
            }
            if (spot == null) spot = new javafx.geometry.BoundingBox(p[0] + r + 3, p[1] - name.getHeight() / 2, name.getWidth(), name.getHeight());
            name.relocate(spot.getMinX(), spot.getMinY());
            placed.add(spot);
        }
        if (!path.isEmpty()) {
            double[] s = at.get(path.get(0));
            double[] e = at.get(path.get(path.size() - 1));
            if (s != null) {
                Circle start = new Circle(s[0], s[1], 4);
                start.getStyleClass().add("path-start");
                getChildren().add(start);
            }
            if (e != null) {
                Circle end = new Circle(e[0], e[1], 4);
                end.getStyleClass().add("path-end");
                getChildren().add(end);
            }
        }
        Label legend = new Label(m.format("plan.legend", Math.max(0, path.size() - 1), visits.size()));
        legend.getStyleClass().add("plan-legend");
        getChildren().add(legend);
        legend.applyCss();
        legend.autosize();
        legend.relocate(8, 6);
    }

    /**
     * A place for a name beside its camera (right of it, or left near the right edge, then a line up or down) that
     * covers no name already placed and no other camera, inside the plan; null when there is none.
     */
    private javafx.geometry.Bounds freeSpot(double[] p, double r, double w, double h, List<javafx.geometry.Bounds> placed,
                                            List<javafx.geometry.Bounds> dots, javafx.geometry.Bounds own) {
        double right = p[0] + r + 3;
        double left = p[0] - r - 3 - w;
        boolean preferLeft = right + w > drawnWidth - PAD;
        for (double dy : new double[]{0, -14, 14, -28, 28}) {
            for (double x : preferLeft ? new double[]{left, right} : new double[]{right, left}) {
                javafx.geometry.Bounds b = new javafx.geometry.BoundingBox(x, p[1] - h / 2 + dy, w, h);
                boolean inside = b.getMinX() >= 0 && b.getMaxX() <= drawnWidth && b.getMinY() >= LEGEND && b.getMaxY() <= drawnHeight;
                if (inside && placed.stream().noneMatch(b::intersects) && dots.stream().noneMatch(d -> d != own && d.intersects(b))) return b;
            }
        }
        return null;
    }
}
