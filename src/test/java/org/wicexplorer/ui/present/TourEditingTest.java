package org.wicexplorer.ui.present;

import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.tour.StepKind;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.UiTestSupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Building a tour from the explorer, reordering it in the editor, saving and opening it. */
@ExtendWith(ApplicationExtension.class)
class TourEditingTest {
    private MainWindow window;
    private Classroom classroom;
    private StartupData data;

    @Start
    void start(Stage stage) throws Exception {
        I18n.use(Locale.ENGLISH);
        data = StartupData.load(null);
        window = UiTestSupport.show(stage);
        classroom = window.classroom();
        window.model().select("wic-2015");
    }

    private List<String> targets() {
        return classroom.tour().get().steps().stream().map(TourStep::target).toList();
    }

    @Test
    void addToTourFromTheMenuThenReorderSaveAndOpen(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(classroom.model()::newTour);
        robot.clickOn("#toolbar-tour").clickOn("Add 2015 · 2nd to the tour");
        robot.interact(() -> window.model().select("wic-2017"));
        robot.clickOn("#toolbar-tour").clickOn("Add 2017 · 4th to the tour");
        robot.clickOn("#toolbar-tour").clickOn("Add a controversy of 2017 · 4th");
        // The same title is also on the timeline's controversy mark: click the one in the open menu.
        String title = "Tim Cook's praise and Apple's removal of VPN apps";
        robot.clickOn(robot.lookup(".context-menu").lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Label l && title.equals(l.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("wic-2015", "wic-2017", "tim-cook-vpn-2017"), targets());
        assertEquals("Tour (3)", robot.lookup("#toolbar-tour").queryLabeled().getText());

        robot.clickOn("#toolbar-tour").clickOn("Edit the tour…");
        WaitForAsyncUtils.waitForFxEvents();
        Stage editor = classroom.editor().stage();
        assertTrue(editor.isShowing());
        @SuppressWarnings("unchecked")
        ListView<TourStep> list = (ListView<TourStep>) editor.getScene().lookup("#tour-steps");
        assertEquals(3, list.getItems().size());

        robot.interact(() -> list.getSelectionModel().select(2));
        robot.clickOn(editor.getScene().lookup("#tour-up"));
        robot.clickOn(editor.getScene().lookup("#tour-up"));
        assertEquals(List.of("tim-cook-vpn-2017", "wic-2015", "wic-2017"), targets(), "Move up, twice");
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the moved step stays selected");

        robot.interact(list::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.DOWN).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("wic-2015", "tim-cook-vpn-2017", "wic-2017"), targets(), "Ctrl+Down");

        TextArea notes = (TextArea) editor.getScene().lookup("#tour-notes");
        robot.clickOn(notes).write("Compare Cook's words with the VPN apps.");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Compare Cook's words with the VPN apps.", classroom.tour().get().step(1).notes().en());
        assertTrue(classroom.tour().isModified());

        Path file = dir.resolve("lesson.wictour.json");
        robot.interact(() -> assertTrue(classroom.saveTo(file)));
        assertFalse(classroom.tour().isModified());
        Tour saved = new TourFiles(data.dataset(), data.seeds()).read(file);
        assertEquals(List.of("wic-2015", "tim-cook-vpn-2017", "wic-2017"),
                saved.steps().stream().map(TourStep::target).toList(), "saved in the order shown");
        assertEquals(StepKind.CONTROVERSY, saved.step(1).kind());
        assertEquals("Compare Cook's words with the VPN apps.", saved.step(1).notes().en());

        robot.interact(list::requestFocus);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("wic-2015", "wic-2017"), targets(), "Delete removes the selected step");

