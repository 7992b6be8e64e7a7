package org.wicexplorer.ui.present;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.CoalescingSaver;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.PresentationSettingsStore;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Styles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The classroom features as the explorer sees them: a Present button and a Tour menu for its window,
 * F5 and Shift+F5, the current tour with its file, the tour editor, and the presentation while it
 * runs. Leaving a presentation hands the explorer the edition that was last on screen.
 */
public final class Classroom {
    static final String STYLESHEET = Objects.requireNonNull(Classroom.class.getResource("present.css")).toExternalForm();
    private static final int QUOTE_MENU_LENGTH = 70;

    private final ExplorerModel model;
    private final Node anchor;
    private final Consumer<String> returnTo;
    private final CurrentTour tour;
    private final PresentationSettingsStore settingsStore;
    private final TourDialogs dialogs;

    /** The presentation's settings as they are to be written, and where. */
    private record PendingSettings(PresentationSettingsStore store, PresentationSettings settings) {
        void write() throws IOException {
            store.save(settings);
        }
    }

    /**
     * One writer for the whole run, off the FX thread (windows are rebuilt after edits, the saver is not);
     * it flushes when the JVM exits.
     */
    private static final class SettingsWriter {
        static final CoalescingSaver<PendingSettings> SAVER = new CoalescingSaver<PendingSettings>(
                "wic-presentation-settings", PendingSettings::write,
                e -> System.err.println("wic-explorer: could not save presentation settings: " + e.getMessage()))
                .flushingOnExit();
    }
    private PresentationSettings settings;
    private final Button presentButton = new Button();
    private final MenuButton tourMenu = new MenuButton();
    private Presentation presentation;
    private PresentationWindows windows;
    private TourEditor editor;
    private LongSupplier nanos = System::nanoTime;
    private Supplier<Optional<TourStep>> passageSource = Optional::empty;
    private List<Problem> lastProblems = List.of();
    private Consumer<Tour> deckExport;

    /**
     * @param anchor   a node of the explorer window: its scene gets the keys, its window owns the dialogs
     * @param returnTo shows an edition in the explorer when a presentation ends
     */
    public Classroom(ExplorerModel model, Node anchor, DialogService dialogs, Consumer<String> returnTo) {
        this.model = model;
        this.dialogs = new TourDialogs(dialogs);
        this.anchor = anchor;
        this.returnTo = returnTo;
        this.tour = new CurrentTour(defaultTour());
        this.settingsStore = PresentationSettingsStore.inUserDataHome();
        this.settings = settingsStore.load();

        presentButton.setId("toolbar-present");
        presentButton.getStyleClass().addAll("classroom-button", "present-button");
        presentButton.setOnAction(e -> present(0, false));
        tourMenu.setId("toolbar-tour");
        tourMenu.getStyleClass().add("classroom-button");
        relabel();
        tourMenu.setOnShowing(e -> rebuildMenu());
        rebuildMenu();

        anchor.sceneProperty().addListener((obs, old, scene) -> installKeys(scene));
        installKeys(anchor.getScene());
    }

