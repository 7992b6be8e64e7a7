package org.wicexplorer.ui.export;

import javafx.concurrent.Task;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.ui.cite.CitationCopy;
import org.wicexplorer.ui.cite.CitationPreference;
import org.wicexplorer.deck.DeckWriter;
import org.wicexplorer.handout.HandoutWriter;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.BackgroundTasks;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.timeline.TimelineView;
import org.wicexplorer.ui.Styles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The status bar's Export menu: the timeline as a PNG at a chosen width, the handout as a PDF (its
 * notes in the chosen citation style), the sources for a reference manager, and the handout printed;
 * the Tour menu's "Export as slides…" runs here too, so its progress and outcome show in the same
 * place. Each runs in a background task, with its progress and then its outcome shown beside
 * the menu. Print prints the handout, not the timeline: on paper a teacher wants the pages pupils can
 * read and annotate, and a wide timeline shrunk onto A4 is too small to read.
 */
public final class ExportMenu {
    /** Full HD for most projectors, 4K for slides that must stay sharp on a big screen. */
    private record Preset(int width, String label) {
    }

    private static final List<Preset> PRESETS = List.of(
            new Preset(1920, "export.pngWidth1920"), new Preset(3840, "export.pngWidth3840"));

    /**
     * What the save dialog is asked: its title, the suggested name and the file type; a second type when
     * the dialog offers two (the slides: PowerPoint or PDF), else nulls.
     */
    public record FileRequest(String title, String suggestedName, String typeDescription, String extension,
                              String otherTypeDescription, String otherExtension) {
        public FileRequest(String title, String suggestedName, String typeDescription, String extension) {
            this(title, suggestedName, typeDescription, extension, null, null);
        }
    }

    /** The session's library as it is now: an export after an edit writes the edited data. */
    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final TimelineView timeline;
    private final Node anchor;
    private final MenuButton menu = new MenuButton();
    private final Label status = new Label();
    /** Opens the file just saved, in the system's viewer; shown only after a successful save. */
    private final javafx.scene.control.Hyperlink open = new javafx.scene.control.Hyperlink();
    private java.util.function.Consumer<Path> opener;
    private Path saved;
    private final ProgressBar progress = new ProgressBar();
    private Function<FileRequest, Optional<Path>> chooser = this::showSaveDialog;
    private java.util.function.Supplier<String> selectedEdition = () -> null;
    private java.util.function.Supplier<List<SourceExport.Entry>> openSources = List::of;
    private File lastFolder;
    private Task<?> running;

    /** @param anchor a node of the window: its scene gets Ctrl+P, its window owns the dialogs */
    public ExportMenu(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, TimelineView timeline, Node anchor) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.timeline = timeline;
        this.anchor = anchor;
        menu.setId("status-export");
        menu.getStyleClass().add("classroom-button");
        menu.setText(I18n.t("export.menu"));
        menu.setMnemonicParsing(true);
        menu.setTooltip(new Tooltip(I18n.t("export.menuTip")));
        menu.setAccessibleText(I18n.t("export.menuTip"));

        Menu png = new Menu(I18n.t("export.png"));
        png.setId("export-png");
        for (Preset preset : PRESETS) {
            MenuItem item = new MenuItem(I18n.t(preset.label()));
            item.setId("export-png-" + preset.width());
            item.setOnAction(e -> exportPng(preset.width()));
            png.getItems().add(item);
        }
        MenuItem other = new MenuItem(I18n.t("export.pngOther"));
        other.setId("export-png-other");
        other.setOnAction(e -> askWidth().ifPresent(this::exportPng));
        png.getItems().add(other);

        MenuItem pdf = new MenuItem(I18n.t("export.pdf"));
        pdf.setId("export-pdf");
        pdf.setOnAction(e -> exportPdf());
        MenuItem print = new MenuItem(I18n.t("export.print"));
        print.setId("export-print");
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setOnAction(e -> print());
        menu.getItems().addAll(png, pdf, handoutStyleMenu(), citationsMenu(), new SeparatorMenuItem(), print);

