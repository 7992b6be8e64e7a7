package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The status bar's menus stand in their declared order (StatusSlot), though the window, the composition
 * root and the user layer contribute them at different times; and they stay so after a rebuild.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarOrderTest {
    private org.wicexplorer.app.Explorer explorer;

    @Start
    void start(Stage stage) throws Exception {
        explorer = UiTestSupport.explorer(stage);
    }

    private List<String> menus() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node bar = explorer.scene().getRoot().lookup(".status-menus");
            return ((javafx.scene.layout.Pane) bar).getChildren().stream()
                    .map(n -> n.getId() != null ? n.getId() : n.lookup("#data-menu") != null ? "data-menu"
                            : n instanceof Labeled l ? l.getText() : n.toString()).toList();
        }).get();
    }

    @Test
    void dataExportViewEditThenPresenting(FxRobot robot) throws Exception {
        List<String> expected = List.of("data-menu", "status-export", "view-menu", "edit-menu", "toolbar-present",
                "toolbar-tour");
        assertEquals(expected, menus());
        robot.interact(() -> explorer.window().relabel());
        assertEquals(expected, menus(), "views built again in another language get their menus again, in the same order");
    }
}