    /**
     * Names the Present button and the Tour menu in the interface language: when built, and when the
     * language changes (the classroom, its tour and its editor stay; the menu's items are named as it opens).
     */
    public void relabel() {
        presentButton.setText("▶ " + I18n.t("present.button"));
        presentButton.setTooltip(new Tooltip(I18n.t("present.buttonTip")));
        presentButton.setAccessibleText(I18n.t("present.buttonTip"));
        tourMenu.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.t("tour.menu", tour.get().size()), tour.tourProperty()));
        tourMenu.setAccessibleText(I18n.t("tour.menuAccessible"));
    }

    /** Tours read and checked against the session's library as it is now (it changes with each edit). */
    private TourFiles files() {
        return new TourFiles(model.dataset(), model.seeds());
    }

    /** Slide titles from the session's library as it is now. */
    private Slides slides() {
        return new Slides(model.dataset(), model.seeds());
    }

    /** The Present button and the Tour menu, for the explorer window. */
    public List<Node> controls() {
        return List.of(presentButton, tourMenu);
    }

    public CurrentTour tour() {
        return tour;
    }

    /** The presentation on screen, or null. */
    public Presentation presentation() {
        return presentation;
    }

    /** What Tour ▸ Export as slides… does with the tour: the window hands it to its Export menu (ADR 0013). */
    public void setDeckExport(Consumer<Tour> export) {
        this.deckExport = export;
        rebuildMenu();
    }

    /** Problems of the last tour file that could not be opened (empty after a good one). */
    public List<Problem> lastProblems() {
        return lastProblems;
    }

    /** Lets tests start the elapsed-time clock from a clock they control. */
    public void setClock(LongSupplier nanoTime) {
        nanos = nanoTime;
    }

    private void installKeys(Scene scene) {
        if (scene == null) {
            return;
        }
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), () -> present(0, false));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5, KeyCombination.SHIFT_DOWN),
                this::presentFromCurrentEdition);
    }

    private Tour defaultTour() {
        try {
            return files().bundledDefault();
        } catch (DataException e) {
            // Another dataset than the bundled one: walk through its editions instead, without notes.
            List<TourStep> steps = model.dataset().editions().stream().map(ed -> TourStep.edition(ed.id())).toList();
            return new Tour(Text.of(I18n.t("tour.allEditions"), null), steps);
        }
    }

    // ---- presenting ----

    /** Starts presenting the current tour at a step (0-based); a running presentation comes to the front. */
    public void present(int fromStep, boolean withPresenter) {
        if (presentation != null) {
            windows.audience().toFront();
            return;
        }
        Presentation p = new Presentation(model.dataset(), model.seeds(), tour.get(), fromStep, settings, nanos);
        presentation = p;
        p.setOnLeave(() -> finish(p));
        windows = PresentationWindows.open(p, owner(), stylesheets(), withPresenter);
    }

    /** Starts at the selected edition's step, as Shift+F5 starts slide software at the current slide. */
    public void presentFromCurrentEdition() {
        Edition e = model.selectedEdition();
        int at = e == null ? -1 : tour.get().indexOfEdition(e.id());
        present(Math.max(0, at), false);
    }

    private void finish(Presentation p) {
        settings = settings.withScale(p.scale()).withAutoplaySeconds(p.autoplaySeconds())
                .withReducedMotion(p.reducedMotionProperty().get());
        SettingsWriter.SAVER.submit(new PendingSettings(settingsStore, settings));
        if (windows != null) {
            windows.close();
        }
        presentation = null;
        windows = null;
        p.lastEdition().ifPresent(returnTo);
        Window owner = owner();
        if (owner != null) {
            owner.requestFocus();
        }
    }

    PresentationWindows windows() {
        return windows;
    }

    // ---- building the tour from the explorer ----

    public void addEdition(String editionId) {
        tour.edit(t -> t.adding(TourStep.edition(editionId)));
    }

    public void addControversy(String controversyId) {
        tour.edit(t -> t.adding(TourStep.controversy(controversyId)));
    }

    public void addQuote(String citationId) {
        tour.edit(t -> t.adding(TourStep.quote(citationId)));
    }

    /** Where "add the reader's passage" takes its passage from: the explorer's reader. */
    public void setPassageSource(Supplier<Optional<TourStep>> source) {
        passageSource = Objects.requireNonNull(source);
    }

    public void addPassage(TourStep passage) {
        tour.edit(t -> t.adding(passage));
    }

    public void showEditor() {
        if (editor == null) {
            editor = new TourEditor(this, owner(), stylesheets());
        }
        editor.show();
    }

    TourEditor editor() {
        return editor;
    }

    String title(TourStep step) {
        return slides().title(step);
    }

    // ---- files ----

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

    void save() {
        if (tour.file() == null) {
            chooseAndSave();
        } else {
            saveTo(tour.file());
        }
    }

    void chooseAndSave() {
        Path file = dialogs.chooseToSave(tour.file());
        if (file != null) {
            saveTo(file);
        }
    }

    void chooseAndOpen() {
        if (!mayReplace()) {
            return;
        }
        Path file = dialogs.chooseToOpen(tour.file());
        if (file != null) {
            openTour(file);
        }
    }

    void newTour() {
        if (mayReplace()) {
            tour.replace(Tour.empty(Text.of(null, null)), null);
        }
    }

    void useDefaultTour() {
        if (mayReplace()) {
            tour.replace(defaultTour(), null);
        }
    }

    /**
     * Before the current tour is replaced: unsaved edits are saved, discarded or kept by the teacher's
     * choice, never dropped silently.
     */
    private boolean mayReplace() {
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

    // ---- the menu ----

    private void rebuildMenu() {
        Edition e = model.selectedEdition();
        String here = e == null ? "" : e.year() + " · " + e.label().in(I18n.language());
        List<MenuItem> items = new ArrayList<>();
        items.add(item("menu-present-here", I18n.t("tour.presentHere"), this::presentFromCurrentEdition));
        items.add(item("menu-present-presenter", I18n.t("tour.presentWithPresenter"), () -> present(0, true)));
        items.add(new SeparatorMenuItem());
        MenuItem addEdition = item("menu-add-edition", I18n.t("tour.addEdition", here), () -> addEdition(e.id()));
        addEdition.setDisable(e == null);
        items.add(addEdition);
        Menu controversies = new Menu(I18n.t("tour.addControversy", here));
        controversies.setId("menu-add-controversy");
        Menu quotes = new Menu(I18n.t("tour.addQuote", here));
        quotes.setId("menu-add-quote");
        if (e != null) {
            Dataset d = model.dataset();
            for (Controversy c : d.controversiesAt(e.id())) {
                controversies.getItems().add(item("menu-add-controversy-" + c.id(), c.title().in(I18n.language()),
                        () -> addControversy(c.id())));
            }
            for (Fact point : e.highlights()) {
                point.sources().stream().findFirst().flatMap(d::citation).ifPresent(c -> quotes.getItems().add(
                        item("menu-add-quote-" + c.id(), shortQuote(c), () -> addQuote(c.id()))));
            }
        }
        Optional<TourStep> passage = passageSource.get();
        boolean tooLong = passage.map(p -> p.text().length() > TourFiles.MAX_PASSAGE).orElse(false);
        String passageText = passage.isEmpty() ? I18n.t("tour.addPassageNone")
                : tooLong ? I18n.t("tour.addPassageTooLong", TourFiles.MAX_PASSAGE)
                : I18n.t("tour.addPassage", shortQuote(passage.get().text()));
        MenuItem addPassage = item("menu-add-passage", passageText, () -> passage.ifPresent(this::addPassage));
        addPassage.setDisable(passage.isEmpty() || tooLong);
        controversies.setDisable(controversies.getItems().isEmpty());
        quotes.setDisable(quotes.getItems().isEmpty());
        items.add(controversies);
        items.add(quotes);
        items.add(addPassage);
        items.add(new SeparatorMenuItem());
        items.add(item("menu-edit-tour", I18n.t("tour.edit"), this::showEditor));
        items.add(item("menu-open-tour", I18n.t("tour.openMenu"), this::chooseAndOpen));
        items.add(item("menu-save-tour", I18n.t("tour.saveMenu"), this::save));
        items.add(item("menu-save-tour-as", I18n.t("tour.saveAsMenu"), this::chooseAndSave));
        items.add(item("menu-new-tour", I18n.t("tour.newMenu"), this::newTour));
        items.add(item("menu-default-tour", I18n.t("tour.defaultMenu"), this::useDefaultTour));
        if (deckExport != null) {
            items.add(new SeparatorMenuItem());
            MenuItem slides = item("menu-export-deck", I18n.t("deck.menu"), () -> deckExport.accept(tour.get()));
            slides.setDisable(tour.get().isEmpty());
            items.add(slides);
        }
        tourMenu.getItems().setAll(items);
    }

    private static String shortQuote(Citation c) {
        return shortQuote(c.quote());
    }

    private static String shortQuote(String quote) {
        String q = quote.strip().replaceAll("\\s+", " ");
        return "“" + (q.length() > QUOTE_MENU_LENGTH ? q.substring(0, QUOTE_MENU_LENGTH - 1) + "…" : q) + "”";
    }

    private static MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(ev -> action.run());
        return item;
    }

    // ---- windows ----

    private Window owner() {
        return anchor.getScene() == null ? null : anchor.getScene().getWindow();
    }

    /** The explorer's stylesheets (so a theme carries over), the bundled font, and presentation's own. */
    private List<String> stylesheets() {
        List<String> sheets = new ArrayList<>(anchor.getScene() == null ? List.of() : anchor.getScene().getStylesheets());
        if (sheets.isEmpty()) {
            Styles.addTo(sheets);
        }
        Fonts.apply(javafx.collections.FXCollections.observableList(sheets));
        // Last, so its rules win over the app's sheets' where both style the same node (the scene root).
        sheets.remove(STYLESHEET);
        sheets.add(STYLESHEET);
        return sheets;
    }
}
