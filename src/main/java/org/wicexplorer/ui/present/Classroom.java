package org.wicexplorer.ui.present;

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
import org.wicexplorer.data.CoalescingSaver;
import org.wicexplorer.data.PresentationSettings;
import org.wicexplorer.data.PresentationSettingsStore;
import org.wicexplorer.data.Problem;
import org.wicexplorer.model.Edition;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Fonts;
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
 * F5 and Shift+F5, the tour editor, and the presentation's windows while it runs. Leaving a presentation
 * hands the explorer the edition that was last on screen.
 *
 * <p>The view: the tour, its file and modified flag, the tour-file logic and the presentation's state live
 * in its {@link ClassroomModel}; the button and the menu bind to it and call it.
 */
public final class Classroom {
    static final String STYLESHEET = Objects.requireNonNull(Classroom.class.getResource("present.css")).toExternalForm();

    private final ExplorerModel explorer;
    private final ClassroomModel model;
    private final Node anchor;
    private final Consumer<String> returnTo;

    /** The presentation's settings as they are to be written, and where. */
    private record PendingSettings(PresentationSettingsStore store, PresentationSettings settings) {
        void write() throws IOException {
            store.save(settings);
        }
    }

    /**
     * One writer for the whole run, off the FX thread (shared by every presentation of the run);
     * it flushes when the JVM exits.
     */
    private static final class SettingsWriter {
        static final CoalescingSaver<PendingSettings> SAVER = new CoalescingSaver<PendingSettings>(
                "wic-presentation-settings", PendingSettings::write,
                e -> System.err.println("wic-explorer: could not save presentation settings: " + e.getMessage()))
                .flushingOnExit();
    }
    private final Button presentButton = new Button();
    private final MenuButton tourMenu = new MenuButton();
    private Presentation presentation;
    private PresentationWindows windows;
    private TourEditor editor;
    private LongSupplier nanos = System::nanoTime;
    private Supplier<Optional<TourStep>> passageSource = Optional::empty;
    private Consumer<Tour> deckExport;

    /**
     * @param anchor   a node of the explorer window: its scene gets the keys, its window owns the windows
     * @param returnTo shows an edition in the explorer when a presentation ends
     */
    public Classroom(ExplorerModel explorer, Node anchor, DialogService dialogs, Consumer<String> returnTo) {
        this.explorer = explorer;
        PresentationSettingsStore settingsStore = PresentationSettingsStore.inUserDataHome();
        this.model = new ClassroomModel(explorer::dataset, explorer::seeds, dialogs, settingsStore.load(),
                settings -> SettingsWriter.SAVER.submit(new PendingSettings(settingsStore, settings)));
        this.anchor = anchor;
        this.returnTo = returnTo;

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
        model.relabel();
        tourMenu.textProperty().bind(model.menuTextProperty());
        tourMenu.setAccessibleText(I18n.t("tour.menuAccessible"));
    }

    /** Slide titles from the session's library as it is now. */
    private Slides slides() {
        return new Slides(explorer.dataset(), explorer.seeds());
    }

    /** The Present button and the Tour menu, for the explorer window. */
    public List<Node> controls() {
        return List.of(presentButton, tourMenu);
    }

    /** The tour, its files and the presentation's state, without the nodes. */
    public ClassroomModel model() {
        return model;
    }

