package org.wicexplorer.ui.interchange;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.Background;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.RecordingDialogs;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data menu's view-model, driven by plain JUnit: a recording dialog service, the work done in line, no window. */
class DataMenuModelTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Dataset> received = new ArrayList<>();
    private final List<SeedLibrary> documentsAdded = new ArrayList<>();
    private StartupData data;
    private DataMenuModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void model() throws Exception {
        I18n.use(Locale.ENGLISH);
        // Its own seeds: an import adds documents to them.
        data = StartupData.load(null);
        model = new DataMenuModel(data::dataset, data::seeds, dialogs, Background.inLine(), documentsAdded::add,
                new ImportedDocuments(dir.resolve("store")), new InputLimits(10_000, 1_000_000));
        model.setTarget(received::add);
    }

    private List<String> lines(String styleClass) {
        return dialogs.reports().get(dialogs.reports().size() - 1).stream()
                .filter(s -> styleClass.equals(s.styleClass())).findFirst().orElseThrow().lines();
    }

    @Test
    void chosenFilesAreImportedFromTheirFolderAndReported() throws Exception {
        Path research = Files.createDirectory(dir.resolve("research"));
        Files.writeString(research.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n");
        Files.writeString(research.resolve("notes.md"), "# Field notes\n\nThe zyxquokka principle.\n");
        dialogs.answer(List.of(research.resolve("events.csv"), research.resolve("notes.md")));

        model.chooseFilesToImport();

        assertEquals(List.of("open: Import files…", "INFORMATION: Imported: 2 items, 1 documents. Skipped: 0."),
                dialogs.shown());
        assertEquals(List.of("*.json", "*.csv", "*.txt", "*.md", "*.markdown"),
                dialogs.requests().get(0).types().get(0).patterns());
        assertEquals(List.of("Imported (3)", "Skipped (0)"),
                dialogs.reports().get(0).stream().map(DialogService.Section::title).toList());
        assertEquals(List.of("None"), lines("import-skipped"));
        assertEquals(1, received.size(), "the items went to the user's layer");
        assertEquals(List.of(data.seeds()), documentsAdded, "the search hears of the new document");
        assertTrue(data.seeds().document("user-notes").isPresent());
        assertTrue(Files.exists(dir.resolve("store/sources.json")));
        assertFalse(model.importingProperty().get());
        assertTrue(model.lastReportProperty().get().succeeded());
    }

    @Test
    void aRefusedFileImportsNothingAndTheReportSaysWhy() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "fine");
        Files.write(dir.resolve("old.txt"), "旧文件".getBytes(Charset.forName("GBK")));

        model.importPaths(dir, List.of(Path.of("notes.txt"), Path.of("old.txt")));

        assertEquals(List.of("WARNING: Nothing was imported: 1 problems must be fixed first."), dialogs.shown());
        List<String> problems = lines("import-problems");
        assertTrue(problems.get(0).startsWith("old.txt:1:1: the file is not UTF-8"), problems::toString);
        assertEquals(List.of("None"), lines("import-imported"));
        assertEquals(List.of(), received);
        assertEquals(List.of(), documentsAdded);
        assertFalse(Files.exists(dir.resolve("store")), "nothing was written");
    }

    @Test
    void itemsTheUsersLayerRefusesAreNotImportedAndNothingIsWritten() throws Exception {
        model.setTarget(new ImportTarget() {
            @Override
            public void check(Dataset fragment) throws DataException {
                throw new DataException(new org.wicexplorer.data.Problem("user-data.json", 1, 1, "the layer refuses it"));
            }

            @Override
            public void addItems(Dataset fragment) {
                received.add(fragment);
            }
        });
        Files.writeString(dir.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n");

        model.importPaths(dir, List.of(Path.of("events.csv")));

        assertEquals(1, dialogs.shown().size());
        assertTrue(dialogs.shown().get(0).startsWith("ERROR: The import from " + dir + " failed: "), dialogs.shown()::toString);
        assertEquals(List.of(), received);
        assertFalse(model.importingProperty().get(), "the progress bar goes away");
        assertNull(model.lastReportProperty().get());
    }

    @Test
    void oneImportAtATime() throws Exception {
        List<Runnable> pending = new ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> void start(String name, Work<T> work, Progress progress, java.util.function.Consumer<? super T> succeeded,
                                  java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> Background.inLine().start(name, work, progress, succeeded, failed));
            }
        };
        model = new DataMenuModel(data::dataset, data::seeds, dialogs, later, documentsAdded::add,
                new ImportedDocuments(dir.resolve("store")), new InputLimits(10_000, 1_000_000));
        Files.writeString(dir.resolve("notes.txt"), "fine");
        model.importPaths(dir, List.of(Path.of("notes.txt")));
        assertTrue(model.importingProperty().get(), "the progress bar shows and the import entries wait");

        model.chooseFilesToImport();
        model.chooseFolderToImport();
        assertEquals(List.of(), dialogs.shown(), "no chooser while one runs");

        pending.remove(0).run();
        pending.remove(0).run();
        assertFalse(model.importingProperty().get());
        assertEquals(List.of("INFORMATION: Imported: 0 items, 1 documents. Skipped: 0."), dialogs.shown());
    }

    @Test
    void cancelledChoosersImportNothing() {
        dialogs.answer(null).answer(null);
        model.chooseFilesToImport();
        model.chooseFolderToImport();
        assertEquals(List.of("open: Import files…", "folder: Import a folder…"), dialogs.shown());
        assertFalse(model.importingProperty().get());
    }

    @Test
    void theExportProposesTheFormatsUsualName() throws Exception {
        Path file = dir.resolve("timeline.json");
        dialogs.answer(file);
        model.chooseExport(ExportFormat.TIMELINE_JS);
        assertEquals(List.of("save: Export data [wic-timeline.json]"), dialogs.shown());
        assertEquals(file, model.lastExportProperty().get());
        assertTrue(Files.readString(file).contains("\"events\""));
        assertEquals("wic-dataset.csv", DataMenuModel.defaultName(ExportFormat.CSV));
    }

    @Test
    void aFailedExportSaysWhere() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        model.export(ExportFormat.CSV, notAFolder.resolve("out.csv"));
        assertTrue(dialogs.shown().get(0).startsWith("ERROR: The export to " + notAFolder.resolve("out.csv") + " failed"),
                dialogs.shown()::toString);
        assertNull(model.lastExportProperty().get());
    }
}
