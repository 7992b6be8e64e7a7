package org.wicexplorer.ui.present;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The view-model of the classroom (issue 12, §5): the current tour with its file and modified flag, the
 * tour-file logic (new, open, save, save as, and the unsaved-changes question, through the
 * {@link DialogService}), what the Tour menu offers, and the state of the presentation on screen (running,
 * its step, the presenter view shown) as properties. It touches no node: plain JUnit drives it with a
 * recording dialog service; {@link Classroom} binds to it and opens the windows.
 */
public final class ClassroomModel {
    private static final int QUOTE_MENU_LENGTH = 70;

    /** An entry the Tour menu offers: what it adds (an id) and its text. */
    public record Offer(String id, String text) {
    }

    /** "Add the reader's passage": its text, and the step it adds (empty when there is nothing to add). */
    public record PassageOffer(String text, Optional<TourStep> step) {
    }

    private final Supplier<Dataset> dataset;
    private final Supplier<SeedLibrary> seeds;
    private final TourDialogs dialogs;
    private final Consumer<PresentationSettings> remember;
    private final CurrentTour tour;
    private PresentationSettings settings;
    private List<Problem> lastProblems = List.of();

    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step", -1);
    private final ReadOnlyIntegerWrapper stepCount = new ReadOnlyIntegerWrapper(this, "stepCount");
    private final ReadOnlyBooleanWrapper presenterShown = new ReadOnlyBooleanWrapper(this, "presenterShown");
    private final ReadOnlyStringWrapper menuText = new ReadOnlyStringWrapper(this, "menuText");
    private final ReadOnlyBooleanWrapper canExportDeck = new ReadOnlyBooleanWrapper(this, "canExportDeck");

    /**
     * @param settings the presentation's settings as remembered
     * @param remember keeps the settings a presentation ends with (the window writes them off the FX thread)
     */
    public ClassroomModel(Supplier<Dataset> dataset, Supplier<SeedLibrary> seeds, DialogService dialogs,
                          PresentationSettings settings, Consumer<PresentationSettings> remember) {
        this.dataset = dataset;
        this.seeds = seeds;
        this.dialogs = new TourDialogs(dialogs);
        this.settings = Objects.requireNonNull(settings);
        this.remember = remember;
        this.tour = new CurrentTour(defaultTour());
        relabel();
        canExportDeck.bind(Bindings.createBooleanBinding(() -> !tour.get().isEmpty(), tour.tourProperty()));
    }

    public CurrentTour tour() {
        return tour;
    }

    /** Names the Tour menu in the interface language now chosen (the tour itself stays). */
    public void relabel() {
        menuText.bind(Bindings.createStringBinding(() -> I18n.t("tour.menu", tour.get().size()), tour.tourProperty()));
    }

    /** The bundled tour, or for another dataset a walk through its editions, without notes. */
    Tour defaultTour() {
        try {
            return files().bundledDefault();
        } catch (DataException e) {
            List<TourStep> steps = dataset.get().editions().stream().map(ed -> TourStep.edition(ed.id())).toList();
            return new Tour(Text.of(I18n.t("tour.allEditions"), null), steps);
        }
    }

    private TourFiles files() {
        return new TourFiles(dataset.get(), seeds.get());
    }

    // ---- building the tour ----

    public void addEdition(String editionId) {
        tour.edit(t -> t.adding(TourStep.edition(editionId)));
    }

    public void addControversy(String controversyId) {
        tour.edit(t -> t.adding(TourStep.controversy(controversyId)));
    }

    public void addQuote(String citationId) {
        tour.edit(t -> t.adding(TourStep.quote(citationId)));
    }

    public void addPassage(TourStep passage) {
        tour.edit(t -> t.adding(passage));
    }

    // ---- what the Tour menu offers ----

    /** "2015 · Second WIC" for the entries that add from the selected edition; empty when none is. */
    public static String here(Edition edition) {
        return edition == null ? "" : edition.year() + " · " + edition.label().in(I18n.language());
    }

    /** The edition's controversies, each a step to add. */
    public List<Offer> controversiesAt(Edition edition) {
        if (edition == null) {
            return List.of();
        }
        return dataset.get().controversiesAt(edition.id()).stream()
                .map((Controversy c) -> new Offer(c.id(), c.title().in(I18n.language()))).toList();
    }

    /** The quotes of the edition's highlights, each a step to add. */
    public List<Offer> quotesAt(Edition edition) {
        if (edition == null) {
            return List.of();
        }
        Dataset d = dataset.get();
        List<Offer> offers = new ArrayList<>();
        for (Fact point : edition.highlights()) {
            point.sources().stream().findFirst().flatMap(d::citation)
                    .ifPresent(c -> offers.add(new Offer(c.id(), shortQuote(c.quote()))));
        }
        return offers;
    }

