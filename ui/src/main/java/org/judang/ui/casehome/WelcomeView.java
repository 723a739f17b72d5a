package org.judang.ui.casehome;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.judang.ui.i18n.Messages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** What the workstation shows with no case open: create or open a case, or pick one of the recent ones. */
public final class WelcomeView extends VBox {

    public WelcomeView(List<Path> recent, Messages m, Runnable create, Runnable open, Consumer<Path> openRecent) {
        getStyleClass().add("welcome");
        setAlignment(Pos.TOP_CENTER);
        Label title = new Label(m.get("app.title"));
        title.getStyleClass().add("welcome-title");
        Label tagline = new Label(m.get("welcome.tagline"));
        tagline.getStyleClass().add("welcome-tagline");
        tagline.setWrapText(true);
        Button createButton = new Button(m.get("welcome.create"));
        createButton.setId("welcome-create");
        createButton.setOnAction(e -> create.run());
        Button openButton = new Button(m.get("welcome.open"));
        openButton.setId("welcome-open");
        openButton.getStyleClass().add("accent");
        openButton.setOnAction(e -> open.run());
        HBox buttons = new HBox(12, openButton, createButton);
        buttons.setAlignment(Pos.CENTER);

        Label recentTitle = new Label(m.get("welcome.recent"));
        recentTitle.getStyleClass().add("section-title");
        ListView<Path> list = new ListView<>();
        list.setId("recent-cases");
        list.getItems().setAll(recent);
        list.setPlaceholder(new Label(m.get("welcome.noRecent")));
        list.setMaxWidth(640);
        list.setPrefHeight(Math.min(320, 40 + recent.size() * 44.0));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Path p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                boolean there = Files.isRegularFile(p.resolve("case.db"));
                Label name = new Label(p.getFileName() == null ? p.toString() : p.getFileName().toString());
                name.getStyleClass().add("recent-name");
                Label where = new Label(there ? p.toString() : m.format("welcome.missing", p));
                where.getStyleClass().add("tile-meta");
                setGraphic(new VBox(1, name, where));
                setDisable(!there);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) openRecent.accept(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) openRecent.accept(list.getSelectionModel().getSelectedItem());
        });
        VBox recentBox = new VBox(6, recentTitle, list);
        recentBox.setMaxWidth(640);
        getChildren().addAll(title, tagline, buttons, recentBox);
    }
}
