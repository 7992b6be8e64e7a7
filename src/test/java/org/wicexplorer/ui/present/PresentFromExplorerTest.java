package org.wicexplorer.ui.present;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.UiTestSupport;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starting and leaving presentation mode from the explorer, and the presenter view beside it. */
@ExtendWith(ApplicationExtension.class)
class PresentFromExplorerTest {
    private MainWindow window;
    private Classroom classroom;
    private Stage explorer;
    private final AtomicLong nanos = new AtomicLong();

    @Start
    void start(Stage stage) throws Exception {
        I18n.use(Locale.ENGLISH);
        window = UiTestSupport.show(stage);
        classroom = window.classroom();
        classroom.setClock(nanos::get);
        explorer = stage;
        window.model().select("wic-2014");
        window.timeline().view().requestFocus();
    }

    private Stage audience() {
        return classroom.windows() == null ? null : classroom.windows().audience();
    }

    private void startWith(FxRobot robot, KeyCode... keys) {
        robot.interact(() -> window.timeline().view().requestFocus());
        for (KeyCode k : keys) {
            robot.press(k);
        }
        for (int i = keys.length - 1; i >= 0; i--) {
            robot.release(keys[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void f5PresentsFullscreenAndEscReturnsToTheEditionLastShown(FxRobot robot) {
        startWith(robot, KeyCode.F5);
        Stage audience = audience();
        assertNotNull(audience, "F5 starts presenting");
        assertTrue(audience.isShowing());
        assertTrue(audience.isFullScreen());
        assertEquals(0, classroom.presentation().index(), "F5 starts at the first step");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, classroom.presentation().index());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(audience.isShowing(), "Esc leaves");
        assertNull(classroom.presentation());
        assertEquals("wic-2016", window.model().selectedEdition().id(), "the explorer shows the edition last shown");
        assertTrue(explorer.isShowing());
    }

    @Test
    void shiftF5StartsAtTheSelectedEdition(FxRobot robot) {
        robot.interact(() -> window.model().select("wic-2019"));
        startWith(robot, KeyCode.SHIFT, KeyCode.F5);
        assertNotNull(classroom.presentation());
        assertEquals(5, classroom.presentation().index());
        robot.interact(() -> classroom.presentation().leave());
        assertNull(audience());
    }

    @Test
    void theToolbarButtonPresents(FxRobot robot) {
        robot.clickOn("#toolbar-present");
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(classroom.presentation());
        assertTrue(audience().isFullScreen());
        robot.interact(() -> classroom.presentation().leave());
    }

    @Test
    void pOpensThePresenterViewWithCurrentAndNextStepsNotesAndTheElapsedTime(FxRobot robot) throws Exception {
        startWith(robot, KeyCode.F5);
        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        PresentationWindows windows = classroom.windows();
        Stage presenter = windows.presenter();
        assertNotNull(presenter, "P opens the presenter view as a normal window on one screen");
        assertTrue(presenter.isShowing());
        assertFalse(presenter.isFullScreen());
        Scene scene = presenter.getScene();
        Label now = (Label) scene.lookup("#presenter-now-title");
        Label next = (Label) scene.lookup("#presenter-next-title");
        Label notes = (Label) scene.lookup("#presenter-notes");
        Label elapsed = (Label) scene.lookup("#presenter-elapsed");
        assertTrue(now.getText().startsWith("2014 · 1st"), now.getText());
        assertTrue(next.getText().startsWith("2015 · 2nd"), next.getText());
        assertTrue(notes.getText().startsWith("Set the scene: Wuzhen"), notes.getText());
        assertEquals("00:00", elapsed.getText());

        nanos.set(65_000_000_000L);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "01:05".equals(elapsed.getText()));

        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(now.getText().startsWith("2015"), "the presenter view follows the presentation");
        assertTrue(next.getText().startsWith("2016"));
        assertTrue(notes.getText().startsWith("The only edition Xi Jinping attended"), notes.getText());

        robot.interact(presenter::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, classroom.presentation().index(), "clicker keys work in the presenter window too");
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(classroom.presentation().isBlanked());
        assertEquals("Screen blanked", ((Label) scene.lookup("#presenter-state")).getText());

        robot.clickOn("#presenter-leave");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(presenter.isShowing());
        assertFalse(Window.getWindows().contains(windows.audience()), "leaving closes both windows");
        assertEquals("wic-2016", window.model().selectedEdition().id());
    }

    @Test
    void reducedMotionFromTheCommandLineTurnsTransitionsOff(FxRobot robot) {
        System.setProperty(Motion.PROPERTY, "true");
        try {
            startWith(robot, KeyCode.F5);
            assertTrue(classroom.presentation().reducedMotionProperty().get());
            robot.type(KeyCode.RIGHT);
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(classroom.presentation().lastTransition());
            robot.interact(() -> {
                classroom.presentation().reducedMotionProperty().set(false);
                classroom.presentation().leave();
            });
        } finally {
            System.clearProperty(Motion.PROPERTY);
        }
    }
}
