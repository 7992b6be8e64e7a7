package org.wicexplorer.ui.present;

import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.wicexplorer.ui.I18n;

/** The keys of presentation mode, shown over the slide with H or F1, so nobody has to remember them. */
final class KeyHelp extends VBox {
    private static final String[][] KEYS = {
            {"present.keys.next", "→  Space  PgDn  ↓  N  Enter"},
            {"present.keys.previous", "←  PgUp  ↑  Backspace"},
            {"present.keys.firstLast", "Home  End"},
            {"present.keys.jump", "1 2 … Enter"},
            {"present.keys.blank", "B  ."},
            {"present.keys.autoplay", "A"},
            {"present.keys.interval", "[  ]"},
            {"present.keys.scale", "Ctrl +  Ctrl −  Ctrl 0"},
            {"present.keys.presenter", "P"},
            {"present.keys.motion", "M"},
            {"present.keys.help", "H  F1"},
            {"present.keys.leave", "Esc"},
    };

    KeyHelp() {
        getStyleClass().add("present-help");
        setId("present-help");
        Label title = new Label(I18n.t("present.keys.title"));
        title.getStyleClass().add("present-help-title");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("present-help-grid");
        for (int i = 0; i < KEYS.length; i++) {
            Label keys = new Label(KEYS[i][1]);
            keys.getStyleClass().add("present-help-keys");
            Label what = new Label(I18n.t(KEYS[i][0]));
            what.getStyleClass().add("present-help-action");
            grid.addRow(i, keys, what);
        }
        getChildren().addAll(title, grid);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }
}
