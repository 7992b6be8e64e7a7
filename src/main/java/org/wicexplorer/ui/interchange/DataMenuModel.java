package org.wicexplorer.ui.interchange;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportReport;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.Importer;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.ui.Background;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The view-model of the Data menu (issue 12, §5): importing files or a folder and exporting the dataset.
 * An import plans (reads and validates everything) and saves its documents in the background with its
 * progress as properties; only a plan without problems reaches the {@link ImportTarget}; then the search
 * hears of the new documents and the report is shown. Files, folders, the report and failures go through
 * the {@link DialogService}, so plain JUnit drives it with a recording fake and the work done in line.
 */
public final class DataMenuModel {
    static final String KIND = "data.kind.";
    static final String SKIP = "data.skip.";

    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final DialogService dialogs;
    private final Background background;
    private final Consumer<SeedLibrary> documentsAdded;
    private ImportTarget target = new InterimImportTarget();
    private ImportedDocuments store;
    private InputLimits limits;

    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper currentFile = new ReadOnlyStringWrapper(this, "currentFile", "");
    private final ReadOnlyObjectWrapper<ImportReport> lastReport = new ReadOnlyObjectWrapper<>(this, "lastReport");
    private final ReadOnlyObjectWrapper<Path> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");

    /**
     * @param documentsAdded hears of documents an import added to the seed library (the search indexes them)
     * @param store          where imported documents are kept ({@link ImportedDocuments#inUserDataHome()})
     */
    public DataMenuModel(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, DialogService dialogs,
                         Background background, Consumer<SeedLibrary> documentsAdded, ImportedDocuments store,
                         InputLimits limits) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.dialogs = dialogs;
        this.background = background;
        this.documentsAdded = documentsAdded;
        this.store = Objects.requireNonNull(store);
        this.limits = Objects.requireNonNull(limits);
    }

    /** Where imported items go; the composition root hands the user's layer. */
    public void setTarget(ImportTarget target) {
        this.target = Objects.requireNonNull(target);
    }

    /** Keeps imported documents in another folder (a test keeps its own out of the shared test user folder). */
    public void useStore(ImportedDocuments store, InputLimits limits) {
        this.store = Objects.requireNonNull(store);
        this.limits = Objects.requireNonNull(limits);
    }

    // ---- choosing ----

    /** Import files…: the files are read relative to their folder; nothing outside it is read. */
    public void chooseFilesToImport() {
        if (importing.get()) {
            return;
        }
        List<Path> chosen = dialogs.chooseFilesToOpen(new DialogService.FileRequest(I18n.t("data.importFiles"), null,
                null, List.of(new DialogService.FileType(I18n.t("data.fileTypes"),
                        List.of("*.json", "*.csv", "*.txt", "*.md", "*.markdown")))));
        if (!chosen.isEmpty()) {
            Path root = chosen.get(0).toAbsolutePath().getParent();
            importPaths(root, chosen.stream().map(Path::getFileName).toList());
        }
    }

    /** Import a folder…: everything in it. */
    public void chooseFolderToImport() {
        if (importing.get()) {
            return;
        }
        dialogs.chooseFolder(I18n.t("data.importFolder"), null).ifPresent(folder -> importPaths(folder, List.of(Path.of(""))));
    }

    /** Export data ▸ a format: the save dialog proposes the format's usual name. */
    public void chooseExport(ExportFormat format) {
        DialogService.FileType type = format == ExportFormat.CSV
                ? new DialogService.FileType(I18n.t("data.csvFiles"), List.of("*.csv"))
                : new DialogService.FileType(I18n.t("data.jsonFiles"), List.of("*.json"));
        dialogs.chooseFileToSave(new DialogService.FileRequest(I18n.t("data.export"), null, defaultName(format),
                List.of(type))).ifPresent(file -> export(format, file));
    }

    static String defaultName(ExportFormat format) {
        return format == ExportFormat.TIMELINE_JS ? "wic-timeline.json" : "wic-dataset." + format.extension();
    }

    // ---- importing ----

    /**
     * Imports {@code chosen} (files or folders, relative to {@code root}); nothing outside {@code root} is read.
     * One import at a time: the menu offers none while one runs.
     */
    public void importPaths(Path root, List<Path> chosen) {
        if (importing.get()) {
            return;
        }
        Importer importer = new Importer(dataset.get(), seeds.get(), limits, Language.of(I18n.locale()));
        ImportedDocuments into = store;
        importing.set(true);
        progress.set(-1);
        lastReport.set(null);
        background.start("import", p -> importer.plan(root, chosen, (done, total, file) -> {
            p.done((double) done / Math.max(1, total));
            p.message(file);
        }), progress(), plan -> planned(plan, root, into), e -> failed("data.importFailed", root.toString(), e));
    }

    /**
     * The plan is valid on its own; before anything is written, the user's layer must accept its items
     * too. Only then are the documents saved (in the background), and last the items handed over.
     */
    private void planned(Importer.Plan plan, Path root, ImportedDocuments into) {
        if (plan.report().succeeded() && plan.hasItems()) {
            try {
                target.check(plan.fragment());
            } catch (DataException e) {
                failed("data.importFailed", root.toString(), e);
                return;
            }
        }
        SeedLibrary library = seeds.get();
        background.start("import-save", p -> {
            Importer.saveDocuments(plan, into, library);
            return Boolean.TRUE;
        }, progress(), saved -> finish(plan, root, library), e -> failed("data.importFailed", root.toString(), e));
    }

    private void finish(Importer.Plan plan, Path root, SeedLibrary library) {
        importing.set(false);
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
            documentsAdded.accept(library);
        }
        int documents = plan.documents().size();
        ImportReport report = plan.report();
        dialogs.report(report.succeeded() ? DialogService.Kind.INFORMATION : DialogService.Kind.WARNING,
                I18n.t("data.report.title"), header(report, documents), sections(report), "import-report");
        lastReport.set(report);
    }

    /** "Imported: 2 items, 1 documents. Skipped: 1.", or why nothing was. */
    static String header(ImportReport report, int documents) {
        if (!report.succeeded()) {
            return I18n.t("data.report.failed", report.problems().size());
        }
        return report.edited().isEmpty()
                ? I18n.t("data.report.done", report.imported().size() - documents, documents, report.skipped().size())
                : I18n.t("data.report.doneEdited", report.imported().size() - documents, documents,
                        report.edited().size(), report.skipped().size());
    }

    /** The problems that stopped it (if any), what was imported, edited (if any) and skipped, and why. */
    static List<DialogService.Section> sections(ImportReport report) {
        List<DialogService.Section> sections = new ArrayList<>();
        if (!report.succeeded()) {
            sections.add(section("data.report.problems", "import-problems",
                    report.problems().stream().map(Problem::toString).toList()));
        }
        sections.add(section("data.report.imported", "import-imported",
                report.imported().stream().map(DataMenuModel::line).toList()));
        if (!report.edited().isEmpty()) {
            sections.add(section("data.report.edited", "import-edited", report.edited().stream()
                    .map(e -> line(e) + " — " + I18n.t("data.edit.changed", e.detail())).toList()));
        }
        sections.add(section("data.report.skipped", "import-skipped",
                report.skipped().stream().map(e -> line(e) + " — " + I18n.t(SKIP + key(e.reason().name()),
                        e.detail() == null ? "" : e.detail())).toList()));
        return sections;
    }

    private static DialogService.Section section(String title, String styleClass, List<String> lines) {
        return new DialogService.Section(I18n.t(title) + " (" + lines.size() + ")", styleClass,
                lines.isEmpty() ? List.of(I18n.t("data.report.none")) : lines);
    }

    /** "events.csv: milestone lecture-series", with the kind in the interface language. */
    static String line(ImportReport.Entry e) {
        String what = I18n.t(KIND + e.kind()) + (e.id().isEmpty() ? "" : " " + e.id());
        return I18n.t("data.report.line", e.source(), what);
    }

    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    // ---- exporting ----

    /** Writes the dataset shown in the window, in the background; the file is replaced atomically. */
    public void export(ExportFormat format, Path file) {
        Dataset d = dataset.get();
        SeedLibrary library = seeds.get();
        Language language = Language.of(I18n.locale());
        lastExport.set(null);
        background.start("export", p -> {
            format.export(d, language, library, file);
            return file;
        }, progress(), lastExport::set, e -> failed("data.exportFailed", file.toString(), e));
    }

    private void failed(String key, String what, Throwable error) {
        importing.set(false);
        dialogs.message(DialogService.Kind.ERROR, I18n.t("data.menu"),
                I18n.t(key, what, error == null ? "" : String.valueOf(error.getMessage())), null, null);
    }

    private Background.Progress progress() {
        return Background.Progress.into(currentFile, progress);
    }

    // ---- state ----

    /** Whether an import is under way (its progress bar shows meanwhile). */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** From 0 to 1, negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file the import reads now. */
    public ReadOnlyStringProperty currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** The report of the last import that finished; null while one runs. */
    public ReadOnlyObjectProperty<ImportReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** The file the last export wrote; null while one runs or after a failure. */
    public ReadOnlyObjectProperty<Path> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
