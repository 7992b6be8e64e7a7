package org.wicexplorer.ui.present;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.DialogService.Unsaved;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.RecordingDialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom's view-model, driven by plain JUnit: the tour, its files and questions, the presentation's state; no window. */
class ClassroomModelTest {
    private static StartupData data;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<PresentationSettings> remembered = new ArrayList<>();
    private ClassroomModel model;
    private int bundledSteps;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        data = StartupData.load(null);
    }

    @BeforeEach
    void model() {
        I18n.use(Locale.ENGLISH);
        model = new ClassroomModel(data::dataset, data::seeds, dialogs, PresentationSettings.defaults(), remembered::add);
        bundledSteps = model.tour().get().size();
    }

    @Test
    void itStartsWithTheBundledTourUnmodifiedAndCountsItsSteps() {
        assertTrue(bundledSteps > 0);
        assertFalse(model.tour().isModified());
        assertEquals("Tour (" + bundledSteps + ")", model.menuTextProperty().get());
        model.addEdition("wic-2015");
        assertTrue(model.tour().isModified());
        assertEquals("Tour (" + (bundledSteps + 1) + ")", model.menuTextProperty().get(), "the menu follows");
        assertTrue(model.canExportDeckProperty().get());
    }

    @Test
    void anUnmodifiedTourIsReplacedWithoutAQuestion() {
        model.newTour();
        assertEquals(List.of(), dialogs.shown());
        assertEquals(0, model.tour().get().size());
        assertFalse(model.canExportDeckProperty().get(), "no slides to export from an empty tour");
        model.useDefaultTour();
        assertEquals(bundledSteps, model.tour().get().size());
    }

    @Test
    void cancelKeepsTheEditedTour() {
        model.addEdition("wic-2015");
        dialogs.answer(Unsaved.CANCEL);
        model.newTour();
        assertEquals(List.of("unsaved: The tour \"The WIC in 13 steps\" has edits that are not saved."), dialogs.shown());
        assertEquals(bundledSteps + 1, model.tour().get().size());
        assertTrue(model.tour().isModified());
    }

    @Test
    void discardReplacesTheTour() {
        model.addEdition("wic-2015");
        dialogs.answer(Unsaved.DISCARD);
        model.useDefaultTour();
        assertEquals(bundledSteps, model.tour().get().size());
        assertFalse(model.tour().isModified());
    }

    @Test
    void saveAsksWhereThenSavesAsATourFileAndOnlyThenReplaces() throws Exception {
        model.addEdition("wic-2015");
        dialogs.answer(Unsaved.SAVE).answer(dir.resolve("lesson.json"));
        model.newTour();
        Path saved = dir.resolve("lesson" + TourFiles.EXTENSION);
        assertTrue(Files.isRegularFile(saved), "a .json name becomes a tour file's");
        assertTrue(Files.readString(saved).contains("wic-2015"));
        assertEquals("save: Save the tour [" + I18n.t("tour.defaultFileName") + TourFiles.EXTENSION + "]", dialogs.shown().get(1));
        assertEquals(0, model.tour().get().size(), "replaced once saved");
        assertTrue(dialogs.answeredAll());
    }

    @Test
    void saveWritesToTheTourFileWithoutAskingAgain() throws Exception {
        Path file = dir.resolve("lesson" + TourFiles.EXTENSION);
        dialogs.answer(file);
        model.chooseAndSave();
        assertEquals(file, model.tour().file());
        model.addQuote(data.dataset().citations().get(0).id());
        assertTrue(model.tour().isModified());
        model.save();
        assertFalse(model.tour().isModified());
        assertEquals(1, dialogs.shown().size(), "no second chooser");
        assertTrue(model.openTour(file));
        assertEquals(bundledSteps + 1, model.tour().get().size(), "the file holds the edit");
    }

    @Test
    void aTourThatCannotBeWrittenSaysWhyAndStaysModified() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        model.addEdition("wic-2015");
        assertFalse(model.saveTo(notAFolder.resolve("lesson" + TourFiles.EXTENSION)));
        assertTrue(dialogs.shown().get(0).startsWith("ERROR: "), dialogs.shown()::toString);
        assertTrue(model.tour().isModified());
    }

    @Test
    void aBadTourFileIsExplainedLineByLineAndTheTourKept() throws Exception {
        Path bad = dir.resolve("broken" + TourFiles.EXTENSION);
        Files.writeString(bad, "{\n  \"formatVersion\": 1,\n  \"title\": {\"en\": \"Broken\"},\n"
                + "  \"steps\": [ {\"edition\": \"wic-1999\"} ]\n}\n");
        dialogs.answer(bad);
        model.chooseAndOpen();
        assertEquals("open: Open a tour", dialogs.shown().get(0));
        String told = dialogs.shown().get(1);
        assertTrue(told.startsWith("WARNING: The tour broken.wictour.json cannot be opened, so the current tour is kept."), told);
        assertTrue(told.matches("(?s).*broken\\.wictour\\.json:4:\\d+: .*wic-1999.*"), told);
        assertEquals(bundledSteps, model.tour().get().size());
        assertEquals(4, model.lastProblems().get(0).line());
    }

    @Test
    void thePresentationsStateFollowsItAndItsSettingsAreRememberedAtTheEnd() {
        assertFalse(model.presentingProperty().get());
        assertEquals(-1, model.stepProperty().get());
        SimpleIntegerProperty index = new SimpleIntegerProperty(2);
        SimpleBooleanProperty presenter = new SimpleBooleanProperty(false);
        model.started(bundledSteps, index, presenter);
        assertTrue(model.presentingProperty().get());
        assertEquals(2, model.stepProperty().get());
        assertEquals(bundledSteps, model.stepCountProperty().get());
        index.set(3);
        presenter.set(true);
        assertEquals(3, model.stepProperty().get());
        assertTrue(model.presenterShownProperty().get());

        PresentationSettings last = model.settings().withScale(1.4).withAutoplaySeconds(30);
        model.ended(last);
        assertFalse(model.presentingProperty().get());
        assertEquals(-1, model.stepProperty().get());
        assertFalse(model.presenterShownProperty().get());
        assertEquals(List.of(last), remembered);
        assertEquals(last, model.settings(), "the next presentation starts with them");
        index.set(5);
        assertEquals(-1, model.stepProperty().get(), "an ended presentation no longer moves the state");
    }

    @Test
    void shiftF5StartsAtTheSelectedEditionsStep() {
        var editions = data.dataset().editions();
        var inTour = editions.stream().filter(e -> model.tour().get().indexOfEdition(e.id()) >= 0).findFirst().orElseThrow();
        assertEquals(model.tour().get().indexOfEdition(inTour.id()), model.startFor(inTour));
        assertEquals(0, model.startFor(null));
        model.newTour();
        assertEquals(0, model.startFor(inTour), "not in the tour: from the start");
    }

    @Test
    void theMenuOffersTheSelectedEditionsControversiesQuotesAndTheReadersPassage() {
        var edition = data.dataset().editions().stream()
                .filter(e -> !data.dataset().controversiesAt(e.id()).isEmpty()).findFirst().orElseThrow();
        List<ClassroomModel.Offer> controversies = model.controversiesAt(edition);
        assertEquals(data.dataset().controversiesAt(edition.id()).size(), controversies.size());
        model.addControversy(controversies.get(0).id());
        assertEquals(TourStep.controversy(controversies.get(0).id()), model.tour().get().steps().get(bundledSteps));
        assertEquals(List.of(), model.controversiesAt(null));
        assertEquals(List.of(), model.quotesAt(null));

        assertEquals(Optional.empty(), ClassroomModel.passage(Optional.empty()).step());
        assertEquals(I18n.t("tour.addPassageNone"), ClassroomModel.passage(Optional.empty()).text());
        TourStep passage = TourStep.passage("doc", "The digital silk road.");
        assertEquals("Add the reader's passage “The digital silk road.”", ClassroomModel.passage(Optional.of(passage)).text());
        TourStep tooLong = TourStep.passage("doc", "x".repeat(TourFiles.MAX_PASSAGE + 1));
        assertEquals(Optional.empty(), ClassroomModel.passage(Optional.of(tooLong)).step(), "too long for one screen");
    }
}