        robot.interact(() -> assertTrue(classroom.openTour(file)));
        assertEquals(List.of("wic-2015", "tim-cook-vpn-2017", "wic-2017"), targets(), "open brings back the saved order");
        assertEquals(3, list.getItems().size(), "the editor shows the opened tour");
        robot.interact(editor::hide);
    }

    @Test
    void aBadTourFileIsExplainedByLineAndColumnAndTheCurrentTourIsKept(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Tour before = classroom.tour().get();
        Path bad = dir.resolve("bad.wictour.json");
        Files.writeString(bad, """
                {
                  "formatVersion": 1,
                  "steps": [
                    { "edition": "wic-2014" },
                    { "edition": "wic-2030" }
                  ]
                }
                """);
        robot.interact(() -> assertFalse(classroom.openTour(bad)));
        assertEquals(before, classroom.tour().get(), "the current tour is kept");
        assertEquals(bad + ":5:7: unknown edition id \"wic-2030\" (the editions are wic-2014 to wic-2026)",
                classroom.lastProblems().get(0).toString());
        DialogPane dialog = Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene().getRoot()).filter(r -> r instanceof DialogPane).map(r -> (DialogPane) r)
                .findFirst().orElseThrow(() -> new AssertionError("no message shown"));
        assertTrue(dialog.getHeaderText().contains("bad.wictour.json"), dialog.getHeaderText());
        assertTrue(dialog.getHeaderText().contains("current tour is kept"), dialog.getHeaderText());
        TextArea details = (TextArea) dialog.lookup("#tour-problems");
        assertNotNull(details);
        assertTrue(details.getText().contains("bad.wictour.json:5:7: unknown edition id \"wic-2030\""), details.getText());
        robot.interact(() -> dialog.getScene().getWindow().hide());
    }

    @Test
    void theBuiltInTourIsReadyAndSelfChecked() {
        Dataset d = data.dataset();
        Tour tour = classroom.tour().get();
        assertEquals(d.editions().size(), tour.size());
        assertEquals("The WIC in 13 steps", tour.title().en());
        assertEquals("Tour (13)", classroom.controls().get(1) instanceof javafx.scene.control.MenuButton m
                ? m.getText() : "");
    }

    @Test
    void thePassageHighlightedInTheReaderBecomesAStepThatSavesAndOpens(FxRobot robot, @TempDir Path dir)
            throws Exception {
        robot.interact(classroom.model()::newTour);
        org.wicexplorer.model.Citation cited = data.dataset().citations().stream()
                .filter(c -> c.isSeed() && c.quote().length() > 40).findFirst().orElseThrow();
        robot.interact(() -> window.showCitation(cited));
        String shown = window.reader().passage().orElseThrow().text();
        assertTrue(shown.contains(cited.quote().substring(0, 20)), shown);

        robot.clickOn("#toolbar-tour");
        robot.clickOn(robot.lookup(".context-menu").lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label l
                && l.getText() != null && l.getText().startsWith("Add the reader's passage")).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        TourStep step = classroom.tour().get().step(0);
        assertEquals(StepKind.PASSAGE, step.kind());
        assertEquals(cited.document(), step.target());
        assertEquals(shown, step.text());

        Path file = dir.resolve("passage.wictour.json");
        robot.interact(() -> assertTrue(classroom.saveTo(file)));
        assertEquals(List.of(step), new TourFiles(data.dataset(), data.seeds()).read(file).steps(),
                "the saved passage is found again in its document when the tour is opened");
    }

    @Test
    void unsavedEditsAreNotDroppedWhenAnotherTourReplacesThem(FxRobot robot) {
        robot.interact(classroom.model()::newTour);
        robot.interact(() -> classroom.addEdition("wic-2016"));
        assertTrue(classroom.tour().isModified());

        robot.clickOn("#toolbar-tour").clickOn("New empty tour");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("wic-2016"), targets(), "Cancel keeps the edited tour");
        assertTrue(classroom.tour().isModified());

        robot.clickOn("#toolbar-tour").clickOn("Back to the built-in tour");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Discard the edits");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(data.dataset().editions().size(), classroom.tour().get().size(), "Discard goes ahead");
        assertFalse(classroom.tour().isModified());
    }
}
