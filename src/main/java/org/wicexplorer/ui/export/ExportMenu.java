package org.wicexplorer.ui.export;

import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.handout.HandoutWriter;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.cite.CitationCopy;
import org.wicexplorer.ui.timeline.TimelineView;
import org.wicexplorer.ui.Styles;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The status bar's Export menu: the timeline as a PNG at a chosen width, the handout as a PDF (its
 * notes in the chosen citation style), the sources for a reference manager, and the handout printed;
 * the Tour menu's "Export as slides…" runs here too, so its progress and outcome show in the same
 * place. Print prints the handout, not the timeline: on paper a teacher wants the pages pupils can
 * read and annotate, and a wide timeline shrunk onto A4 is too small to read.
 *
 * <p>The view: what is offered, the names proposed, the work and its outcome live in its
 * {@link ExportModel}; the menu, the progress bar, the outcome and its Open action bind to it. Only what
 * needs nodes stays here: drawing the timeline and the printer's dialog.
 */
public final class ExportMenu {
    private final ExportModel model;
    private final TimelineView timeline;
    private final Node anchor;
    private final MenuButton menu = new MenuButton();
    private final Label status = new Label();
    /** Opens the file just saved, in the system's viewer; shown only after a successful save. */
    private final Hyperlink open = new Hyperlink();
    private Consumer<Path> opener;
    private final ProgressBar progress = new ProgressBar();

