package org.wicexplorer.ui;

import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wicexplorer.ui.export.ExportModel;
import org.wicexplorer.ui.export.PrintedPages;
import org.wicexplorer.handout.HandoutWriter;
import org.wicexplorer.model.Language;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The status bar's Export menu: a slide picture, the PDF handout and printing, as a teacher uses them. */
@ExtendWith(ApplicationExtension.class)
class ExportMenuTest {
    private MainWindow window;
    /** The save dialogs are answered from a script and recorded. */
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.explorer(stage, dialogs).window();
    }

    /** A menu entry as shown in its open popup (the menu's items also exist as unshown nodes). */
    private static javafx.scene.Node shown(FxRobot robot, String id) {
        UiTestSupport.waitUntil(() -> robot.lookup(id).queryAll().stream()
                .anyMatch(n -> n.getScene() != null && n.isVisible()));
        return robot.lookup(id).queryAll().stream().filter(n -> n.getScene() != null && n.isVisible())
                .findFirst().orElseThrow();
    }

    /** A menu item of the Export menu, at any depth, by its id. */
    private MenuItem item(String id) {
        java.util.ArrayDeque<MenuItem> todo = new java.util.ArrayDeque<>(
                window.exportMenu().controls().stream().filter(n -> n instanceof MenuButton)
                        .map(n -> (MenuButton) n).findFirst().orElseThrow().getItems());
        while (!todo.isEmpty()) {
            MenuItem i = todo.pop();
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof javafx.scene.control.Menu m) {
                todo.addAll(m.getItems());
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    /** How the export ended, once it has. */
    private ExportModel.Outcome waitForTask() throws Exception {
        UiTestSupport.waitUntil(() -> window.exportMenu().model().outcomeProperty().get() != null);
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> window.exportMenu().model().outcomeProperty().get()).get();
    }

    @Test
    void theMenuSitsInTheStatusBarOnScreen(FxRobot robot) {
        MenuButton menu = robot.lookup("#status-export").queryAs(MenuButton.class);
        assertTrue(UiTestSupport.onScreen(menu));
        assertEquals(List.of("export-png", "export-pdf", "export-handout-style", "export-citations", "null", "export-print"),
                menu.getItems().stream().map(i -> String.valueOf(i.getId())).toList());
        assertEquals("Ctrl+P", menu.getItems().get(5).getAccelerator().getDisplayText());
    }

    @Test
    void aSlidePictureOfTheRequestedWidth(FxRobot robot, @TempDir Path dir) throws Exception {
        Path answer = dir.resolve("slide.png");
        dialogs.answer(answer);
        robot.clickOn("#status-export");
        javafx.scene.Node png = shown(robot, "#export-png");
        robot.moveTo(png);
        // Straight across into the submenu, on whichever side it opened: a diagonal path would cross the
        // next entry and close it.
        javafx.geometry.Bounds row = png.localToScreen(png.getBoundsInLocal());
        javafx.scene.Node wide = shown(robot, "#export-png-3840");
        javafx.geometry.Bounds target = wide.localToScreen(wide.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(target.getCenterX(), row.getCenterY()));
        robot.clickOn(shown(robot, "#export-png-3840"));
        assertFalse(waitForTask().failed());
        assertEquals("wic-timeline-3840.png", dialogs.requests().get(0).initialName());
        BufferedImage image = ImageIO.read(answer.toFile());
        assertEquals(3840, image.getWidth());
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Saved slide.png (3840 × "), status.getText());
        assertTrue(status.getText().endsWith(" in " + dir.toAbsolutePath()), status.getText());
    }

    @Test
    void theHandoutAsPdf(FxRobot robot, @TempDir Path dir) throws Exception {
        Path answer = dir.resolve("handout.pdf");
        dialogs.answer(answer);
        robot.clickOn("#status-export");
        robot.clickOn(shown(robot, "#export-pdf"));
        assertEquals(answer, waitForTask().file());
        assertEquals("wic-handout.pdf", dialogs.requests().get(0).initialName());
        try (PDDocument pdf = Loader.loadPDF(answer.toFile())) {
            Label status = robot.lookup("#export-status").queryAs(Label.class);
            // The folder it went to, and an Open action that shows that very file.
            assertEquals("Saved handout.pdf (" + pdf.getNumberOfPages() + " pages) in " + dir.toAbsolutePath(),
                    status.getText());
        }
        List<Path> opened = new ArrayList<>();
        robot.interact(() -> window.exportMenu().setOpener(opened::add));
        robot.interact(() -> robot.lookup("#export-open").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertEquals(List.of(answer), opened);
        assertTrue(UiTestSupport.onScreen(robot.lookup("#export-open").queryAs(javafx.scene.Node.class)));
    }

    @Test
    void theSelectedEditionsSourcesForAReferenceManager(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.model().select("wic-2015"));
        Path answer = dir.resolve("sources.bib");
        dialogs.answer(answer);
        robot.clickOn("#status-export");
        shown(robot, "#export-citations");
        MenuItem edition = item("export-citations-edition");
        assertEquals("Sources of the selected edition (2015)", edition.getText());
        assertTrue(!edition.isDisable());
        // Three menu levels deep: the entry is fired rather than reached by a pointer path across submenus.
        robot.interact(() -> {
            item("export-citations-edition-bibtex").fire();
            robot.lookup("#status-export").queryAs(MenuButton.class).hide();
        });
        waitForTask();
        assertEquals("wic-sources-wic-2015.bib", dialogs.requests().get(0).initialName());
        String bib = Files.readString(answer);
        var db = new org.jbibtex.BibTeXParser().parse(new java.io.StringReader(bib));
        var data = org.wicexplorer.app.StartupData.load(null);
        int expected = org.wicexplorer.cite.SourceExport.ofEdition(data.dataset(), data.seeds(), "wic-2015").size();
        assertEquals(expected, db.getEntries().size());
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertEquals("Saved sources.bib: " + expected + " sources in " + answer.getParent(), status.getText());
    }

    @Test
    void theHandoutsCitationStyleIsTheRememberedOne(FxRobot robot) {
        robot.clickOn("#status-export");
        shown(robot, "#export-handout-style");
        robot.interact(() -> {
            item("export-handout-style-apa").fire();
            robot.lookup("#status-export").queryAs(MenuButton.class).hide();
        });
        robot.clickOn("#status-export");
        UiTestSupport.waitUntil(() -> ((javafx.scene.control.RadioMenuItem) item("export-handout-style-apa")).isSelected());
        robot.interact(() -> robot.lookup("#status-export").queryAs(MenuButton.class).hide());
        assertEquals(org.wicexplorer.cite.CitationStyle.APA, org.wicexplorer.ui.cite.CitationPreference.style());
        var copyItems = org.wicexplorer.ui.cite.CitationCopy.menuItems(s -> "x", s -> { });
        assertTrue(copyItems.get(0).getStyleClass().contains("copy-citation-apa"), "the copy menus offer it first");
    }

    @Test
    void aFailedExportSaysWhy(FxRobot robot, @TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        Path answer = notAFolder.resolve("handout.pdf");
        dialogs.answer(answer);
        robot.clickOn("#status-export");
        robot.clickOn(shown(robot, "#export-pdf"));
        assertTrue(waitForTask().failed());
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        assertTrue(status.getText().startsWith("Could not save " + answer + ": "), status.getText());
        assertTrue(status.getStyleClass().contains("export-failed"));
    }

    @Test
    void cancellingTheSaveDialogDoesNothing(FxRobot robot) {
        dialogs.answer(null);
        robot.clickOn("#status-export");
        robot.clickOn(shown(robot, "#export-pdf"));
        UiTestSupport.waitUntil(dialogs::answeredAll);
        assertEquals(List.of("save: Save the handout [wic-handout.pdf]"), dialogs.shown());
        assertEquals(null, window.exportMenu().model().outcomeProperty().get());
        assertFalse(window.exportMenu().model().runningProperty().get());
    }

    @Test
    void ctrlPWithNoPrinterSaysSo(FxRobot robot) {
        robot.interact(() -> window.timeline().view().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.P).release(KeyCode.P, KeyCode.CONTROL);
        Label status = robot.lookup("#export-status").queryAs(Label.class);
        UiTestSupport.waitUntil(() -> status.getText().equals(I18n.t("export.noPrinter")));
    }

    @Test
    void thePrintedPagesAreTheHandoutsPagesFittedToThePaper() throws Exception {
        var data = org.wicexplorer.app.StartupData.load(null);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        HandoutWriter.Result result = new HandoutWriter(data.dataset(), data.seeds(), Language.EN).write(pdf, p -> { });
        try (PrintedPages pages = new PrintedPages(pdf.toByteArray())) {
            assertEquals(result.pages(), pages.count());
            // A4 printable area with 0.5 inch margins: the page fills its width and keeps its shape.
            var node = (javafx.scene.image.ImageView) pages.page(1, 523, 770);
            var bounds = node.getLayoutBounds();
            assertTrue(bounds.getWidth() <= 523.5 && bounds.getHeight() <= 770.5, bounds.toString());
            assertEquals(523, bounds.getWidth(), 1);
            assertEquals(842.0 / 595.0, bounds.getHeight() / bounds.getWidth(), 0.01);
            assertTrue(node.getImage().getWidth() > 1200, "printed at 150 dpi, not screen resolution");
        }
    }
}
