package org.wicexplorer.ui.present;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wicexplorer.ui.DialogService.Unsaved;
import org.wicexplorer.ui.RecordingDialogs;
import org.wicexplorer.ui.UiTestSupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tour asks before it replaces unsaved edits, and what it says about a bad file, through the
 * window's one dialog service: the window users get, with a recording fake in place of the dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class TourQuestionsTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Classroom classroom;
    private int bundledSteps;

    @Start
    void start(Stage stage) throws Exception {
        classroom = UiTestSupport.explorer(stage, dialogs).window().classroom();
        bundledSteps = classroom.tour().get().size();
    }

    private void editTheTour(FxRobot robot) {
        robot.interact(() -> classroom.addEdition("wic-2015"));
        assertTrue(classroom.tour().isModified());
    }

    @Test
    void cancelKeepsTheEditedTour(FxRobot robot) {
        editTheTour(robot);
        dialogs.answer(Unsaved.CANCEL);
        robot.interact(classroom.model()::newTour);
        assertEquals(List.of("unsaved: The tour \"The WIC in 13 steps\" has edits that are not saved."), dialogs.shown());
        assertEquals(bundledSteps + 1, classroom.tour().get().size(), "nothing is replaced");
        assertTrue(classroom.tour().isModified());
    }

    @Test
    void discardReplacesTheTour(FxRobot robot) {
        editTheTour(robot);
        dialogs.answer(Unsaved.DISCARD);
        robot.interact(classroom.model()::newTour);
        assertEquals(0, classroom.tour().get().size());
        assertFalse(classroom.tour().isModified());
    }

    @Test
    void saveAsksWhereThenSavesAsATourFileAndOnlyThenReplaces(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-userdir")), "tour");
        editTheTour(robot);
        dialogs.answer(Unsaved.SAVE).answer(dir.resolve("lesson"));
        robot.interact(classroom.model()::newTour);
        Path saved = dir.resolve("lesson.wictour.json");
        assertTrue(Files.isRegularFile(saved), "a name typed without the ending gets it");
        assertTrue(Files.readString(saved).contains("wic-2015"));
        assertEquals("save: Save the tour [" + org.wicexplorer.ui.I18n.t("tour.defaultFileName") + ".wictour.json]",
                dialogs.shown().get(1), "the chooser proposes a tour file name");
        assertEquals(0, classroom.tour().get().size(), "replaced once saved");
        assertTrue(dialogs.answeredAll());
    }

    @Test
    void cancellingTheSaveChooserKeepsTheEdits(FxRobot robot) {
        editTheTour(robot);
        dialogs.answer(Unsaved.SAVE).answer(null);
        robot.interact(classroom.model()::newTour);
        assertEquals(bundledSteps + 1, classroom.tour().get().size(), "not saved, so not replaced");
        assertTrue(classroom.tour().isModified());
    }

    @Test
    void aBadTourFileIsExplainedLineByLineAndTheTourKept(FxRobot robot) throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-userdir")), "tour");
        Path bad = dir.resolve("broken.wictour.json");
        // Well-formed, in the tour format, but naming an edition the dataset does not have.
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"title\": {\"en\": \"Broken\"},\n"
                + "  \"steps\": [ {\"edition\": \"wic-1999\"} ]\n}\n");
        dialogs.answer(bad);
        robot.interact(classroom.model()::chooseAndOpen);
        assertEquals("open: Open a tour", dialogs.shown().get(0));
        String told = dialogs.shown().get(1);
        assertTrue(told.startsWith("WARNING: The tour broken.wictour.json cannot be opened, so the current tour is kept."), told);
        assertTrue(told.matches("(?s).*broken\\.wictour\\.json:4:\\d+: .*wic-1999.*"), told);
        assertEquals(bundledSteps, classroom.tour().get().size());
    }
}