    /** The reader's passage as an entry: too long, none, or quoted; only an addable one carries its step. */
    public static PassageOffer passage(Optional<TourStep> passage) {
        if (passage.isEmpty()) {
            return new PassageOffer(I18n.t("tour.addPassageNone"), Optional.empty());
        }
        if (passage.get().text().length() > TourFiles.MAX_PASSAGE) {
            return new PassageOffer(I18n.t("tour.addPassageTooLong", TourFiles.MAX_PASSAGE), Optional.empty());
        }
        return new PassageOffer(I18n.t("tour.addPassage", shortQuote(passage.get().text())), passage);
    }

    static String shortQuote(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        return "“" + (q.length() > QUOTE_MENU_LENGTH ? q.substring(0, QUOTE_MENU_LENGTH - 1) + "…" : q) + "”";
    }

    // ---- files ----

    /** Problems of the last tour file that could not be opened (empty after a good one). */
    public List<Problem> lastProblems() {
        return lastProblems;
    }

    /** Opens a tour file; a bad one is explained (FILE:LINE:COLUMN) and the current tour is kept. */
    public boolean openTour(Path file) {
        try {
            Tour opened = files().read(file);
            tour.replace(opened, file);
            lastProblems = List.of();
            return true;
        } catch (DataException e) {
            lastProblems = e.problems();
            dialogs.problems(file, e.problems());
            return false;
        }
    }

    public boolean saveTo(Path file) {
        try {
            TourFiles.write(file, tour.get());
            tour.saved(file);
            return true;
        } catch (IOException e) {
            dialogs.saveFailed(file, e.getMessage());
            return false;
        }
    }

    /** Save: to the tour's file, or, for a tour that has none, where the teacher chooses. */
    public void save() {
        if (tour.file() == null) {
            chooseAndSave();
        } else {
            saveTo(tour.file());
        }
    }

    public void chooseAndSave() {
        Path file = dialogs.chooseToSave(tour.file());
        if (file != null) {
            saveTo(file);
        }
    }

    public void chooseAndOpen() {
        if (!mayReplace()) {
            return;
        }
        Path file = dialogs.chooseToOpen(tour.file());
        if (file != null) {
            openTour(file);
        }
    }

    public void newTour() {
        if (mayReplace()) {
            tour.replace(Tour.empty(Text.of(null, null)), null);
        }
    }

    public void useDefaultTour() {
        if (mayReplace()) {
            tour.replace(defaultTour(), null);
        }
    }

    /**
     * Before the current tour is replaced: unsaved edits are saved, discarded or kept by the teacher's
     * choice, never dropped silently.
     */
    boolean mayReplace() {
        if (!tour.isModified()) {
            return true;
        }
        return switch (dialogs.askUnsaved(tour.get().title().in(I18n.language()))) {
            case SAVE -> {
                save();
                yield !tour.isModified();
            }
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    // ---- the presentation ----

    /** The presentation's settings as remembered: its text size, autoplay interval and motion. */
    public PresentationSettings settings() {
        return settings;
    }

    /** Where Shift+F5 starts: the selected edition's step, as slide software starts at the current slide. */
    public int startFor(Edition selected) {
        return selected == null ? 0 : Math.max(0, tour.get().indexOfEdition(selected.id()));
    }

    /** The view opened a presentation: its step and whether the presenter view shows follow it until it ends. */
    void started(int steps, ObservableIntegerValue index, ObservableBooleanValue presenter) {
        stepCount.set(steps);
        step.bind(index);
        presenterShown.bind(presenter);
        presenting.set(true);
    }

    /** The presentation ended with these settings; they are remembered for the next one. */
    void ended(PresentationSettings last) {
        settings = last;
        remember.accept(last);
        step.unbind();
        step.set(-1);
        presenterShown.unbind();
        presenterShown.set(false);
        presenting.set(false);
    }

    /** Whether a presentation is on screen. */
    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    /** The step on screen (0-based), -1 when nothing is presented. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** How many steps the presentation on screen has. */
    public ReadOnlyIntegerProperty stepCountProperty() {
        return stepCount.getReadOnlyProperty();
    }

    /** Whether the presenter view is shown. */
    public ReadOnlyBooleanProperty presenterShownProperty() {
        return presenterShown.getReadOnlyProperty();
    }

    /** The Tour menu's text: "Tour (12)". */
    public ReadOnlyStringProperty menuTextProperty() {
        return menuText.getReadOnlyProperty();
    }

    /** Whether Tour ▸ Export as slides… has steps to export. */
    public ReadOnlyBooleanProperty canExportDeckProperty() {
        return canExportDeck.getReadOnlyProperty();
    }
}
