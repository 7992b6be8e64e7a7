package org.wicexplorer.ui.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.ui.Background;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.RecordingDialogs;
import org.wicexplorer.ui.cite.CitationPreference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export menu's view-model, driven by plain JUnit: a recording dialog service, the work done in line, no window. */
class ExportModelTest {
    private static StartupData data;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ExportModel model;
    private CitationStyle styleBefore;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        data = StartupData.load(null);
    }

    @BeforeEach
    void model() {
        I18n.use(Locale.ENGLISH);
        styleBefore = CitationPreference.style();
        model = new ExportModel(data::dataset, data::seeds, dialogs, Background.inLine());
    }

    @AfterEach
    void restore() {
        CitationPreference.choose(styleBefore);
    }

    @Test
    void theHandoutIsSavedWhereTheTeacherChoseAndCanBeOpened() throws Exception {
        Path file = dir.resolve("handout.pdf");
        dialogs.answer(file);
        model.exportPdf();

        assertEquals(List.of("save: " + I18n.t("export.pdfTitle") + " [wic-handout.pdf]"), dialogs.shown());
        ExportModel.Outcome outcome = model.outcomeProperty().get();
        assertFalse(outcome.failed());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals("Saved handout.pdf (" + pdf.getNumberOfPages() + " pages) in " + dir.toAbsolutePath(),
                    outcome.message());
        }
        assertEquals(outcome.message(), model.messageProperty().get());
        assertEquals(file, model.openableProperty().get(), "Open shows the file just saved");
        assertFalse(model.runningProperty().get());
    }

    @Test
    void theNextSaveDialogOpensInTheFolderOfTheLast() {
        dialogs.answer(dir.resolve("handout.pdf")).answer(null);
        model.exportPdf();
        model.exportPdf();
        assertNull(dialogs.requests().get(0).near());
        assertEquals(dir.toAbsolutePath(), dialogs.requests().get(1).near());
    }

    @Test
    void cancellingTheSaveDialogDoesNothing() {
        dialogs.answer(null);
        model.exportPdf();
        assertTrue(dialogs.answeredAll());
        assertNull(model.outcomeProperty().get());
        assertEquals("", model.messageProperty().get());
        assertNull(model.openableProperty().get());
    }

    @Test
    void aFailedExportSaysWhyAndOffersNothingToOpen() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Path file = notAFolder.resolve("handout.pdf");
        dialogs.answer(file);
        model.exportPdf();
        assertTrue(model.failedProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Could not save " + file + ": "), model.messageProperty().get());
        assertNull(model.openableProperty().get());
    }

    @Test
    void theSourcesOfTheSelectedEditionAreOfferedOnlyWhenOneIsSelected() throws Exception {
        model.refresh();
        assertEquals("Sources of the selected edition (none selected)", model.editionScopeTextProperty().get());
        assertFalse(model.editionScopeAvailableProperty().get());
        assertFalse(model.openScopeAvailableProperty().get(), "the reader shows nothing");

        model.setSelection(() -> "wic-2015", List::of);
        assertEquals("Sources of the selected edition (2015)", model.editionScopeTextProperty().get());
        assertTrue(model.editionScopeAvailableProperty().get());

        Path file = dir.resolve("sources.ris");
        dialogs.answer(file);
        model.exportSources(ExportModel.Scope.EDITION, SourceExport.Format.RIS);
        assertEquals("wic-sources-wic-2015.ris", dialogs.requests().get(0).initialName());
        int expected = SourceExport.ofEdition(data.dataset(), data.seeds(), "wic-2015").size();
        assertEquals(expected, Files.readAllLines(file).stream().filter(l -> l.startsWith("TY  -")).count());
        assertEquals("Saved sources.ris: " + expected + " sources in " + dir.toAbsolutePath(), model.messageProperty().get());
    }

    @Test
    void noSourcesNoDialog() {
        model.exportSources(ExportModel.Scope.OPEN, SourceExport.Format.BIBTEX);
        assertEquals(List.of(), dialogs.shown());
    }

    @Test
    void theTourAsSlidesOffersPowerPointAndPdf() throws Exception {
        Tour tour = new TourFiles(data.dataset(), data.seeds()).bundledDefault();
        Path file = dir.resolve("lesson.pdf");
        dialogs.answer(file);
        model.exportDeck(tour);
        DialogService.FileRequest request = dialogs.requests().get(0);
        assertEquals("wic-tour-slides.pptx", request.initialName());
        assertEquals(List.of(List.of("*.pptx"), List.of("*.pdf")),
                request.types().stream().map(DialogService.FileType::patterns).toList());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(tour.size(), pdf.getNumberOfPages());
        }
        assertEquals("Saved lesson.pdf (" + tour.size() + " slides) in " + dir.toAbsolutePath(), model.messageProperty().get());
    }

    @Test
    void anotherPictureWidthIsAskedForAndChecked() {
        dialogs.answer("2500").answer(null);
        assertEquals(Optional.of(2500), model.askPngWidth());
        assertEquals(Optional.empty(), model.askPngWidth(), "cancelled");
        assertEquals(Optional.empty(), ExportModel.width("100"), "narrower than a timeline can be drawn");
        assertEquals(Optional.empty(), ExportModel.width("wide"));
        assertEquals(Optional.of(320), ExportModel.width(" 320 "));
        assertEquals("wic-timeline-3840.png", ExportModel.pngName(3840));
    }

    @Test
    void theHandoutStyleIsTheRememberedOne() {
        model.chooseHandoutStyle(CitationStyle.APA);
        assertEquals(CitationStyle.APA, model.handoutStyleProperty().get());
        assertEquals(CitationStyle.APA, CitationPreference.style(), "shared with Copy citation");
        CitationPreference.choose(CitationStyle.MLA);
        model.refresh();
        assertEquals(CitationStyle.MLA, model.handoutStyleProperty().get(), "a choice made elsewhere shows");
    }

    @Test
    void whileAnExportRunsTheMenuWaitsAndNoOtherIsAskedFor() throws Exception {
        List<Runnable> pending = new java.util.ArrayList<>();
        Background later = new Background() {
            @Override
            public <T> void start(String name, Work<T> work, Progress progress, java.util.function.Consumer<? super T> succeeded,
                                  java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> Background.inLine().start(name, work, progress, succeeded, failed));
            }
        };
        model = new ExportModel(data::dataset, data::seeds, dialogs, later);
        Path file = dir.resolve("handout.pdf");
        dialogs.answer(file);
        model.exportPdf();
        assertTrue(model.runningProperty().get(), "the menu is disabled and the progress bar shows");
        assertNull(model.outcomeProperty().get());

        model.exportDeck(new TourFiles(data.dataset(), data.seeds()).bundledDefault());
        assertEquals(1, dialogs.shown().size(), "no second save dialog");

        pending.get(0).run();
        assertFalse(model.runningProperty().get());
        assertEquals(file, model.outcomeProperty().get().file());
        assertEquals(1, pending.size());
    }

    @Test
    void aMessageWithoutAnExportIsShownAsItsOutcome() {
        model.tell(I18n.t("export.noPrinter"), true);
        assertEquals(I18n.t("export.noPrinter"), model.messageProperty().get());
        assertTrue(model.failedProperty().get());
    }
}
