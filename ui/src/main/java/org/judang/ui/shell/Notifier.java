package org.judang.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Short notices in the window's corner: what a correction did, that a task finished, why something could not be
 * done. They never interrupt: no modal dialog, no stack trace; errors stay until dismissed, the rest fade after a while.
 */
public final class Notifier {
    public enum Kind { INFO, SUCCESS, ERROR }

    private static final int MAX_SHOWN = 4;

    private final VBox stack = new VBox();

    public Notifier() {
        stack.getStyleClass().add("notifications");
        stack.setAlignment(Pos.BOTTOM_RIGHT);
        stack.setPickOnBounds(false);
        stack.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    /** The node to lay over the window's content (bottom right). */
    public VBox node() {
        return stack;
    }

    public void show(Kind kind, String title, String text) {
        show(kind, title, text, null, null);
    }

    /** A notice with an action button (e.g. "Show report", "Undo"). */
    public void show(Kind kind, String title, String text, String actionText, Runnable action) {
        VBox box = new VBox();
        box.getStyleClass().addAll("notification", "notification-" + kind.name().toLowerCase(java.util.Locale.ROOT));
        Label t = new Label(title);
        t.getStyleClass().add("notification-title");
        Label body = new Label(text);
        body.getStyleClass().add("notification-text");
        body.setWrapText(true);
        Button close = new Button("×");
        close.getStyleClass().add("notification-close");
        close.setFocusTraversable(false);
        close.setOnAction(e -> stack.getChildren().remove(box));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(t, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(head, body);
        if (actionText != null && action != null) {
            Button act = new Button(actionText);
            act.getStyleClass().add("notification-action");
            act.setFocusTraversable(false);
            act.setOnAction(e -> {
                stack.getChildren().remove(box);
                action.run();
            });
            box.getChildren().add(act);
        }
        // its shadow is a blur: drawn once into a bitmap, not again in every frame in which the grid beneath it scrolls
        // (a fifth of a frame's rendering without a GPU)
        box.setCache(true);
        stack.getChildren().add(box);
        while (stack.getChildren().size() > MAX_SHOWN) stack.getChildren().remove(0);
        if (kind != Kind.ERROR) {
            PauseTransition fade = new PauseTransition(Duration.seconds(7));
            fade.setOnFinished(e -> stack.getChildren().remove(box));
            fade.play();
        }
    }

    /** The texts of the notices showing now (tests and the screenshot tour read them). */
    public java.util.List<String> shownTexts() {
        return stack.getChildren().stream().map(n -> ((Label) ((VBox) n).getChildren().get(1)).getText()).toList();
    }

    public void clear() {
        stack.getChildren().clear();
    }
}
