package org.wicexplorer.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled CJK font loads from the app's resources, both faces, under the family the CSS names. */
@ExtendWith(ApplicationExtension.class)
class FontsTest {

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Pane(), 10, 10));
    }

    @Test
    void bothFacesLoadUnderOneFamily() {
        assertTrue(Fonts.load());
        assertEquals(Fonts.FAMILY, Font.font(Fonts.FAMILY, 13).getFamily());
        assertEquals(Fonts.FAMILY + " Bold", Font.font(Fonts.FAMILY, FontWeight.BOLD, 13).getName());
    }

    @Test
    void theStylesheetIsAddedOnce() {
        Fonts.load();
        // Another test's window may have set the look dialogs share (DisplayPreferences.attach): not this one's.
        Fonts.useLook(java.util.List.of());
        ObservableList<String> sheets = FXCollections.observableArrayList();
        Fonts.apply(sheets);
        Fonts.apply(sheets);
        assertEquals(1, sheets.size());
        assertTrue(sheets.get(0).endsWith("fonts/fonts.css"), sheets.get(0));
    }
}
