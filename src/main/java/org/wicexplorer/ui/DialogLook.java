package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;

import java.util.Map;

/**
 * Makes a dialog look and read like the window: the bundled font, the theme and text size
 * ({@link Fonts#apply}), and JavaFX's stock buttons named in the interface language. Their own labels
 * follow the JVM's locale, which is fixed at start, not the language chosen in the app.
 */
public final class DialogLook {
    private static final Map<ButtonType, String> STOCK = Map.of(
            ButtonType.OK, "dialog.ok",
            ButtonType.CANCEL, "dialog.cancel",
            ButtonType.CLOSE, "dialog.close",
            ButtonType.YES, "dialog.yes",
            ButtonType.NO, "dialog.no");

    private DialogLook() {
    }

    /** Call once the dialog's buttons are set. */
    public static void apply(DialogPane pane) {
        Fonts.apply(pane.getStylesheets());
        for (ButtonType type : pane.getButtonTypes()) {
            String key = STOCK.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Labeled labeled) {
                labeled.setText(I18n.t(key));
            }
        }
    }
}
