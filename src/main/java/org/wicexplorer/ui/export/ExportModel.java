package org.wicexplorer.ui.export;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.image.Image;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.deck.DeckWriter;
import org.wicexplorer.handout.HandoutWriter;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.Background;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.cite.CitationPreference;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The view-model of the Export menu (issue 12, §5): which exports are on offer now, the names the save
 * dialog proposes, the handout's citation style, and the export under way or its outcome, as properties
 * the menu binds to. It asks for files through the {@link DialogService} and runs the work through a
 * {@link Background}, so plain JUnit drives it with a recording fake and in-line work, without a window.
 */
public final class ExportModel {
    /** Full HD for most projectors, 4K for slides that must stay sharp on a big screen. */
    public static final List<Integer> PNG_WIDTHS = List.of(1920, 3840);

    /** Which sources an export of sources takes. */
    public enum Scope {
        ALL("all"), EDITION("edition"), OPEN("open");

        private final String id;

        Scope(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /** How the last export ended: the message shown, whether it failed, and the file written (null: none). */
    public record Outcome(String message, boolean failed, Path file) {
    }

    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final DialogService dialogs;
    private final Background background;
    private Supplier<String> selectedEdition = () -> null;
    private Supplier<List<SourceExport.Entry>> openSources = List::of;
    /** Where the last file went: the next save dialog opens there. */
    private Path lastFolder;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyObjectWrapper<Path> openable = new ReadOnlyObjectWrapper<>(this, "openable");
    private final ReadOnlyStringWrapper editionScopeText = new ReadOnlyStringWrapper(this, "editionScopeText");
    private final ReadOnlyBooleanWrapper editionScopeAvailable = new ReadOnlyBooleanWrapper(this, "editionScopeAvailable");
    private final ReadOnlyBooleanWrapper openScopeAvailable = new ReadOnlyBooleanWrapper(this, "openScopeAvailable");
    private final ReadOnlyObjectWrapper<CitationStyle> handoutStyle = new ReadOnlyObjectWrapper<>(this, "handoutStyle");

    public ExportModel(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, DialogService dialogs,
                       Background background) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.dialogs = dialogs;
        this.background = background;
        refresh();
    }

    /** Where the sources exports find the selected edition's id and the sources of what the reader shows. */
    public void setSelection(Supplier<String> editionId, Supplier<List<SourceExport.Entry>> open) {
        this.selectedEdition = editionId;
        this.openSources = open;
        refresh();
    }

    /**
     * Reads the selection and the remembered citation style again; the menu calls it as it opens, so its
     * entries name the edition selected now and the style chosen in a copy menu since.
     */
    public void refresh() {
        String year = editionYear();
        editionScopeText.set(year == null ? I18n.t("export.citationsEditionNone") : I18n.t("export.citationsEdition", year));
        editionScopeAvailable.set(year != null);
        openScopeAvailable.set(!openSources.get().isEmpty());
        handoutStyle.set(CitationPreference.style());
    }

    private String editionYear() {
        String id = selectedEdition.get();
        return id == null ? null : dataset.get().edition(id).map(ed -> String.valueOf(ed.year())).orElse(null);
    }

    /** The handout's style, shared with "Copy citation" and remembered. */
    public void chooseHandoutStyle(CitationStyle style) {
        CitationPreference.choose(style);
        handoutStyle.set(style);
    }

    // ---- the names proposed ----

    /** The preset's entry in the menu: "1920 pixels wide (Full HD)…". */
    public static String presetText(int width) {
        return width == 3840 ? I18n.t("export.pngWidth3840") : I18n.t("export.pngWidth1920");
    }

    public static String pngName(int width) {
        return I18n.t("export.pngDefaultName", String.valueOf(width)) + ".png";
    }

    public static String pdfName() {
        return I18n.t("export.pdfDefaultName") + ".pdf";
    }

    public static String deckName() {
        return I18n.t("deck.defaultName") + ".pptx";
    }