    public CurrentTour tour() {
        return model.tour();
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
        return model.lastProblems();
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

    // ---- presenting ----

    /** Starts presenting the current tour at a step (0-based); a running presentation comes to the front. */
    public void present(int fromStep, boolean withPresenter) {
        if (presentation != null) {
            windows.audience().toFront();
            return;
        }
        Presentation p = new Presentation(explorer.dataset(), explorer.seeds(), model.tour().get(), fromStep,
                model.settings(), nanos);
        presentation = p;
        p.setOnLeave(() -> finish(p));
        windows = PresentationWindows.open(p, owner(), stylesheets(), withPresenter);
        model.started(p.size(), p.indexProperty(), windows.presenterShownProperty());
    }

    /** Starts at the selected edition's step, as Shift+F5 starts slide software at the current slide. */
    public void presentFromCurrentEdition() {
        present(model.startFor(explorer.selectedEdition()), false);
    }

    private void finish(Presentation p) {
        model.ended(model.settings().withScale(p.scale()).withAutoplaySeconds(p.autoplaySeconds())
                .withReducedMotion(p.reducedMotionProperty().get()));
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
        model.addEdition(editionId);
    }

    public void addControversy(String controversyId) {
        model.addControversy(controversyId);
    }

    public void addQuote(String citationId) {
        model.addQuote(citationId);
    }

    /** Where "add the reader's passage" takes its passage from: the explorer's reader. */
    public void setPassageSource(Supplier<Optional<TourStep>> source) {
        passageSource = Objects.requireNonNull(source);
    }

    public void addPassage(TourStep passage) {
        model.addPassage(passage);
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
        return model.openTour(file);
    }

    public boolean saveTo(Path file) {
        return model.saveTo(file);
    }

    // ---- the menu ----

    private void rebuildMenu() {
        Edition e = explorer.selectedEdition();
        String here = ClassroomModel.here(e);
        List<MenuItem> items = new ArrayList<>();
        items.add(item("menu-present-here", I18n.t("tour.presentHere"), this::presentFromCurrentEdition));
        items.add(item("menu-present-presenter", I18n.t("tour.presentWithPresenter"), () -> present(0, true)));
        items.add(new SeparatorMenuItem());
        MenuItem addEdition = item("menu-add-edition", I18n.t("tour.addEdition", here), () -> addEdition(e.id()));
        addEdition.setDisable(e == null);
        items.add(addEdition);
        Menu controversies = new Menu(I18n.t("tour.addControversy", here));
        controversies.setId("menu-add-controversy");
        for (ClassroomModel.Offer c : model.controversiesAt(e)) {
            controversies.getItems().add(item("menu-add-controversy-" + c.id(), c.text(), () -> addControversy(c.id())));
        }
        Menu quotes = new Menu(I18n.t("tour.addQuote", here));
        quotes.setId("menu-add-quote");
        for (ClassroomModel.Offer q : model.quotesAt(e)) {
            quotes.getItems().add(item("menu-add-quote-" + q.id(), q.text(), () -> addQuote(q.id())));
        }
        ClassroomModel.PassageOffer passage = ClassroomModel.passage(passageSource.get());
        MenuItem addPassage = item("menu-add-passage", passage.text(), () -> passage.step().ifPresent(this::addPassage));
        addPassage.setDisable(passage.step().isEmpty());
        controversies.setDisable(controversies.getItems().isEmpty());
        quotes.setDisable(quotes.getItems().isEmpty());
        items.add(controversies);
        items.add(quotes);
        items.add(addPassage);
        items.add(new SeparatorMenuItem());
        items.add(item("menu-edit-tour", I18n.t("tour.edit"), this::showEditor));
        items.add(item("menu-open-tour", I18n.t("tour.openMenu"), model::chooseAndOpen));
        items.add(item("menu-save-tour", I18n.t("tour.saveMenu"), model::save));
        items.add(item("menu-save-tour-as", I18n.t("tour.saveAsMenu"), model::chooseAndSave));
        items.add(item("menu-new-tour", I18n.t("tour.newMenu"), model::newTour));
        items.add(item("menu-default-tour", I18n.t("tour.defaultMenu"), model::useDefaultTour));
        if (deckExport != null) {
            items.add(new SeparatorMenuItem());
            MenuItem slides = item("menu-export-deck", I18n.t("deck.menu"), () -> deckExport.accept(model.tour().get()));
            slides.disableProperty().bind(model.canExportDeckProperty().not());
            items.add(slides);
        }
        tourMenu.getItems().setAll(items);
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
