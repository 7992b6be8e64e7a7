package org.wicexplorer.ui;

import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tour ▸ Export as slides…: the tour on screen leaves the app as PowerPoint or PDF slides, in the background. */
@ExtendWith(ApplicationExtension.class)
class DeckExportMenuTest {
    private MainWindow window;
    /** The save dialog is answered from a script and recorded. */
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.explorer(stage, dialogs).window();
    }

    private static javafx.scene.Node shown(FxRobot robot, String id) {
        UiTestSupport.waitUntil(() -> robot.lookup(id).queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.isVisible()));
        return robot.lookup(id).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
    }

    private void exportFromTheTourMenu(FxRobot robot, Path answer) throws Exception {
        dialogs.answer(answer);
        robot.clickOn("#toolbar-tour");
        robot.clickOn(shown(robot, "#menu-export-deck"));
        UiTestSupport.waitUntil(() -> window.exportMenu().model().outcomeProperty().get() != null);
    }

    private String status(FxRobot robot) throws Exception {
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(status::getText).get();
    }

    @Test
    void theTourAsPowerPoint(FxRobot robot, @TempDir Path dir) throws Exception {
        Path answer = dir.resolve("lesson.pptx");
        exportFromTheTourMenu(robot, answer);
        DialogService.FileRequest request = dialogs.requests().get(0);
        assertEquals("wic-tour-slides.pptx", request.initialName());
        assertEquals(List.of(List.of("*.pptx"), List.of("*.pdf")),
                request.types().stream().map(DialogService.FileType::patterns).toList(), "the dialog offers PDF slides too");
        int steps = window.classroom().tour().get().size();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(answer))) {
            assertEquals(steps, show.getSlides().size());
        }
        assertEquals("Saved lesson.pptx (" + steps + " slides) in " + answer.getParent(), status(robot));
    }

    @Test
    void theTourAsPdfSlides(FxRobot robot, @TempDir Path dir) throws Exception {
        Path answer = dir.resolve("lesson.pdf");
        exportFromTheTourMenu(robot, answer);
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            assertEquals(window.classroom().tour().get().size(), pdf.getNumberOfPages());
        }
        assertTrue(status(robot).startsWith("Saved lesson.pdf ("), status(robot));
    }

    @Test
    void aFolderThatCannotBeWrittenSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Path answer = notAFolder.resolve("lesson.pptx");
        exportFromTheTourMenu(robot, answer);
        String text = status(robot);
        assertTrue(text.startsWith("Could not save " + answer + ": "), text);
    }
}
