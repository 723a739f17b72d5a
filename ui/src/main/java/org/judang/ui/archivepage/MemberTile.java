package org.judang.ui.archivepage;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.judang.engine.model.Camera;
import org.judang.engine.model.ObjectRecord;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

import java.util.Locale;
import java.util.Map;

/** One member of an archive: its crop, capture time, camera and similarity to the archive's centre. */
public final class MemberTile extends VBox {
    public static final double WIDTH = 128;
    public static final double HEIGHT = 176;
    public static final int IMAGE = 116;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("current");
    private static final PseudoClass INTRUDER = PseudoClass.getPseudoClass("intruder");

    private final Messages m;
    private final ThumbnailCache thumbnails;
    private final ImageView crop = new ImageView();
    private final Label similarity = new Label();
    // plain text, not labels: an archive of hundreds of members shows dozens of tiles at once
    private final Text time = new Text();
    private final Text camera = new Text();
    private final Label locked = new Label();
    private ObjectRecord record;

    public MemberTile(Messages m, ThumbnailCache thumbnails) {
        this.m = m;
        this.thumbnails = thumbnails;
        getStyleClass().add("member-tile");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        crop.setFitWidth(IMAGE);
        crop.setFitHeight(IMAGE);
        crop.setPreserveRatio(true);
        similarity.getStyleClass().add("member-similarity");
        locked.getStyleClass().add("member-locked");
        locked.setText(m.get("member.lockedBadge"));
        StackPane frame = new StackPane(crop, similarity, locked);
        frame.getStyleClass().add("tile-image");
        frame.setMinSize(IMAGE, IMAGE);
        frame.setMaxSize(IMAGE, IMAGE);
        StackPane.setAlignment(similarity, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(locked, Pos.TOP_LEFT);
        time.getStyleClass().add("tile-meta");
        camera.getStyleClass().add("tile-meta");
        setClip(new javafx.scene.shape.Rectangle(WIDTH, HEIGHT));
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(frame, time, camera);
    }

    public void show(ObjectRecord r, Map<String, Camera> cameras, boolean selected, boolean focused, boolean intruder) {
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(FOCUSED, focused);
        pseudoClassStateChanged(INTRUDER, intruder);
        if (r == record) return;
        record = r;
        thumbnails.show(r.cropImage(), IMAGE, crop);
        similarity.setText(String.format(Locale.ROOT, "%.2f", r.similarity()));
        locked.setVisible(r.locked());
        time.setText(m.timeSeconds(r.shotTime()).substring(5));
        Camera c = r.deviceId() == null ? null : cameras.get(r.deviceId());
        camera.setText(c == null ? (r.deviceId() == null ? "—" : r.deviceId()) : CameraNames.of(c));
        setAccessibleText(m.format("member.accessible", m.timeSeconds(r.shotTime()), camera.getText(), similarity.getText()));
    }

    public ObjectRecord record() {
        return record;
    }
}
