package org.judang.ui.settings;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.judang.ui.i18n.Language;
import org.judang.ui.i18n.Messages;

import java.util.function.BiConsumer;

/** Language and theme; applied at once to the whole window and remembered for the next start. */
public final class SettingsDialog extends Dialog<ButtonType> {

    public SettingsDialog(Window owner, Messages m, Language language, Theme theme, BiConsumer<Language, Theme> apply) {
        initOwner(owner);
        setTitle(m.get("settings.title"));
        getDialogPane().setId("settings-dialog");
        ToggleGroup languages = new ToggleGroup();
        HBox languageBox = new HBox(16);
        for (Language l : Language.values()) {
            RadioButton r = new RadioButton(l.nativeName());
            r.setId("language-" + l.name().toLowerCase(java.util.Locale.ROOT));
            r.setUserData(l);
            r.setToggleGroup(languages);
            r.setSelected(l == language);
            languageBox.getChildren().add(r);
        }
        ToggleGroup themes = new ToggleGroup();
        HBox themeBox = new HBox(16);
        for (Theme t : Theme.values()) {
            RadioButton r = new RadioButton(m.get("settings.theme." + t.name()));
            r.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT));
            r.setUserData(t);
            r.setToggleGroup(themes);
            r.setSelected(t == theme);
            themeBox.getChildren().add(r);
        }
        Label lt = new Label(m.get("settings.language"));
        lt.getStyleClass().add("field-label");
        Label tt = new Label(m.get("settings.theme"));
        tt.getStyleClass().add("field-label");
        getDialogPane().setContent(new VBox(10, lt, languageBox, tt, themeBox));
        ButtonType ok = new ButtonType(m.get("settings.apply"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok, new ButtonType(m.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().lookupButton(ok).setId("settings-apply");
        setOnHidden(e -> {
            if (getResult() == ok) {
                apply.accept((Language) languages.getSelectedToggle().getUserData(), (Theme) themes.getSelectedToggle().getUserData());
            }
        });
    }
}
