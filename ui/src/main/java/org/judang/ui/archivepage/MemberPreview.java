package org.judang.ui.archivepage;

import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.judang.engine.model.Box;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.Locale;
import java.util.Map;

/**
 * The focused member large: its crop, or (toggled) the scene it was cut from with its box drawn, and its details.
 */
public final class MemberPreview extends VBox {
    static final double WIDTH = 340;
    static final double HEIGHT = 220;

    private final Messages m;
    private final ThumbnailCache images;
    private final ImageView image = new ImageView();
    private final Rectangle box = new Rectangle();
    private final Label note = new Label();
    private final GridPane facts = new GridPane();

    public MemberPreview(Messages m, ThumbnailCache images) {
        this.m = m;
        this.images = images;
        getStyleClass().add("member-preview");
        image.setPreserveRatio(true);
        image.setFitWidth(WIDTH);
        image.setFitHeight(HEIGHT);
        box.getStyleClass().add("scene-box");
        box.setVisible(false);
        Group drawing = new Group(image, box);
        StackPane frame = new StackPane(drawing, note);
        frame.getStyleClass().add("preview-frame");
        frame.setMinSize(WIDTH, HEIGHT);
        frame.setPrefSize(WIDTH, HEIGHT);
        frame.setMaxSize(WIDTH, HEIGHT);
        note.getStyleClass().add("placeholder-text");
        facts.getStyleClass().add("facts");
        facts.setHgap(10);
        facts.setVgap(3);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(frame, facts);
    }

    public void show(ObjectRecord r, Map<String, Camera> cameras, boolean scene) {
        facts.getChildren().clear();
        box.setVisible(false);
        if (r == null) {
            images.show(null, 0, image);
            note.setText(m.get("preview.none"));
            return;
        }
        note.setText("");
        boolean withScene = scene && r.sceneImage() != null;
        if (scene && r.sceneImage() == null) note.setText(m.get("preview.noScene"));
        if (withScene) {
            images.showFull(r.sceneImage(), image, () -> drawBox(r.box()));
        } else {
            images.show(r.cropImage(), (int) HEIGHT, image);
        }
        Camera c = r.deviceId() == null ? null : cameras.get(r.deviceId());
        int row = 0;
        row = fact(row, "preview.record", r.id());
        row = fact(row, "preview.type", m.name(r.type()));
        row = fact(row, "preview.time", m.timeSeconds(r.shotTime()));
        row = fact(row, "preview.camera", c == null ? (r.deviceId() == null ? "—" : r.deviceId()) : CameraNames.of(c) + " (" + c.apeId() + ")");
        row = fact(row, "preview.similarity", String.format(Locale.ROOT, "%.3f", r.similarity()));
        row = fact(row, "preview.quality", String.format(Locale.ROOT, "%.2f", r.quality()));
        if (r.plate() != null) row = fact(row, "preview.plate", r.plate());
        fact(row, "preview.placed", r.locked() ? m.get("preview.placedByPerson") : m.get("preview.placedByMachine"));
    }

    /** The box is in the scene's pixels; the image is shown scaled to fit. */
    private void drawBox(Box b) {
        if (b == null || image.getImage() == null || b.width() == 0) return;
        double k = Math.min(WIDTH / image.getImage().getWidth(), HEIGHT / image.getImage().getHeight());
        box.setX(b.leftTopX() * k);
        box.setY(b.leftTopY() * k);
        box.setWidth(b.width() * k);
        box.setHeight(b.height() * k);
        box.setVisible(true);
    }

    private int fact(int row, String key, String value) {
        Label k = new Label(m.get(key));
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        v.setMaxWidth(WIDTH - 90);
        facts.addRow(row, k, v);
        return row + 1;
    }
}
