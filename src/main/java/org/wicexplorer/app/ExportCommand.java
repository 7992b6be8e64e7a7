package org.wicexplorer.app;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.data.CitationSettingsStore;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.deck.DeckFormat;
import org.wicexplorer.deck.DeckWriter;
import org.wicexplorer.handout.HandoutWriter;
import org.wicexplorer.model.Language;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.EditionTimeline;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.export.PngFiles;
import org.wicexplorer.ui.export.TimelineSnapshot;
import org.wicexplorer.ui.timeline.TimelineView;
import org.wicexplorer.ui.Styles;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code --export-pdf FILE}, {@code --export-deck FILE.pptx|FILE.pdf [--tour FILE]} and
 * {@code --export-png FILE [--width N]}: the handout, the tour as slides and the timeline picture with no window. The PDF needs no display; the PNG starts the JavaFX toolkit to draw the
 * timeline offscreen, as the default window would show it, whole.
 */
final class ExportCommand {
    /** The timeline's size in the default 1440×900 window; the picture is this, scaled to the width. */
    static final double VIEW_WIDTH = 1440;
    static final double VIEW_HEIGHT = 360;

    private ExportCommand() {
    }

    static int run(CommandLine options, PrintStream out, PrintStream err) {
        if (options.language() != null) {
            I18n.use(Locale.forLanguageTag(options.language()));
        }
        StartupData data;
        try {
            data = StartupData.load(options.dataset());
        } catch (DataException e) {
            e.problems().forEach(p -> err.println(p));
            return 1;
        }
        if (!data.rejected().isEmpty()) {
            err.println("wic-explorer: " + data.requested() + " cannot be used, so nothing was exported:");
            data.rejected().stream().map(Problem::toString).forEach(err::println);
            return 1;
        }
        if (options.exportPdf() != null) {
            Path file = options.exportPdf();
            try {
                HandoutWriter.Result result = new HandoutWriter(data.dataset(), data.seeds(), I18n.language(),
                        handoutStyle()).write(file);
                out.println("Wrote " + file + " (PDF handout, " + result.pages() + " pages)");
            } catch (IOException | RuntimeException e) {
                err.println("wic-explorer: could not write the handout to " + file + ": " + reason(e));
                return 1;
            }
        }
        if (options.exportDeck() != null && deck(data, options, out, err) != 0) {
            return 1;
        }
        if (options.exportPng() != null) {
            return png(data, options.exportPng(), options.width() != null ? options.width() : CommandLine.DEFAULT_PNG_WIDTH,
                    out, err);
        }
        return 0;
    }

    /** The tour (the built-in one, or --tour FILE) as PPTX or PDF slides. A bad tour file is not replaced by the built-in one. */
    private static int deck(StartupData data, CommandLine options, PrintStream out, PrintStream err) {
        Path file = options.exportDeck();
        TourFiles tours = new TourFiles(data.dataset(), data.seeds());
        Tour tour;
        try {
            tour = options.tour() != null ? tours.read(options.tour()) : tours.bundledDefault();
        } catch (DataException e) {
            err.println("wic-explorer: the tour cannot be used, so no slides were written:");
            e.problems().forEach(p -> err.println(p));
            return 1;
        }
        try {
            DeckWriter.Result result = new DeckWriter(data.dataset(), data.seeds(), I18n.language())
                    .write(tour, file, progress -> { });
            out.println("Wrote " + file + " (" + (result.format() == DeckFormat.PPTX ? "PowerPoint" : "PDF")
                    + ", " + result.slides() + " slides)");
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println("wic-explorer: could not write the slides to " + file + ": " + reason(e));
            return 1;
        }
    }

    private static int png(StartupData data, Path file, int width, PrintStream out, PrintStream err) {
        boolean ownToolkit = true;
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started by a caller (tests): use it, and leave it running.
            ownToolkit = false;
        } catch (RuntimeException | Error e) {
            err.println("wic-explorer: --export-png needs a display to draw the timeline: " + reason(e));
            return 1;
        }
        CompletableFuture<BufferedImage> picture = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                picture.complete(PngFiles.pixels(draw(data, width)));
            } catch (RuntimeException | Error e) {
                picture.completeExceptionally(e);
            }
        });
        try {
            BufferedImage image = picture.get(120, TimeUnit.SECONDS);
            PngFiles.write(image, file);
            out.println("Wrote " + file + " (PNG, " + image.getWidth() + "×" + image.getHeight() + " pixels)");
            return 0;
        } catch (ExecutionException e) {
            err.println("wic-explorer: could not draw the timeline: " + reason(e.getCause()));
            return 1;
        } catch (IOException e) {
            err.println("wic-explorer: could not write the picture to " + file + ": " + reason(e));
            return 1;
        } catch (InterruptedException | TimeoutException e) {
            err.println("wic-explorer: the timeline was not drawn in time");
            return 1;
        } finally {
            if (ownToolkit) {
                Platform.exit();
            }
        }
    }

    private static javafx.scene.image.WritableImage draw(StartupData data, int width) {
        Fonts.load();
        TimelineView view = EditionTimeline.standalone(data.dataset(), data.seeds());
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root, VIEW_WIDTH, VIEW_HEIGHT);
        Styles.addTo(scene.getStylesheets());
        Fonts.apply(scene.getStylesheets());
        root.applyCss();
        root.layout();
        view.fitAll();
        root.layout();
        return TimelineSnapshot.render(view, width, List.copyOf(scene.getStylesheets()), List.copyOf(root.getStyleClass()));
    }

    /** The citation style the user last chose in the app (ADR 0012), else the handout language's default. */
    private static CitationStyle handoutStyle() {
        return CitationSettingsStore.inUserDataHome().style().flatMap(CitationStyle::ofId)
                .orElse(CitationStyle.defaultFor(I18n.language() == Language.ZH ? "zh" : "en"));
    }

    /** An exception's message, or its kind when it has none (e.g. AccessDeniedException: the path). */
    static String reason(Throwable e) {
        String message = e.getMessage();
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + message + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason() + " (" + fs.getFile() + ")";
        }
        return message == null || message.isBlank() ? kind : message;
    }
}
