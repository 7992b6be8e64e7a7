package org.wicexplorer.ui.interchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.Importer;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.ui.BackgroundTasks;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.search.SearchService;

/**
 * The "Data" menu of the status bar: import files or a folder, export the dataset. An import plans (reads
 * and validates everything) and saves its documents in a background task with progress; only a plan
 * without problems reaches the {@link ImportTarget}, on the FX thread; then the search index is rebuilt
 * and the report shown.
 */
public final class DataMenu {
    private final MenuButton button = new MenuButton(I18n.t("data.menu"));
    private final ProgressBar progress = new ProgressBar();
    private final HBox node = new HBox(button, progress);
    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final SearchService search;
    private ImportTarget target;
    private ImportedDocuments store = ImportedDocuments.inUserDataHome();
    private InputLimits limits = InputLimits.DEFAULT;

    public DataMenu(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, SearchService search) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.search = search;
        this.target = new InterimImportTarget();
        button.setId("data-menu");
        button.getStyleClass().add("data-menu");
        progress.setId("import-progress");
        progress.setVisible(false);
        progress.setManaged(false);
        node.getStyleClass().add("data-menu-box");

        MenuItem files = item("data.importFiles", "import-files", () -> chooseFiles());
        MenuItem folder = item("data.importFolder", "import-folder", () -> chooseFolder());
        Menu export = new Menu(I18n.t("data.export"));
        export.setId("export-menu");
        export.getItems().addAll(
                item("data.exportOurs", "export-ours", () -> chooseExport(ExportFormat.OUR_JSON)),
                item("data.exportTimeline", "export-timeline", () -> chooseExport(ExportFormat.TIMELINE_JS)),
                item("data.exportCsv", "export-csv", () -> chooseExport(ExportFormat.CSV)));
        button.getItems().addAll(files, folder, new SeparatorMenuItem(), export);
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(I18n.t(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    public Node node() {
        return node;
    }

    /** Where imported items go; the user layer replaces the interim target at merge time. */
    public void setTarget(ImportTarget target) {
        this.target = target;
    }

    /** Tests keep their documents out of the shared test user folder. */
    public void useStore(ImportedDocuments store, InputLimits limits) {
        this.store = store;
        this.limits = limits;
    }

    private Window window() {
        return button.getScene() == null ? null : button.getScene().getWindow();
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("data.importFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("data.fileTypes"),
                "*.json", "*.csv", "*.txt", "*.md", "*.markdown"));
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            Path root = chosen.get(0).toPath().toAbsolutePath().getParent();
            importPaths(root, chosen.stream().map(f -> f.toPath().getFileName()).toList());
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(I18n.t("data.importFolder"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            importPaths(chosen.toPath(), List.of(Path.of("")));
        }
    }

    /**
     * Imports {@code chosen} (files or folders, relative to {@code root}); nothing outside {@code root} is read.
     * Returns the running task.
     */
    public Task<Importer.Plan> importPaths(Path root, List<Path> chosen) {
        Importer importer = new Importer(dataset.get(), seeds.get(), limits, Language.of(I18n.locale()));
        ImportedDocuments into = store;
        Task<Importer.Plan> task = new Task<>() {
            @Override
            protected Importer.Plan call() throws Exception {
                return importer.plan(root, chosen, (done, total, file) -> {
                    updateProgress(done, Math.max(1, total));
                    updateMessage(file);
                });
            }
        };
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        progress.setManaged(true);
        task.setOnSucceeded(e -> planned(task.getValue(), root, into));
        task.setOnFailed(e -> {
            hideProgress();
            failed("data.importFailed", root.toString(), task.getException());
        });
        BackgroundTasks.start(task, "import");
        return task;
    }

    /**
     * The plan is valid on its own; before anything is written, the user's layer must accept its items
     * too. Only then are the documents saved (in the background), and last the items handed over.
     */
    private void planned(Importer.Plan plan, Path root, ImportedDocuments into) {
        Window owner = window();
        if (plan.report().succeeded() && plan.hasItems()) {
            try {
                target.check(plan.fragment());
            } catch (DataException e) {
                hideProgress();
                failed("data.importFailed", root.toString(), e);
                return;
            }
        }
        SeedLibrary library = seeds.get();
        Task<Void> save = new Task<>() {
            @Override
            protected Void call() throws Exception {
                Importer.saveDocuments(plan, into, library);
                return null;
            }
        };
        save.setOnSucceeded(e -> finish(plan, root, owner));
        save.setOnFailed(e -> {
            hideProgress();
            failed("data.importFailed", root.toString(), save.getException());
        });
        BackgroundTasks.start(save, "import-save");
    }

    private void finish(Importer.Plan plan, Path root, Window owner) {
        hideProgress();
        if (plan.hasItems()) {
            try {
                target.addItems(plan.fragment());
            } catch (DataException e) {
                failed("data.importFailed", root.toString(), e);
                return;
            }
        }
        if (!plan.documents().isEmpty()) {
            // The index takes the new documents' passages in place. Items went through the user's layer,
            // which showed the new data and brought the search up to it already.
            search.documentsChanged(seeds.get());
        }
        ImportReportDialog.show(owner, plan.report(), plan.documents().size());
    }


    private void hideProgress() {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        progress.setManaged(false);
    }

    private void chooseExport(ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.t("data.export"));
        chooser.setInitialFileName(format == ExportFormat.TIMELINE_JS ? "wic-timeline.json"
                : "wic-dataset." + format.extension());
        chooser.getExtensionFilters().add(format == ExportFormat.CSV
                ? new FileChooser.ExtensionFilter(I18n.t("data.csvFiles"), "*.csv")
                : new FileChooser.ExtensionFilter(I18n.t("data.jsonFiles"), "*.json"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            export(format, file.toPath());
        }
    }

    /** Writes the dataset shown in the window, in the background; the file is replaced atomically. */
    public Task<Path> export(ExportFormat format, Path file) {
        Dataset d = dataset.get();
        SeedLibrary library = seeds.get();
        Language language = Language.of(I18n.locale());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                format.export(d, language, library, file);
                return file;
            }
        };
        task.setOnFailed(e -> failed("data.exportFailed", file.toString(), task.getException()));
        BackgroundTasks.start(task, "export");
        return task;
    }

    private void failed(String key, String what, Throwable error) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(window());
        alert.setHeaderText(I18n.t(key, what, error == null ? "" : String.valueOf(error.getMessage())));
        DialogLook.apply(alert.getDialogPane());
        alert.show();
    }
}
