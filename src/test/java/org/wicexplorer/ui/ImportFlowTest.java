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
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchResults;

/** Importing from the Data menu: the task runs, the report says what happened, and search finds the documents. */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    private MainWindow window;
    /** The choosers are answered from a script; the report is recorded. */
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.explorer(stage, dialogs).window();
    }

    private void useTempStore() {
        window.dataMenu().model().useStore(new ImportedDocuments(dir.resolve("store")), new InputLimits(10_000, 1_000_000));
    }

    /** The report's header, once the import has ended. */
    private String report() throws Exception {
        UiTestSupport.waitUntil(() -> window.dataMenu().model().lastReportProperty().get() != null);
        List<String> shown = WaitForAsyncUtils.asyncFx(dialogs::shown).get();
        String last = shown.get(shown.size() - 1);
        return last.substring(last.indexOf(": ") + 2);
    }

    private List<String> lines(String styleClass) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> dialogs.reports().get(dialogs.reports().size() - 1)).get().stream()
                .filter(s -> styleClass.equals(s.styleClass())).findFirst().orElseThrow().lines();
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

        // As a teacher does it: Data ▸ Import a folder…, and the folder chosen.
        dialogs.answer(folder);
        robot.clickOn("#data-menu");
        robot.clickOn("Import a folder…");

        assertEquals("Imported: 2 items, 1 documents. Skipped: 1.", report());
        assertEquals("folder: Import a folder…", dialogs.shown().get(0));
        assertEquals(List.of("notes.md: document user-notes", "events.csv: milestone lecture-series",
                "events.csv: citation lecture-series-source"), lines("import-imported"));
        assertEquals(List.of("photo.jpg: file — not a supported type (.json, .csv, .txt, .md)"),
                lines("import-skipped"));
        assertTrue(Files.exists(dir.resolve("store/sources.json")));

        // The index takes the new document in place, next to the seeds.
        AtomicReference<SearchResults> found = new AtomicReference<>();
        UiTestSupport.waitUntil(() -> {
            window.search().searchOnce("zyxquokka", found::set);
            return found.get() != null && found.get().hits().stream()
                    .anyMatch(h -> h.target() instanceof PassageTarget p && p.seed().equals("user-notes"));
        });
        // The reader, with no document open, lists the new document with the seeds (an edit of data alone
        // leaves that list as it is; new documents join the same seed library).
        UiTestSupport.waitUntil(() -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".reader-document-link")
                .queryAllAs(javafx.scene.control.Hyperlink.class).stream().map(javafx.scene.control.Hyperlink::getText)
                .toList().equals(window.session().seeds().documents().stream()
                        .map(d -> d.title().in(org.wicexplorer.model.Language.EN)).toList())
                && window.session().seeds().document("user-notes").isPresent()).get());
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

        robot.interact(() -> window.dataMenu().model().importPaths(dir, List.of(Path.of("edited.json"))));

        String header = report();
        assertTrue(header.startsWith("Imported: 0 items, 0 documents. Edited: 1."), header);
        assertEquals(List.of(dataset.info().title() + ": edition " + dataset.editions().get(0).id() + " — changed: name/en"),
                lines("import-edited"));
    }

    @Test
    void aRefusedFileImportsNothingAndTheReportSaysWhy(FxRobot robot) throws Exception {
        useTempStore();
        Files.writeString(dir.resolve("notes.txt"), "fine");
        Files.write(dir.resolve("old.txt"), "旧文件".getBytes(Charset.forName("GBK")));

        robot.interact(() -> window.dataMenu().model().importPaths(dir, List.of(Path.of("notes.txt"), Path.of("old.txt"))));

        assertEquals("Nothing was imported: 1 problems must be fixed first.", report());
        assertTrue(dialogs.shown().get(0).startsWith("WARNING: "), dialogs.shown()::toString);
        List<String> problems = lines("import-problems");
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("old.txt:1:1: the file is not UTF-8"), problems::toString);
        assertEquals(List.of("None"), lines("import-imported"));
        assertFalse(Files.exists(dir.resolve("store")), "nothing was written");
    }

    @Test
    void exportWritesTheShownDatasetInEachFormat(FxRobot robot) throws Exception {
        for (ExportFormat format : ExportFormat.values()) {
            Path file = dir.resolve("export-" + format + "." + format.extension());
            dialogs.answer(file);
            robot.interact(() -> window.dataMenu().model().chooseExport(format));
            UiTestSupport.waitUntil(() -> file.equals(window.dataMenu().model().lastExportProperty().get()));
        }
        assertEquals(List.of("wic-dataset.json", "wic-timeline.json", "wic-dataset.csv"),
                dialogs.requests().stream().map(DialogService.FileRequest::initialName).toList());
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
