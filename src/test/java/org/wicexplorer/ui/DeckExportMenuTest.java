package org.wicexplorer.ui;

import javafx.concurrent.Worker;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
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
import org.wicexplorer.ui.export.ExportMenu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tour ▸ Export as slides…: the tour on screen leaves the app as PowerPoint or PDF slides, in the background. */
@ExtendWith(ApplicationExtension.class)
class DeckExportMenuTest {
    private MainWindow window;
    private final List<ExportMenu.FileRequest> asked = new ArrayList<>();
    private Path answer;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
        window.exportMenu().setFileChooser(request -> {
            asked.add(request);
            return Optional.ofNullable(answer);
        });
    }

    private static javafx.scene.Node shown(FxRobot robot, String id) {
        UiTestSupport.waitUntil(() -> robot.lookup(id).queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.isVisible()));
        return robot.lookup(id).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
    }

    private void exportFromTheTourMenu(FxRobot robot) throws Exception {
        robot.clickOn("#toolbar-tour");
        robot.clickOn(shown(robot, "#menu-export-deck"));
        UiTestSupport.waitUntil(() -> window.exportMenu().lastTask() != null
                && (window.exportMenu().lastTask().getState() == Worker.State.SUCCEEDED
                || window.exportMenu().lastTask().getState() == Worker.State.FAILED));
    }

    private String status(FxRobot robot) throws Exception {
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        return WaitForAsyncUtils.asyncFx(status::getText).get();
    }

    @Test
    void theTourAsPowerPoint(FxRobot robot, @TempDir Path dir) throws Exception {
        answer = dir.resolve("lesson.pptx");
        exportFromTheTourMenu(robot);
        ExportMenu.FileRequest request = asked.get(0);
        assertEquals("wic-tour-slides.pptx", request.suggestedName());
        assertEquals("*.pptx", request.extension());
        assertEquals("*.pdf", request.otherExtension(), "the dialog offers PDF slides too");
        int steps = window.classroom().tour().get().size();
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(answer))) {
            assertEquals(steps, show.getSlides().size());
        }
        assertEquals("Saved lesson.pptx (" + steps + " slides) in " + answer.getParent(), status(robot));
    }

    @Test
    void theTourAsPdfSlides(FxRobot robot, @TempDir Path dir) throws Exception {
        answer = dir.resolve("lesson.pdf");
        exportFromTheTourMenu(robot);
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            assertEquals(window.classroom().tour().get().size(), pdf.getNumberOfPages());
        }
        assertTrue(status(robot).startsWith("Saved lesson.pdf ("), status(robot));
    }

    @Test
    void aFolderThatCannotBeWrittenSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        answer = notAFolder.resolve("lesson.pptx");
        exportFromTheTourMenu(robot);
        String text = status(robot);
        assertTrue(text.startsWith("Could not save " + answer + ": "), text);
    }

    @Test
    void aNameTypedWithoutAnEndingGetsTheChosenType() {
        ExportMenu.FileRequest request = new ExportMenu.FileRequest("t", "n.pptx", "PowerPoint", "*.pptx", "PDF", "*.pdf");
        FileChooser.ExtensionFilter pdf = new FileChooser.ExtensionFilter("PDF", "*.pdf");
        assertEquals(Path.of("/tmp/lesson.pdf"), ExportMenu.withExtension(Path.of("/tmp/lesson"), pdf, request));
        assertEquals(Path.of("/tmp/lesson.pptx"), ExportMenu.withExtension(Path.of("/tmp/lesson.pptx"), pdf, request));
        assertEquals(Path.of("/tmp/lesson.pptx"), ExportMenu.withExtension(Path.of("/tmp/lesson"), null, request));
    }
}
