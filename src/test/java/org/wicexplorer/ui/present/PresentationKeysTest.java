package org.wicexplorer.ui.present;

import javafx.animation.Animation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Styles;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presentation mode driven the way a clicker and a keyboard drive it, on the real audience view. */
@ExtendWith(ApplicationExtension.class)
class PresentationKeysTest {
    private Presentation presentation;
    private Dataset dataset;
    private final AtomicInteger leaves = new AtomicInteger();

    @Start
    void start(Stage stage) throws Exception {
        I18n.use(Locale.ENGLISH);
        StartupData data = StartupData.load(null);
        dataset = data.dataset();
        Tour tour = new TourFiles(dataset, data.seeds()).bundledDefault();
        presentation = new Presentation(dataset, data.seeds(), tour, 0,
                PresentationSettings.defaults().withReducedMotion(true), System::nanoTime);
        presentation.setOnLeave(leaves::incrementAndGet);
        Scene scene = new Scene(presentation.audienceRoot(), 1280, 800);
        Styles.addTo(scene.getStylesheets());
        scene.getStylesheets().add(Classroom.STYLESHEET);
        presentation.attach(scene);
        stage.setScene(scene);
        stage.show();
    }

    private String year(FxRobot robot) {
        return robot.lookup(".slide-year").queryAs(Label.class).getText();
    }

