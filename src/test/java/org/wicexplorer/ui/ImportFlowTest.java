package org.wicexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchResults;

/** Importing from the Data menu: the task runs, the report says what happened, and search finds the documents. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
    }

    private void useTempStore() {
        window.dataMenu().useStore(new ImportedDocuments(dir.resolve("store")), new InputLimits(10_000, 1_000_000));
    }

    private static DialogPane report(FxRobot robot) {
        UiTestSupport.waitUntil(() -> robot.lookup("#import-report").tryQuery().isPresent());
        return robot.lookup("#import-report").queryAs(DialogPane.class);
    }

    @SuppressWarnings("unchecked")
    private static List<String> lines(FxRobot robot, String styleClass) {
        return List.copyOf(robot.lookup("#import-report ." + styleClass).queryAs(ListView.class).getItems());
    }

    @Test
    void theStatusBarOffersImportAndExport(FxRobot robot) {
        robot.clickOn("#data-menu");
        Set<String> items = robot.lookup("#data-menu").queryAs(javafx.scene.control.MenuButton.class).getItems()
                .stream().map(MenuItem::getText).filter(t -> t != null).collect(Collectors.toSet());
        // "Export data", not a second "Export" beside the Export menu (handout, pictures): a teacher opens the right one.
        assertTrue(items.containsAll(Set.of("Import files…", "Import a folder…", "Export data")), items::toString);
        String exportMenu = robot.lookup("#status-export").queryAs(javafx.scene.control.MenuButton.class).getText()
                .replace("_", "");
        assertFalse(items.contains(exportMenu), "two menus named " + exportMenu);
        assertTrue(robot.lookup("Import a folder…").tryQuery().isPresent(), "the menu is open");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aFolderImportEndsWithItsReportAndIsSearchable(FxRobot robot) throws Exception {
        useTempStore();
        Path folder = Files.createDirectory(dir.resolve("research"));
        Files.writeString(folder.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n");
        Files.writeString(folder.resolve("notes.md"), "# Field notes\n\nThe zyxquokka principle, discussed at length.\n");
        Files.writeString(folder.resolve("photo.jpg"), "not a photo");
        UiTestSupport.waitForSearchIndex(robot);

        robot.interact(() -> window.dataMenu().importPaths(folder, List.of(Path.of(""))));

        DialogPane pane = report(robot);
        assertEquals("Imported: 2 items, 1 documents. Skipped: 1.", pane.getHeaderText());
        assertEquals(List.of("notes.md: document user-notes", "events.csv: milestone lecture-series",
                "events.csv: citation lecture-series-source"), lines(robot, "import-imported"));
        assertEquals(List.of("photo.jpg: file — not a supported type (.json, .csv, .txt, .md)"),
                lines(robot, "import-skipped"));
        assertTrue(Files.exists(dir.resolve("store/sources.json")));

        // The index takes the new document in place, next to the seeds.
        AtomicReference<SearchResults> found = new AtomicReference<>();
        UiTestSupport.waitUntil(() -> {
            window.search().searchOnce("zyxquokka", found::set);
            return found.get() != null && found.get().hits().stream()
                    .anyMatch(h -> h.target() instanceof PassageTarget p && p.seed().equals("user-notes"));
        });
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void anEditedExportIsReportedAsEditedWithWhatChanged(FxRobot robot) throws Exception {
        useTempStore();
        var dataset = window.model().dataset();
        String json = new String(org.wicexplorer.interchange.ExportFormat.TIMELINE_JS.write(dataset,
                org.wicexplorer.model.Language.EN), java.nio.charset.StandardCharsets.UTF_8);
        String name = dataset.editions().get(0).name().en();
        Files.writeString(dir.resolve("edited.json"), json.replaceFirst("\"headline\" : \"" + java.util.regex.Pattern.quote(name) + "\"",
                "\"headline\" : \"" + name + " (edited)\""));

        robot.interact(() -> window.dataMenu().importPaths(dir, List.of(Path.of("edited.json"))));

        DialogPane pane = report(robot);
        assertTrue(pane.getHeaderText().startsWith("Imported: 0 items, 0 documents. Edited: 1."), pane.getHeaderText());
        assertEquals(List.of(dataset.info().title() + ": edition " + dataset.editions().get(0).id() + " — changed: name/en"),
                lines(robot, "import-edited"));
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void aRefusedFileImportsNothingAndTheReportSaysWhy(FxRobot robot) throws Exception {
        useTempStore();
        Files.writeString(dir.resolve("notes.txt"), "fine");
        Files.write(dir.resolve("old.txt"), "旧文件".getBytes(Charset.forName("GBK")));

        robot.interact(() -> window.dataMenu().importPaths(dir, List.of(Path.of("notes.txt"), Path.of("old.txt"))));

        DialogPane pane = report(robot);
        assertEquals("Nothing was imported: 1 problems must be fixed first.", pane.getHeaderText());
        List<String> problems = lines(robot, "import-problems");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("old.txt:1:1: the file is not UTF-8"), problems::toString);
        assertEquals(List.of("None"), lines(robot, "import-imported"));
        assertFalse(Files.exists(dir.resolve("store")), "nothing was written");
        robot.interact(() -> ((Stage) pane.getScene().getWindow()).close());
    }

    @Test
    void exportWritesTheShownDatasetInEachFormat(FxRobot robot) throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("export-" + format + "." + format.extension());
            AtomicReference<javafx.concurrent.Task<Path>> task = new AtomicReference<>();
            robot.interact(() -> task.set(window.dataMenu().export(format, file)));
            UiTestSupport.waitUntil(() -> task.get().isDone());
            assertEquals(file, task.get().get());
        }
        var dataset = window.model().dataset();
        var timeline = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dir.resolve("export-TIMELINE_JS.json").toFile());
        assertEquals(dataset.editions().size() + dataset.milestones().size(), timeline.get("events").size());
        // Editions included (issue 18).
        assertEquals(1 + dataset.editions().size() + dataset.milestones().size() + dataset.eras().size(),
                Files.readAllLines(dir.resolve("export-CSV.csv")).size());
        assertTrue(Files.readString(dir.resolve("export-OUR_JSON.json")).contains("\"formatVersion\" : 1"));
    }
}
