package org.wicexplorer.ui.present;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17: after the presenter view closes, however it was opened and closed, the slides have the
 * keys again. Every test ends by driving the slides with the keyboard alone: no click on the slide first.
 */
@ExtendWith(ApplicationExtension.class)
class PresenterFocusTest {
    private MainWindow window;
    private Classroom classroom;

    @Start
    void start(Stage stage) throws Exception {
        I18n.use(java.util.Locale.ENGLISH);
        StartupData data = StartupData.load(null);
        window = new MainWindow(data.dataset(), data.seeds(), null);
        classroom = window.classroom();
        Scene scene = new Scene(window.root(), 1400, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/wicexplorer/ui/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        window.model().select("wic-2014");
        window.timeline().view().requestFocus();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void f5(FxRobot robot) {
        robot.interact(() -> window.timeline().view().requestFocus());
        press(robot, KeyCode.F5);
        assertNotNull(classroom.presentation(), "F5 presents");
    }

    private Stage presenter() {
        return classroom.windows().presenter();
    }

    /** The window close button: the toolkit sends a close request, which hides the window. */
    private void closeWithWindowButton(FxRobot robot) {
        Stage presenter = presenter();
        robot.interact(() -> presenter.fireEvent(new WindowEvent(presenter, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** B, a clicker's next and previous, H and Esc reach the slides straight away. */
    private void assertTheSlidesHaveTheKeys(FxRobot robot) {
        Stage presenter = presenter();
        assertFalse(presenter.isShowing(), "the presenter view is closed");
        Stage audience = classroom.windows().audience();
        assertTrue(audience.isFocused(), "the slides have the focus again");
        Presentation p = classroom.presentation();
        int at = p.index();

        press(robot, KeyCode.B);
        assertTrue(p.isBlanked(), "B blanks the screen");
        press(robot, KeyCode.B);
        assertFalse(p.isBlanked(), "B shows it again");
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(at + 1, p.index(), "the clicker's next button moves on");
        press(robot, KeyCode.PAGE_UP);
        assertEquals(at, p.index(), "…and its previous button back");
        press(robot, KeyCode.H);
        assertTrue(p.audience().isHelpShown(), "H shows the keys");
        press(robot, KeyCode.ESCAPE);
        assertFalse(p.audience().isHelpShown(), "Esc hides them");
        press(robot, KeyCode.ESCAPE);
        assertTrue(p.hasLeft(), "Esc leaves");
        assertFalse(audience.isShowing());
    }

    @Test
    void pOpensAndPClosesThePresenterView(FxRobot robot) {
        f5(robot);
        press(robot, KeyCode.RIGHT);
        press(robot, KeyCode.P);
        assertTrue(presenter().isShowing(), "P opens the presenter view");
        javafx.scene.control.Label hint = (javafx.scene.control.Label) presenter().getScene().lookup("#presenter-one-screen");
        assertTrue(hint.isVisible(), "with one screen the presenter view says the class may see it");
        assertTrue(hint.getText().contains("P closes it"), hint.getText());
        press(robot, KeyCode.P);
        assertEquals(1, classroom.presentation().index(), "P moved no step");
        assertTheSlidesHaveTheKeys(robot);
    }

    @Test
    void pOpensAndTheWindowCloseButtonCloses(FxRobot robot) {
        f5(robot);
        press(robot, KeyCode.P);
        assertTrue(presenter().isShowing());
        closeWithWindowButton(robot);
        assertTheSlidesHaveTheKeys(robot);
    }

    @Test
    void aButtonClickedInThePresenterViewThenP(FxRobot robot) {
        f5(robot);
        press(robot, KeyCode.P);
        robot.clickOn("#presenter-next");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, classroom.presentation().index(), "the presenter view's button moves on");
        assertTrue(presenter().isFocused(), "the click gave the presenter view the focus");
        press(robot, KeyCode.P);
        assertTheSlidesHaveTheKeys(robot);
    }

    @Test
    void tourMenuPresentWithThePresenterViewThenP(FxRobot robot) {
        robot.clickOn("#toolbar-tour").clickOn("Present with the presenter view");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(classroom.presentation());
        assertTrue(presenter().isShowing(), "the menu item opens the presenter view at once");
        press(robot, KeyCode.SPACE);
        assertEquals(1, classroom.presentation().index(), "the keys work in the presenter view");
        press(robot, KeyCode.P);
        assertTheSlidesHaveTheKeys(robot);
    }

    @Test
    void tourMenuPresentWithThePresenterViewThenTheCloseButton(FxRobot robot) {
        robot.clickOn("#toolbar-tour").clickOn("Present with the presenter view");
        WaitForAsyncUtils.waitForFxEvents();
        closeWithWindowButton(robot);
        assertTheSlidesHaveTheKeys(robot);
    }

    @Test
    void reopenedAndClosedAgain(FxRobot robot) {
        f5(robot);
        press(robot, KeyCode.P, KeyCode.P, KeyCode.P);
        assertTrue(presenter().isShowing(), "the third P opens it again");
        closeWithWindowButton(robot);
        press(robot, KeyCode.P);
        assertTrue(presenter().isShowing());
        press(robot, KeyCode.P);
        assertTheSlidesHaveTheKeys(robot);
    }
}
