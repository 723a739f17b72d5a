package org.judang.ui.archive;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.judang.engine.model.Archive;
import org.judang.engine.model.ArchiveStatus;
import org.judang.ui.i18n.Messages;
import org.judang.ui.image.ThumbnailCache;

/**
 * One archive in the grid: its cover crop, member count, kind, first and last seen, status. A fixed size, so the
 * grid's rows are all alike and only the visible ones exist. Reused for whatever archive its row shows.
 */
public final class ArchiveTile extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass MARKED = PseudoClass.getPseudoClass("marked");
    private static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");
    private static final PseudoClass HIDDEN = PseudoClass.getPseudoClass("hidden");

    public static final double WIDTH = 172;
    public static final double HEIGHT = 238;
    public static final int IMAGE = 148;

    private final Messages m;
    private final ThumbnailCache thumbnails;
    private final ImageView cover = new ImageView();
    private final Label count = new Label();
    private final Label status = new Label();
    private final Label realName = new Label();
    // plain text, not labels: a grid creates dozens of tiles at once and a label's skin costs far more to style
    private final Text title = new Text();
    private final Text kind = new Text();
    private final Text seen = new Text();
    /**
     * The border a tile shows under the pointer, drawn by a node of its own: while the grid scrolls under a resting
     * pointer, tiles enter and leave it every frame, and a {@code :hover} rule on the tile would have JavaFX style the
     * tile and everything in it again each time. Showing and hiding this one leaf costs no styling.
     */
    private final Region hoverFrame = new Region();
    /**
     * The tile's face, a fill over the tile's own, inset by the width of its frame (1 px, 3 when selected or marked;
     * the stylesheet says why it is no border).
     */
    private final Region face = new Region();
    private boolean selected;
    private boolean marked;
    private ArchiveCard card;

    public ArchiveTile(Messages m, ThumbnailCache thumbnails) {
        this.m = m;
        this.thumbnails = thumbnails;
        getStyleClass().add("archive-tile");
        setMinSize(WIDTH, HEIGHT);
        setPrefSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        cover.setFitWidth(IMAGE);
        cover.setFitHeight(IMAGE);
        cover.setPreserveRatio(true);
        count.getStyleClass().add("tile-count");
        status.getStyleClass().add("tile-status");
        realName.getStyleClass().add("tile-real-name");
        StackPane frame = new StackPane(cover, count, status, realName);
        frame.getStyleClass().add("tile-image");
        frame.setMinSize(IMAGE, IMAGE);
        frame.setPrefSize(IMAGE, IMAGE);
        frame.setMaxSize(IMAGE, IMAGE);
        StackPane.setAlignment(count, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(status, Pos.TOP_LEFT);
        StackPane.setAlignment(realName, Pos.BOTTOM_LEFT);
        title.getStyleClass().add("tile-title");
        kind.getStyleClass().add("tile-meta");
        seen.getStyleClass().add("tile-meta");
        // a name longer than the tile is cut at its edge
        setClip(new javafx.scene.shape.Rectangle(WIDTH, HEIGHT));
        setAlignment(Pos.TOP_CENTER);
        face.getStyleClass().add("tile-face");
        face.setManaged(false);
        face.setMouseTransparent(true);
        face.resizeRelocate(0, 0, WIDTH, HEIGHT);
        getChildren().addAll(face, frame, title, kind, seen);
        hoverFrame.getStyleClass().add("tile-hover");
        hoverFrame.setManaged(false);
        hoverFrame.setMouseTransparent(true);
        hoverFrame.resizeRelocate(0, 0, WIDTH, HEIGHT);
        hoverFrame.setVisible(false);
        getChildren().add(hoverFrame);
        hoverProperty().addListener(o -> showHover());
    }

    /** A selected or marked tile keeps its own border under the pointer. */
    private void showHover() {
        hoverFrame.setVisible(isHover() && !selected && !marked);
    }

    /**
     * Shows an archive, or an empty placeholder while its page loads (card null). States are pseudo-classes, never
     * style classes: a changed style class makes JavaFX style the whole tile again, which shows while scrolling.
     */
    public void show(ArchiveCard c, boolean selected, boolean marked) {
        pseudoClassStateChanged(SELECTED, selected);
        pseudoClassStateChanged(MARKED, marked);
        this.selected = selected;
        this.marked = marked;
        showHover();
        if (c == card) return;
        card = c;
        if (c == null) {
            thumbnails.show(null, IMAGE, cover);
            count.setText("");
            status.setVisible(false);
            realName.setVisible(false);
            title.setText("");
            kind.setText("");
            seen.setText("");
            return;
        }
        Archive a = c.archive();
        thumbnails.show(c.coverImage(), IMAGE, cover);
        count.setText(m.number(a.recordCount()));
        status.setVisible(a.status() != ArchiveStatus.AUTOMATIC);
        status.setText(m.name(a.status()));
        status.pseudoClassStateChanged(CONFIRMED, a.status() == ArchiveStatus.CONFIRMED);
        status.pseudoClassStateChanged(HIDDEN, a.status() == ArchiveStatus.HIDDEN);
        realName.setVisible(c.realName() != null);
        if (c.realName() != null) {
            realName.setText(m.get(c.realName().state() == org.judang.engine.archive.RealName.State.CONFIRMED ? "tile.realName" : "tile.realNameProposed"));
        }
        title.setText(c.title());
        kind.setText(c.similarity() == null ? m.name(a.kind()) + " · " + m.name(a.primaryType())
                : m.name(a.kind()) + " · " + m.format("tile.similarity", c.similarity()));
        seen.setText(span(a));
        setAccessibleText(c.title() + ", " + m.format("tile.members", a.recordCount()));
    }

    /** First to last seen in the width of a tile: one date when both are on one day, else month and day of each. */
    private String span(Archive a) {
        if (a.firstTime() == null || a.lastTime() == null) return m.time(a.firstTime());
        String first = m.time(a.firstTime());
        String last = m.time(a.lastTime());
        if (first.substring(0, 10).equals(last.substring(0, 10))) return first + "–" + last.substring(11);
        return first.substring(5) + " – " + last.substring(5);
    }

    public ArchiveCard card() {
        return card;
    }
}