    /** "wic-sources.bib", or "wic-sources-wic-2015.bib" for the selected edition's. */
    public String sourcesName(Scope scope, SourceExport.Format format) {
        String edition = scope == Scope.EDITION ? selectedEdition.get() : null;
        return I18n.t("export.citationsDefaultName") + (edition != null ? "-" + edition : "") + "." + format.extension();
    }

    public static String typeName(SourceExport.Format format) {
        return I18n.t(switch (format) {
            case CSL_JSON -> "export.citationsType.csl-json";
            case BIBTEX -> "export.citationsType.bibtex";
            case RIS -> "export.citationsType.ris";
        });
    }

    /** A width typed for the picture, if it is a whole number in the range the timeline can be drawn at. */
    public static Optional<Integer> width(String text) {
        try {
            int w = Integer.parseInt(text.strip());
            return w >= TimelineSnapshot.MIN_WIDTH && w <= TimelineSnapshot.MAX_WIDTH ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    // ---- the exports ----

    /** Asks for another width than the presets. */
    public Optional<Integer> askPngWidth() {
        return dialogs.askText(I18n.t("export.widthTitle"),
                I18n.t("export.widthPrompt", TimelineSnapshot.MIN_WIDTH, TimelineSnapshot.MAX_WIDTH),
                String.valueOf(PNG_WIDTHS.get(0)), t -> width(t).isPresent()).flatMap(ExportModel::width);
    }

    /**
     * The timeline as a picture {@code width} pixels wide. {@code render} draws it, on the FX thread, from
     * the view as it is now; copying, encoding and saving run in the background.
     */
    public void exportPng(int width, IntFunction<Image> render) {
        Optional<Path> file = choose(I18n.t("export.pngTitle"), pngName(width),
                new DialogService.FileType(I18n.t("export.pngType"), List.of("*.png")));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        Image image = render.apply(width);
        run(p -> {
            p.message(I18n.t("export.running", target.getFileName()));
            p.done(-1);
            BufferedImage pixels = PngFiles.pixels(image);
            PngFiles.write(pixels, target);
            return I18n.t("export.savedPng", target.getFileName(), pixels.getWidth(), pixels.getHeight());
        }, target);
    }

    /** The handout as a PDF, its notes in the chosen citation style. */
    public void exportPdf() {
        Optional<Path> file = choose(I18n.t("export.pdfTitle"), pdfName(),
                new DialogService.FileType(I18n.t("export.pdfType"), List.of("*.pdf")));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        HandoutWriter writer = new HandoutWriter(dataset.get(), seeds.get(), I18n.language(), CitationPreference.style());
        run(p -> {
            p.message(I18n.t("export.running", target.getFileName()));
            HandoutWriter.Result result = writer.write(target, p::done);
            return I18n.t("export.savedPdf", target.getFileName(), result.pages());
        }, target);
    }

    /**
     * The tour as slides (Tour ▸ Export as slides…): PowerPoint or PDF, as the chosen file's name ends,
     * written in the interface language.
     */
    public void exportDeck(Tour tour) {
        Optional<Path> file = choose(I18n.t("deck.title"), deckName(),
                new DialogService.FileType(I18n.t("deck.pptxType"), List.of("*.pptx")),
                new DialogService.FileType(I18n.t("deck.pdfType"), List.of("*.pdf")));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        DeckWriter writer = new DeckWriter(dataset.get(), seeds.get(), I18n.language());
        run(p -> {
            p.message(I18n.t("export.running", target.getFileName()));
            DeckWriter.Result result = writer.write(tour, target, p::done);
            return I18n.t("deck.saved", target.getFileName(), result.slides());
        }, target);
    }

    /** The sources for a reference manager (ADR 0012): all, the selected edition's, or those the reader has open. */
    public void exportSources(Scope scope, SourceExport.Format format) {
        List<SourceExport.Entry> entries = entries(scope);
        if (entries.isEmpty()) {
            return;
        }
        Optional<Path> file = choose(I18n.t("export.citationsTitle"), sourcesName(scope, format),
                new DialogService.FileType(typeName(format), List.of("*." + format.extension())));
        if (file.isEmpty()) {
            return;
        }
        Path target = file.get();
        SourceExport export = SourceExport.of(dataset.get());
        run(p -> {
            p.message(I18n.t("export.running", target.getFileName()));
            AtomicFiles.writeExport(target, export.write(entries, format).getBytes(StandardCharsets.UTF_8));
            return I18n.t("export.savedCitations", target.getFileName(), entries.size());
        }, target);
    }

    List<SourceExport.Entry> entries(Scope scope) {
        return switch (scope) {
            case ALL -> SourceExport.all(dataset.get(), seeds.get());
            case EDITION -> {
                String id = selectedEdition.get();
                yield id == null ? List.of() : SourceExport.ofEdition(dataset.get(), seeds.get(), id);
            }
            case OPEN -> openSources.get();
        };
    }

    /** The handout's writer as the menu's Print uses it: the data shown, the language and style chosen now. */
    public HandoutWriter handoutWriter() {
        return new HandoutWriter(dataset.get(), seeds.get(), I18n.language(), CitationPreference.style());
    }

    /** The save dialog; none while another export runs, whose outcome would otherwise hide this one's. */
    private Optional<Path> choose(String title, String name, DialogService.FileType... types) {
        if (running.get()) {
            return Optional.empty();
        }
        Optional<Path> file = dialogs.chooseFileToSave(new DialogService.FileRequest(title, lastFolder, name, List.of(types)));
        file.ifPresent(f -> lastFolder = f.toAbsolutePath().getParent());
        return file;
    }

    /**
     * Runs an export, or a print when {@code target} is null, in the background: its progress and message
     * while it runs, then its outcome. Nothing starts while another runs.
     */
    public void run(Background.Work<String> work, Path target) {
        if (running.get()) {
            return;
        }
        running.set(true);
        failed.set(false);
        openable.set(null);
        outcome.set(null);
        progress.set(-1);
        message.set("");
        background.start("export", work, Background.Progress.into(message, progress), value -> {
            // Where it went, and a way to look at it: the save dialog's folder is easily forgotten.
            Path folder = target == null ? null : target.toAbsolutePath().getParent();
            finish(new Outcome(folder == null ? value : I18n.t("export.savedIn", value, folder), false, target));
        }, error -> finish(new Outcome(target == null ? I18n.t("export.printFailed", reason(error))
                : I18n.t("export.failed", target, reason(error)), true, null)));
    }

    /** Says something about an export that did not start (no printer, a print cancelled). */
    public void tell(String text, boolean failure) {
        if (!running.get()) {
            finish(new Outcome(text, failure, null));
        }
    }

    private void finish(Outcome end) {
        running.set(false);
        message.set(end.message());
        failed.set(end.failed());
        openable.set(end.file());
        outcome.set(end);
    }

    private static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) {
            return I18n.t("export.denied");
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e == null || e.getMessage() == null ? String.valueOf(e) : e.getMessage();
    }

    // ---- state ----

    /** Whether an export or a print is under way (the menu is disabled meanwhile). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the export under way is doing, or how the last one ended. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Whether the last one failed. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** From 0 to 1, negative when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** How the last export ended; null while one runs and before the first. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** The file just saved, which Open shows; null when there is none. */
    public ReadOnlyObjectProperty<Path> openableProperty() {
        return openable.getReadOnlyProperty();
    }

    /** "Sources of the selected edition (2015)", or that none is selected. */
    public ReadOnlyStringProperty editionScopeTextProperty() {
        return editionScopeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editionScopeAvailableProperty() {
        return editionScopeAvailable.getReadOnlyProperty();
    }

    /** Whether the reader has something open whose sources can be exported. */
    public ReadOnlyBooleanProperty openScopeAvailableProperty() {
        return openScopeAvailable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CitationStyle> handoutStyleProperty() {
        return handoutStyle.getReadOnlyProperty();
    }
}