    /** @param anchor a node of the window: its scene gets Ctrl+P, its window owns the printer's dialog */
    public ExportMenu(ExportModel model, TimelineView timeline, Node anchor) {
        this.model = model;
        this.timeline = timeline;
        this.anchor = anchor;
        menu.setId("status-export");
        menu.getStyleClass().add("classroom-button");
        menu.setText(I18n.t("export.menu"));
        menu.setMnemonicParsing(true);
        menu.setTooltip(new Tooltip(I18n.t("export.menuTip")));
        menu.setAccessibleText(I18n.t("export.menuTip"));
        menu.disableProperty().bind(model.runningProperty());
        // The selection and the style may have changed since: the entries show the current ones each time.
        menu.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                model.refresh();
            }
        });

        Menu png = new Menu(I18n.t("export.png"));
        png.setId("export-png");
        for (int width : ExportModel.PNG_WIDTHS) {
            MenuItem item = new MenuItem(ExportModel.presetText(width));
            item.setId("export-png-" + width);
            item.setOnAction(e -> exportPng(width));
            png.getItems().add(item);
        }
        MenuItem other = new MenuItem(I18n.t("export.pngOther"));
        other.setId("export-png-other");
        other.setOnAction(e -> model.askPngWidth().ifPresent(this::exportPng));
        png.getItems().add(other);

        MenuItem pdf = new MenuItem(I18n.t("export.pdf"));
        pdf.setId("export-pdf");
        pdf.setOnAction(e -> model.exportPdf());
        MenuItem print = new MenuItem(I18n.t("export.print"));
        print.setId("export-print");
        print.setAccelerator(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        print.setOnAction(e -> print());
        menu.getItems().addAll(png, pdf, handoutStyleMenu(), citationsMenu(), new SeparatorMenuItem(), print);

        status.setId("export-status");
        status.getStyleClass().add("export-status");
        status.setMinWidth(0);
        status.setMaxWidth(460);
        status.textProperty().bind(model.messageProperty());
        model.outcomeProperty().addListener((obs, old, end) -> status.setTooltip(end == null ? null : new Tooltip(end.message())));
        model.failedProperty().addListener((obs, was, failed) -> {
            status.getStyleClass().remove("export-failed");
            if (failed) {
                status.getStyleClass().add("export-failed");
            }
        });
        open.setId("export-open");
        open.setText(I18n.t("export.open"));
        open.setVisible(false);
        open.setManaged(false);
        open.setOnAction(e -> {
            Path saved = model.openableProperty().get();
            if (opener != null && saved != null) {
                opener.accept(saved);
            }
        });
        model.openableProperty().addListener((obs, old, saved) -> showOpen(saved));
        progress.setId("export-progress");
        progress.setPrefWidth(90);
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.runningProperty());
        progress.managedProperty().bind(model.runningProperty());
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
            item.setOnAction(e -> model.chooseHandoutStyle(style));
            item.setSelected(style == model.handoutStyleProperty().get());
            model.handoutStyleProperty().addListener((obs, old, chosen) -> item.setSelected(style == chosen));
            styles.getItems().add(item);
        }
        return styles;
    }

    /**
     * The sources for a reference manager (ADR 0012): all of them, the selected edition's, or those of
     * what the reader has open; each as CSL-JSON, BibTeX or RIS.
     */
    private Menu citationsMenu() {
        Menu sources = new Menu(I18n.t("export.citations"));
        sources.setId("export-citations");
        Menu all = scopeMenu(ExportModel.Scope.ALL);
        all.setText(I18n.t("export.citationsAll"));
        Menu edition = scopeMenu(ExportModel.Scope.EDITION);
        edition.textProperty().bind(model.editionScopeTextProperty());
        edition.disableProperty().bind(model.editionScopeAvailableProperty().not());
        Menu open = scopeMenu(ExportModel.Scope.OPEN);
        open.setText(I18n.t("export.citationsSelection"));
        open.disableProperty().bind(model.openScopeAvailableProperty().not());
        sources.getItems().addAll(all, edition, open);
        return sources;
    }

    private Menu scopeMenu(ExportModel.Scope scope) {
        Menu menu = new Menu();
        menu.setId("export-citations-" + scope.id());
        for (SourceExport.Format format : SourceExport.Format.values()) {
            // The format opens the save dialog, hence the ellipsis; the scope above it is a submenu.
            MenuItem item = new MenuItem(ExportModel.typeName(format) + "…");
            item.setId("export-citations-" + scope.id() + "-" + format.id());
            item.setOnAction(e -> model.exportSources(scope, format));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Where the sources menu finds the selected edition's id and the sources of what the reader shows. */
    public void setSelection(Supplier<String> editionId, Supplier<List<SourceExport.Entry>> open) {
        model.setSelection(editionId, open);
    }

    /** The menu, its progress bar and its last outcome, for the status bar. */
    public List<Node> controls() {
        return List.of(status, open, progress, menu);
    }

    /** How the Open action shows a saved file (the window hands the system's viewer); none hides the action. */
    public void setOpener(Consumer<Path> opener) {
        this.opener = opener;
        showOpen(model.openableProperty().get());
    }

    public ExportModel model() {
        return model;
    }

    /** The tour as slides (Tour ▸ Export as slides…). */
    public void exportDeck(Tour tour) {
        model.exportDeck(tour);
    }

    /** The timeline as a picture, drawn here, on the FX thread, from the view as it is now. */
    public void exportPng(int width) {
        Scene scene = timeline.getScene();
        model.exportPng(width, w -> TimelineSnapshot.render(timeline, w,
                scene == null ? defaultStylesheets() : List.copyOf(scene.getStylesheets()),
                scene == null ? List.of("root") : List.copyOf(scene.getRoot().getStyleClass())));
    }

    public void print() {
        if (model.runningProperty().get()) {
            return;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.tell(I18n.t("export.noPrinter"), true);
            return;
        }
        if (!job.showPrintDialog(window())) {
            job.cancelJob();
            model.tell(I18n.t("export.printCancelled"), false);
            return;
        }
        HandoutWriter writer = model.handoutWriter();
        String printer = job.getPrinter().getName();
        model.run(p -> {
            p.message(I18n.t("export.running", I18n.t("export.handout")));
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            writer.write(pdf, done -> p.done(done * 0.2));
            PageLayout layout = job.getJobSettings().getPageLayout();
            try (PrintedPages pages = new PrintedPages(pdf.toByteArray())) {
                for (int i = 0; i < pages.count(); i++) {
                    p.message(I18n.t("export.printing", i + 1, pages.count()));
                    if (!job.printPage(pages.page(i, layout.getPrintableWidth(), layout.getPrintableHeight()))) {
                        throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                    }
                    p.done(0.2 + 0.8 * (i + 1) / pages.count());
                }
                if (!job.endJob()) {
                    throw new IllegalStateException(String.valueOf(job.getJobStatus()));
                }
                return I18n.t("export.printed", pages.count(), printer);
            } catch (Exception e) {
                job.cancelJob();
                throw e;
            }
        }, null);
    }

    private void showOpen(Path saved) {
        boolean shown = saved != null && opener != null;
        open.setVisible(shown);
        open.setManaged(shown);
        if (saved != null) {
            open.setAccessibleText(I18n.t("export.openTip", saved.getFileName()));
            open.setTooltip(new Tooltip(I18n.t("export.openTip", saved.getFileName())));
        }
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