        status.setId("export-status");
        status.getStyleClass().add("export-status");
        status.setMinWidth(0);
        status.setMaxWidth(460);
        open.setId("export-open");
        open.setText(I18n.t("export.open"));
        open.setVisible(false);
        open.setManaged(false);
        open.setOnAction(e -> {
            if (opener != null && saved != null) {
                opener.accept(saved);
            }
        });
        progress.setId("export-progress");
        progress.setPrefWidth(90);
        progress.setVisible(false);
        progress.setManaged(false);
    }

    /** The handout's citation style, one of the CSL styles, shared with "Copy citation" and remembered. */
    private Menu handoutStyleMenu() {
        Menu styles = new Menu(I18n.t("export.handoutStyle"));
        styles.setId("export-handout-style");
        ToggleGroup group = new ToggleGroup();
        for (CitationStyle style : CitationStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(CitationCopy.styleName(style));
            item.setId("export-handout-style-" + style.id());
            item.setToggleGroup(group);
            item.setOnAction(e -> CitationPreference.choose(style));
            styles.getItems().add(item);
        }
        // The choice may have changed in a copy menu since: show the current one each time.
        menu.showingProperty().addListener((obs, was, showing) -> styles.getItems().forEach(i -> ((RadioMenuItem) i)
                .setSelected(i.getId().equals("export-handout-style-" + CitationPreference.style().id()))));
        return styles;
    }

    /**
     * The sources for a reference manager (ADR 0012): all of them, the selected edition's, or those of
     * what the reader has open; each as CSL-JSON, BibTeX or RIS.
     */
    private Menu citationsMenu() {
        Menu sources = new Menu(I18n.t("export.citations"));
        sources.setId("export-citations");
        Menu all = scopeMenu("all", I18n.t("export.citationsAll"), () -> SourceExport.all(dataset.get(), seeds.get()));
        Menu edition = scopeMenu("edition", "", () -> {
            String id = selectedEdition.get();
            return id == null ? List.of() : SourceExport.ofEdition(dataset.get(), seeds.get(), id);
        });
        Menu open = scopeMenu("open", I18n.t("export.citationsSelection"), () -> openSources.get());
        sources.getItems().addAll(all, edition, open);
        // Updated as the Export menu opens, so the entry names the edition selected now.
        menu.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                return;
            }
            String id = selectedEdition.get();
            String year = id == null ? null : dataset.get().edition(id).map(ed -> String.valueOf(ed.year())).orElse(null);
            edition.setText(year == null ? I18n.t("export.citationsEditionNone") : I18n.t("export.citationsEdition", year));
            edition.setDisable(year == null);
            open.setDisable(openSources.get().isEmpty());
        });
        return sources;
    }

    private Menu scopeMenu(String scope, String text, java.util.function.Supplier<List<SourceExport.Entry>> entries) {
        Menu menu = new Menu(text);
        menu.setId("export-citations-" + scope);
        for (SourceExport.Format format : SourceExport.Format.values()) {
            // The format opens the save dialog, hence the ellipsis; the scope above it is a submenu.
            MenuItem item = new MenuItem(typeName(format) + "…");
            item.setId("export-citations-" + scope + "-" + format.id());
            item.setOnAction(e -> exportSources(entries.get(), format, scope));
            menu.getItems().add(item);
        }
        return menu;
    }

    private static String typeName(SourceExport.Format format) {
        return I18n.t(switch (format) {
            case CSL_JSON -> "export.citationsType.csl-json";
            case BIBTEX -> "export.citationsType.bibtex";
            case RIS -> "export.citationsType.ris";
        });
    }

    /** Where the sources menu finds the selected edition's id and the sources of what the reader shows. */
    public void setSelection(java.util.function.Supplier<String> editionId,
                             java.util.function.Supplier<List<SourceExport.Entry>> open) {
        this.selectedEdition = editionId;
        this.openSources = open;
    }

    public void exportSources(List<SourceExport.Entry> entries, SourceExport.Format format, String scope) {
        if (entries.isEmpty()) {
            return;
        }
        String name = I18n.t("export.citationsDefaultName") + ("edition".equals(scope) && selectedEdition.get() != null
                ? "-" + selectedEdition.get() : "");
        Optional<Path> file = chooser.apply(new FileRequest(I18n.t("export.citationsTitle"),
                name + "." + format.extension(), typeName(format), "*." + format.extension()));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        SourceExport export = SourceExport.of(dataset.get());
        run(new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(I18n.t("export.running", target.getFileName()));
                AtomicFiles.writeExport(target, export.write(entries, format).getBytes(StandardCharsets.UTF_8));
                return I18n.t("export.savedCitations", target.getFileName(), entries.size());
            }
        }, target);
    }

    /** The menu, its progress bar and its last outcome, for the status bar. */
    public List<Node> controls() {
        return List.of(status, open, progress, menu);
    }

    /** How the Open action shows a saved file (the window hands the system's viewer); none hides the action. */
    public void setOpener(java.util.function.Consumer<Path> opener) {
        this.opener = opener;
    }

    /** Lets tests answer the save dialog, which is native and cannot be driven. */
    public void setFileChooser(Function<FileRequest, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    /** The export or print under way, or the last one. */
    public Task<?> lastTask() {
        return running;
    }

    public void exportPng(int width) {
        Optional<Path> file = chooser.apply(new FileRequest(I18n.t("export.pngTitle"),
                I18n.t("export.pngDefaultName", String.valueOf(width)) + ".png", I18n.t("export.pngType"), "*.png"));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Scene scene = timeline.getScene();
        // Drawn here, on the FX thread, from the view as it is now; copying, encoding and saving run behind.
        WritableImage image = TimelineSnapshot.render(timeline, width,
                scene == null ? defaultStylesheets() : List.copyOf(scene.getStylesheets()),
                scene == null ? List.of("root") : List.copyOf(scene.getRoot().getStyleClass()));
        run(new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(I18n.t("export.running", target.getFileName()));
                updateProgress(-1, 1);
                BufferedImage pixels = PngFiles.pixels(image);
                PngFiles.write(pixels, target);
                return I18n.t("export.savedPng", target.getFileName(), pixels.getWidth(), pixels.getHeight());
            }
        }, target);
    }

    public void exportPdf() {
        Optional<Path> file = chooser.apply(new FileRequest(I18n.t("export.pdfTitle"),
                I18n.t("export.pdfDefaultName") + ".pdf", I18n.t("export.pdfType"), "*.pdf"));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        HandoutWriter writer = new HandoutWriter(dataset.get(), seeds.get(), I18n.language(), CitationPreference.style());
        run(new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(I18n.t("export.running", target.getFileName()));
                HandoutWriter.Result result = writer.write(target, done -> updateProgress(done, 1));
                return I18n.t("export.savedPdf", target.getFileName(), result.pages());
            }
        }, target);
    }

    /**
     * The tour as slides (Tour ▸ Export as slides…): PowerPoint or PDF, as the chosen file's name ends,
     * written in the background in the interface language.
     */
    public void exportDeck(Tour tour) {
        Optional<Path> file = chooser.apply(new FileRequest(I18n.t("deck.title"),
                I18n.t("deck.defaultName") + ".pptx", I18n.t("deck.pptxType"), "*.pptx",
                I18n.t("deck.pdfType"), "*.pdf"));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        DeckWriter writer = new DeckWriter(dataset.get(), seeds.get(), I18n.language());
        run(new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(I18n.t("export.running", target.getFileName()));
                DeckWriter.Result result = writer.write(tour, target, done -> updateProgress(done, 1));
                return I18n.t("deck.saved", target.getFileName(), result.slides());
            }
        }, target);
    }

    public void print() {
        if (running != null && running.isRunning()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            show(I18n.t("export.noPrinter"), true);
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            show(I18n.t("export.printCancelled"), false);
            return;
        }
        HandoutWriter writer = new HandoutWriter(dataset.get(), seeds.get(), I18n.language(), CitationPreference.style());
        String printer = job.getPrinter().getName();
        run(new Task<>() {
            @Override
            protected String call() throws Exception {
                updateMessage(I18n.t("export.running", I18n.t("export.handout")));
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                writer.write(pdf, done -> updateProgress(done * 0.2, 1));
                PageLayout layout = job.getJobSettings().getPageLayout();
                try (PrintedPages pages = new PrintedPages(pdf.toByteArray())) {
                    for (int i = 0; i < pages.count(); i++) {
                        updateMessage(I18n.t("export.printing", i + 1, pages.count()));
                        if (!job.printPage(pages.page(i, layout.getPrintableWidth(), layout.getPrintableHeight()))) {
                            throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                        }
                        updateProgress(0.2 + 0.8 * (i + 1) / pages.count(), 1);
                    }
                    if (!job.endJob()) {
                        throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                    }
                    return I18n.t("export.printed", pages.count(), printer);
                } catch (Exception e) {
                    job.cancelJob();
                    throw e;
                }
            }
        }, null);
    }

    private void run(Task<String> task, Path target) {
        running = task;
        status.getStyleClass().remove("export-failed");
        status.textProperty().bind(task.messageProperty());
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        progress.setManaged(true);
        menu.setDisable(true);
        saved = null;
        showOpen(false);
        task.setOnSucceeded(e -> {
            // Where it went, and a way to look at it: the save dialog's folder is easily forgotten.
            Path folder = target == null ? null : target.toAbsolutePath().getParent();
            finish(folder == null ? task.getValue() : I18n.t("export.savedIn", task.getValue(), folder), false);
            saved = target;
            showOpen(target != null && opener != null);
        });
        task.setOnFailed(e -> finish(target == null
                ? I18n.t("export.printFailed", reason(task.getException()))
                : I18n.t("export.failed", target, reason(task.getException())), true));
        BackgroundTasks.start(task, "export");
    }

    private void finish(String message, boolean failed) {
        progress.progressProperty().unbind();
        progress.setVisible(false);
        progress.setManaged(false);
        menu.setDisable(false);
        show(message, failed);
    }

    private void showOpen(boolean shown) {
        open.setVisible(shown);
        open.setManaged(shown);
        if (saved != null) {
            open.setAccessibleText(I18n.t("export.openTip", saved.getFileName()));
            open.setTooltip(new Tooltip(I18n.t("export.openTip", saved.getFileName())));
        }
    }

    private void show(String message, boolean failed) {
        status.textProperty().unbind();
        status.setText(message);
        status.setTooltip(new Tooltip(message));
        status.getStyleClass().remove("export-failed");
        if (failed) {
            status.getStyleClass().add("export-failed");
        }
    }

    private static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return I18n.t("export.denied");
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage();
    }

    private Optional<Integer> askWidth() {
        TextInputDialog dialog = new TextInputDialog(String.valueOf(PRESETS.get(0).width()));
        dialog.initOwner(window());
        dialog.setTitle(I18n.t("export.widthTitle"));
        dialog.setHeaderText(I18n.t("export.widthPrompt", TimelineSnapshot.MIN_WIDTH, TimelineSnapshot.MAX_WIDTH));
        DialogLook.apply(dialog.getDialogPane());
        Node ok = dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> width(dialog.getEditor().getText()).isEmpty(), dialog.getEditor().textProperty()));
        return dialog.showAndWait().flatMap(ExportMenu::width);
    }

    static Optional<Integer> width(String text) {
        try {
            int w = Integer.parseInt(text.strip());
            return w >= TimelineSnapshot.MIN_WIDTH && w <= TimelineSnapshot.MAX_WIDTH ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Path> showSaveDialog(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.suggestedName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.typeDescription(), request.extension()));
        if (request.otherExtension() != null) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.otherTypeDescription(),
                    request.otherExtension()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        File file = chooser.showSaveDialog(window());
        if (file == null) {
            return Optional.empty();
        }
        lastFolder = file.getParentFile();
        return Optional.of(withExtension(file.toPath(), chooser.getSelectedExtensionFilter(), request));
    }

    /**
     * A name typed without an ending gets the one of the type chosen in the dialog (GTK's dialog adds
     * none), so "lesson" saved as PDF slides is "lesson.pdf".
     */
    public static Path withExtension(Path file, FileChooser.ExtensionFilter chosen, FileRequest request) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        for (String pattern : new String[] {request.extension(), request.otherExtension()}) {
            if (pattern != null && name.endsWith(pattern.substring(1))) {
                return file;
            }
        }
        String pattern = chosen != null && !chosen.getExtensions().isEmpty() ? chosen.getExtensions().get(0)
                : request.extension();
        return file.resolveSibling(file.getFileName() + pattern.substring(1));
    }

    private static List<String> defaultStylesheets() {
        javafx.collections.ObservableList<String> sheets = javafx.collections.FXCollections.observableArrayList(
                Styles.SHEETS);
        Fonts.apply(sheets);
        return List.copyOf(sheets);
    }

    private Window window() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }
}
