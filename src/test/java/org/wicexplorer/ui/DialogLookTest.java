package org.wicexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A stock dialog reads in the interface language, whatever the JVM's own locale. */
@ExtendWith(ApplicationExtension.class)
class DialogLookTest {

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void english() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void stockButtonsAreNamedInTheChosenLanguage(FxRobot robot) {
        I18n.use(Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> {
            Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "…");
            DialogLook.apply(alert.getDialogPane());
            assertEquals("确定", ((Labeled) alert.getDialogPane().lookupButton(ButtonType.OK)).getText());
            assertEquals("取消", ((Labeled) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).getText());
        });
    }
}