    private void press(FxRobot robot, KeyCode... keys) {
        for (KeyCode key : keys) {
            robot.type(key);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rightSpaceAndPageDownAdvance(FxRobot robot) {
        assertEquals("2014", year(robot));
        assertEquals("1 / 13", robot.lookup("#present-counter").queryAs(Label.class).getText());
        press(robot, KeyCode.RIGHT);
        assertEquals(1, presentation.index());
        assertEquals("2015", year(robot));
        press(robot, KeyCode.SPACE);
        assertEquals(2, presentation.index());
        press(robot, KeyCode.PAGE_DOWN);
        assertEquals(3, presentation.index());
        assertEquals("2017", year(robot));
        assertEquals("4 / 13", robot.lookup("#present-counter").queryAs(Label.class).getText());
        assertEquals("wic-2017", presentation.audience().strip().current(), "the strip shows where we are");
    }

    @Test
    void leftAndPageUpGoBack(FxRobot robot) {
        press(robot, KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        press(robot, KeyCode.LEFT);
        assertEquals(2, presentation.index());
        press(robot, KeyCode.PAGE_UP);
        assertEquals(1, presentation.index());
        press(robot, KeyCode.PAGE_UP, KeyCode.PAGE_UP);
        assertEquals(0, presentation.index(), "the first step stays the first");
    }

    @Test
    void homeAndEndGoToTheFirstAndLastSteps(FxRobot robot) {
        press(robot, KeyCode.END);
        assertEquals(12, presentation.index());
        assertEquals("2026", year(robot));
        press(robot, KeyCode.RIGHT);
        assertEquals(12, presentation.index(), "the last step stays the last");
        press(robot, KeyCode.HOME);
        assertEquals(0, presentation.index());
        assertEquals("2014", year(robot));
    }

    @Test
    void bBlanksTheScreenAndBOrANavigationKeyShowsItAgain(FxRobot robot) {
        press(robot, KeyCode.RIGHT);
        Node blank = robot.lookup("#present-blank").query();
        assertFalse(blank.isVisible());
        press(robot, KeyCode.B);
        assertTrue(presentation.isBlanked());
        assertTrue(blank.isVisible());
        press(robot, KeyCode.B);
        assertFalse(blank.isVisible());
        press(robot, KeyCode.B);
        assertTrue(blank.isVisible());
        press(robot, KeyCode.RIGHT);
        assertFalse(blank.isVisible(), "a navigation key shows the screen again");
        assertEquals(1, presentation.index(), "…at the step the class was looking at");
        press(robot, KeyCode.PERIOD);
        assertTrue(blank.isVisible(), "clickers send '.' for their blank button");
        press(robot, KeyCode.PAGE_UP);
        assertFalse(blank.isVisible());
        assertEquals(1, presentation.index());
    }

    @Test
    void digitsThenEnterJumpToThatStep(FxRobot robot) {
        press(robot, KeyCode.DIGIT1, KeyCode.DIGIT2);
        Label jump = robot.lookup("#present-jump").queryAs(Label.class);
        assertTrue(jump.isVisible());
        assertEquals("Go to step 12", jump.getText());
        assertEquals(0, presentation.index(), "nothing moves before Enter");
        press(robot, KeyCode.ENTER);
        assertEquals(11, presentation.index());
        assertEquals("2025", year(robot));
        assertFalse(jump.isVisible());

        press(robot, KeyCode.NUMPAD3, KeyCode.ENTER);
        assertEquals(2, presentation.index(), "the number pad works too");

        press(robot, KeyCode.DIGIT9, KeyCode.DIGIT9, KeyCode.ENTER);
        assertEquals(2, presentation.index(), "no step 99");
        assertTrue(robot.lookup("#present-notice").queryAs(Label.class).getText().contains("steps 1 to 13"));

        press(robot, KeyCode.DIGIT7, KeyCode.ESCAPE);
        assertFalse(jump.isVisible(), "Esc first forgets a typed number");
        assertEquals(0, leaves.get(), "…rather than leaving");
    }

    @Test
    void escapeLeavesAndRemembersTheLastEdition(FxRobot robot) {
        press(robot, KeyCode.RIGHT, KeyCode.RIGHT);
        press(robot, KeyCode.ESCAPE);
        assertEquals(1, leaves.get());
        assertTrue(presentation.hasLeft());
        assertEquals("wic-2016", presentation.lastEdition().orElseThrow());
    }

    @Test
    void autoplayAdvancesAndAnyKeyPausesIt(FxRobot robot) throws Exception {
        presentation.setAutoplayInterval(Duration.millis(40));
        press(robot, KeyCode.A);
        assertTrue(presentation.isAutoplaying());
        assertTrue(robot.lookup("#present-autoplay").queryAs(Label.class).isVisible());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> presentation.index() >= 3);

        press(robot, KeyCode.LEFT);
        assertFalse(presentation.isAutoplaying(), "a key pauses autoplay");
        assertFalse(presentation.autoplayTimerActive(), "…and stops its timer, so nothing moves on its own");
        assertFalse(robot.lookup("#present-autoplay").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#present-notice").queryAs(Label.class).getText().startsWith("Autoplay paused"));

        press(robot, KeyCode.END, KeyCode.A);
        assertFalse(presentation.isAutoplaying(), "at the last step there is nothing to play");

        press(robot, KeyCode.HOME, KeyCode.A);
        assertTrue(presentation.isAutoplaying());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !presentation.isAutoplaying());
        assertEquals(12, presentation.index(), "autoplay stops at the last step");
    }

    @Test
    void theAutoplayIntervalIsSetInSeconds(FxRobot robot) {
        int before = presentation.autoplaySeconds();
        press(robot, KeyCode.CLOSE_BRACKET);
        assertEquals(before + 5, presentation.autoplaySeconds());
        press(robot, KeyCode.OPEN_BRACKET, KeyCode.OPEN_BRACKET, KeyCode.OPEN_BRACKET, KeyCode.OPEN_BRACKET,
                KeyCode.OPEN_BRACKET, KeyCode.OPEN_BRACKET);
        assertEquals(Autoplay.MIN_SECONDS, presentation.autoplaySeconds());
    }

    @Test
    void reducedMotionChangesSlidesWithoutATransition(FxRobot robot) {
        press(robot, KeyCode.RIGHT);
        assertNull(presentation.lastTransition(), "reduced motion: the slide is simply there");
        press(robot, KeyCode.M);
        assertFalse(presentation.reducedMotionProperty().get());
        press(robot, KeyCode.RIGHT);
        Animation transition = presentation.lastTransition();
        assertNotNull(transition, "without reduced motion slides fade and slide in");
        assertTrue(transition.getTotalDuration().lessThanOrEqualTo(Duration.millis(250)),
                transition.getTotalDuration().toString());
        press(robot, KeyCode.M, KeyCode.LEFT);
        assertNull(presentation.lastTransition());
    }

    @Test
    void ctrlPlusAndMinusScaleTheType(FxRobot robot) {
        Label year = robot.lookup(".slide-year").queryAs(Label.class);
        double before = year.getFont().getSize();
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.2, presentation.scale(), 1e-9);
        assertTrue(year.getFont().getSize() > before * 1.15, year.getFont().getSize() + " vs " + before);
        assertEquals(0, presentation.index(), "Ctrl+0 and friends never count as step numbers");
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.1, presentation.scale(), 1e-9);
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, presentation.scale(), 1e-9);
        assertFalse(robot.lookup("#present-jump").queryAs(Label.class).isVisible());
    }

    @Test
    void hShowsTheKeys(FxRobot robot) {
        press(robot, KeyCode.H);
        assertTrue(robot.lookup("#present-help").query().isVisible());
        press(robot, KeyCode.ESCAPE);
        assertFalse(robot.lookup("#present-help").query().isVisible());
        assertEquals(0, leaves.get(), "the first Esc closes the help");
    }

    @Test
    void everyFactOnAnEditionSlideShowsItsSources(FxRobot robot) {
        for (int i = 0; i < presentation.size(); i++) {
            List<TextFlow> points = robot.lookup(".slide-point-flow").queryAllAs(TextFlow.class).stream().toList();
            assertFalse(points.isEmpty());
            for (TextFlow point : points) {
                assertTrue(point.getChildren().stream().anyMatch(n -> n.getStyleClass().contains("slide-mark")
                        && ((Text) n).getText().matches("\u00A0\\[\\d+(,\\d+)*]")), "a key point without a source mark");
            }
            int sources = robot.lookup(".slide-source").queryAll().size();
            assertTrue(sources > 0, "the footnote line names the sources");
            press(robot, KeyCode.RIGHT);
        }
    }
}
