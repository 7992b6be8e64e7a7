package org.wicexplorer.ui;

import javafx.application.HostServices;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.ui.interchange.DataMenu;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.compare.CompareTab;
import org.wicexplorer.ui.detail.DetailView;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.ui.export.ExportMenu;
import org.wicexplorer.ui.export.ExportModel;
import org.wicexplorer.ui.interchange.DataMenuModel;
import org.wicexplorer.ui.people.PeopleTab;
import org.wicexplorer.ui.present.Classroom;
import org.wicexplorer.ui.reader.ReaderPane;
import org.wicexplorer.ui.search.SearchFeature;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.ui.timeline.TimelineItem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The explorer window's content: the timeline across the top, the selected edition's details below it,
 * and the source reader beside them. It is also the one {@link Navigator}, so views ask it to move.
 *
 * <p>One window for the whole run, over the {@link Session}: a data edit, an undo, a reset or an import
 * changes the session's library and the views follow in place. A change of language builds the views
 * again from the session (texts are read when views are built), in the same window and root; the search
 * (its field, its results, its index) and the classroom (the tour and its editor) are the window's for
 * the whole run and stay.
 */
public final class MainWindow implements Navigator {
    private final Session session;
    /** The session as the run-long features see it (search, classroom): never detached. */
    private final ExplorerModel lasting;
    private final HostServices hostServices;
    private final BorderPane root = new BorderPane();
    private final SearchFeature search;
    private final Classroom classroom;
    /** Every dialog the window's features show. */
    private final DialogService dialogs;
    /** Whether the search service is this window's own, to close with it. */
    private final boolean ownsSearch;
    /** What features add to the views each time they are built (the View and Edit menus, the user's bar). */
    private final List<Consumer<MainWindow>> onBuilt = new ArrayList<>();

    // The views, built from the session; built again, on a new model, when the language changes.
    private ExplorerModel model;
    private DetailView detail;
    private ReaderPane reader;
    private PeopleTab people;
    private CompareTab compare;
    private EditionTimeline timeline;
    private SplitPane main;
    private SplitPane lower;
    private StatusBar statusBar;
    private ExportMenu exportMenu;
    private DataMenu dataMenu;
    private final ExportModel exportModel;
    private final DataMenuModel dataMenuModel;
    /** Set while the views are being built: their first tab selection is not the user's. */
    private boolean building;

    /** A window on a session of its own, with a search index of its own built once the window is shown. */
    public MainWindow(Dataset dataset, SeedLibrary seeds, HostServices hostServices) {
        this(new Session(dataset, seeds), hostServices, SearchService.startingLater(dataset, seeds), null, true);
    }

    /**
     * A window over the run's session and its one search service, both of which the composition root
     * owns: an edit changes the session and the search index is updated in place, not rebuilt.
     */
    public MainWindow(Session session, HostServices hostServices, SearchService sharedSearch, DialogService dialogs) {
        this(session, hostServices, sharedSearch, dialogs, false);
    }

    private MainWindow(Session session, HostServices hostServices, SearchService searchService,
                       DialogService dialogs, boolean ownsSearch) {
        this.session = session;
        this.ownsSearch = ownsSearch;
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> root.getScene() == null ? null : root.getScene().getWindow());
        this.hostServices = hostServices;
        this.lasting = new ExplorerModel(session);
        root.getStyleClass().add("main-window");
        root.setId("main-window");
        search = new SearchFeature(searchService, lasting, this);
        search.installShortcuts(root);
        classroom = new Classroom(lasting, root, this.dialogs, this::returnFromPresentation);
        classroom.setPassageSource(() -> reader.passage().map(p -> TourStep.passage(p.documentId(), p.text())));
        // The menus' view-models last as long as the window; the menus are built again with the views.
        exportModel = new ExportModel(lasting::dataset, lasting::seeds, this.dialogs, Background.threads());
        dataMenuModel = new DataMenuModel(lasting::dataset, lasting::seeds, this.dialogs, Background.threads(),
                // New documents make a new library (their texts converted), which the reader's list and the
                // search index follow like any other change of the session's library.
                seeds -> session.setLibrary(Library.of(session.dataset(), seeds)),
                ImportedDocuments.inUserDataHome(), InputLimits.DEFAULT);
        buildViews();
    }

    /**
     * Builds the views from the session: the timeline, the toolbar, the detail area, the reader and the
     * status bar. What they show (the edition, the destination, the reader's document, the filter, the
     * lanes) is the session's, so views built again show what the ones they replace showed.
     */
    private void buildViews() {
        building = true;
        model = new ExplorerModel(session);
        CiteContext cite = new CiteContext(model, this);
        timeline = new EditionTimeline(model);
        reader = new ReaderPane(model, this);
        people = new PeopleTab(cite);
        compare = new CompareTab(model, cite);
        detail = new DetailView(model, cite, this::startComparison);
        // The edition's own tabs first; Compare, Trend and People (everyone, not the edition's) after them.
        detail.addTab(compare);
        detail.addTab(search.trendTab());
        detail.addTab(people);

        lower = new SplitPane(detail, reader);
        main = new SplitPane(timeline.node(), lower);
        main.setOrientation(Orientation.VERTICAL);
        applyDefaultLayout();
        SplitPositions.keepWhenShown(lower, main);
        ExplorerToolbar toolbar = new ExplorerToolbar(model, timeline.view());
        toolbar.addSearch(search.searchField());
        root.setTop(toolbar.node());
        // On a small screen with large text the panes' minimum sizes add up to more than the window: let them
        // give way (the split panes clip) rather than push the status bar off the bottom edge.
        main.setMinSize(0, 0);
        lower.setMinSize(0, 0);
        detail.setMinSize(0, 0);
        reader.setMinSize(0, 0);
        Node centre = search.overlay(main);
        if (centre instanceof javafx.scene.layout.Region r) {
            r.setMinSize(0, 0);
        }
        root.setCenter(centre);
        dataMenu = new DataMenu(dataMenuModel);
        root.setBottom(statusBar());
        timeline.setOnOpen(this::open);
        show(session.destinationProperty().get());
        detail.tabs().getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> tabChosen(tab));
        building = false;
    }

    /**
     * Relabels the window in the language now chosen: the views are built again from the session, in the
     * same window and root; the views they replace stop hearing the session. The search and the classroom
     * stay, and what features add to the views is added again.
     */
    public void relabel() {
        ExplorerModel before = model;
        EditionTimeline timelineBefore = timeline;
        search.relabel();
        classroom.relabel();
        // The trend tab and the search field are the search's: take them out of the views being replaced.
        detail.tabs().getTabs().remove(search.trendTab());
        before.detach();
        timelineBefore.detach();
        // Where the user dragged the dividers stays too: the new panes take the old ones' positions.
        double[] mainAt = main.getDividerPositions().clone();
        double[] lowerAt = lower.getDividerPositions().clone();
        buildViews();
        main.setDividerPositions(mainAt);
        lower.setDividerPositions(lowerAt);
        onBuilt.forEach(action -> action.accept(this));
        root.applyCss();
        timeline.view().requestFocus();
    }

    /** Runs now, and again each time the views are built (after a change of language). */
    public void whenBuilt(Consumer<MainWindow> action) {
        onBuilt.add(action);
        action.accept(this);
    }

    /** The user chose a tab: the session's destination follows (a tab's own choice, such as the person, kept). */
    private void tabChosen(Tab tab) {
        if (building || tab == null) {
            return;
        }
        Destination shown = Destination.ofTab(tab.getId());
        Destination now = session.destinationProperty().get();
        if (now == null || !now.tabId().equals(shown.tabId())) {
            session.destinationProperty().set(shown);
        }
    }

    /** Enter or a double click on a mark: show what the mark stands for. */
    private void open(TimelineItem<?> item) {
        if (item.userObject() instanceof org.wicexplorer.model.ConferenceDocument document) {
            show(Destination.EditionPane.of(Destination.Pane.DOCUMENTS));
            if (document.seed() != null) {
                reader.open(document.seed());
            }
        } else if (item.userObject() instanceof org.wicexplorer.model.Controversy) {
            show(Destination.EditionPane.of(Destination.Pane.CONTROVERSIES));
        } else {
            show(Destination.OVERVIEW);
        }
        detail.tabs().requestFocus();
    }

    /** What the detail area shows now: the session's destination. */
    public Destination destination() {
        return session.destinationProperty().get();
    }

    @Override
    public void show(Destination destination) {
        if (destination == null) {
            destination = Destination.OVERVIEW;
        }
        Destination kept = destination;
        if (destination instanceof Destination.EditionPane pane && pane.editionId() != null) {
            session.select(pane.editionId());
            kept = Destination.EditionPane.of(pane.pane());
        } else if (destination instanceof Destination.PersonPage person && person.personId() != null) {
            people.showPerson(person.personId());
        } else if (destination instanceof Destination.Compare c && c.leftEditionId() != null) {
            session.dataset().edition(c.leftEditionId()).ifPresent(compare.leftProperty()::set);
        } else if (destination instanceof Destination.Trend trend && trend.query() != null) {
            search.chartTrend(trend.query());
        }
        session.destinationProperty().set(kept);
        for (Tab tab : detail.tabs().getTabs()) {
            if (tab.getId() != null && tab.getId().equals(destination.tabId())) {
                detail.tabs().getSelectionModel().select(tab);
                return;
            }
        }
    }

    @Override
    public void showPassage(String seedId, TextRange passage, List<TextRange> highlights) {
        reader.openPassage(seedId, passage, highlights);
    }

    @Override
    public boolean findInDocument() {
        return reader.openFind();
    }

    /** The panes' proportions; {@link SplitPositions} sets them again once the window is on screen. */
    public void applyDefaultLayout() {
        main.setDividerPositions(0.42);
        lower.setDividerPositions(0.6);
    }

    public Parent root() {
        return root;
    }

    /** The session the window shows. */
    public Session session() {
        return session;
    }

    /** The views' hold on the session (a new one after a change of language). */
    public ExplorerModel model() {
        return model;
    }

    public EditionTimeline timeline() {
        return timeline;
    }

    public org.wicexplorer.ui.search.SearchService search() {
        return search.service();
    }

    public ReaderPane reader() {
        return reader;
    }

    public DetailView detail() {
        return detail;
    }

    /** Adds a feature's menu to the status bar, in its slot: the bar keeps the slots' declared order. */
    public void addToStatusBar(StatusSlot slot, Node control) {
        statusBar.addMenu(slot, control);
    }

    /** Import and export (status bar). */
    public DataMenu dataMenu() {
        return dataMenu;
    }

    /** Lets go of a search index of the window's own (a window built without the composition root). */
    public void close() {
        if (ownsSearch) {
            search.service().close();
        }
    }

    /** The dialogs this window's features show. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** Presentation mode and tours. */
    public Classroom classroom() {
        return classroom;
    }

    /** Export and print. */
    public ExportMenu exportMenu() {
        return exportMenu;
    }

    private void returnFromPresentation(String editionId) {
        showEdition(editionId);
        timeline.view().requestFocus();
    }

    private Node statusBar() {
        Label counts = new Label();
        counts.setId("status-counts");
        Tooltip tip = new Tooltip();
        counts.setTooltip(tip);
        // The counts are the library's: an added edition or person counts at once.
        counts.textProperty().bind(Bindings.createStringBinding(() -> {
            Dataset d = model.dataset();
            return I18n.t("status.counts", d.editions().size(), d.people().size(),
                    d.controversies().size(), d.conflicts().size(), d.citations().size());
        }, model.libraryProperty()));
        tip.textProperty().bind(counts.textProperty());
        StatusBar bar = new StatusBar();
        statusBar = bar;
        bar.addMessage(counts);
        // The menus sit together at the right, presenting last, where slide software keeps its slide-show button.
        bar.addMenu(StatusSlot.DATA, dataMenu.node());
        exportMenu = new ExportMenu(exportModel, timeline.view(), root);
        exportMenu.setSelection(() -> session.selectedEdition() == null ? null : session.selectedEdition().id(),
                () -> reader.openSources());
        classroom.setDeckExport(exportMenu::exportDeck);
        for (Node control : exportMenu.controls()) {
            if (control instanceof Label || control instanceof javafx.scene.control.ProgressBar
                    || control instanceof javafx.scene.control.Hyperlink) {
                bar.addMessage(control);
            } else {
                bar.addMenu(StatusSlot.EXPORT, control);
            }
        }
        classroom.controls().forEach(c -> bar.addMenu(StatusSlot.CLASSROOM, c));
        exportMenu.setOpener(file -> browse(file.toUri().toString()));
        return bar;
    }

    private void startComparison() {
        Edition selected = session.selectedEdition();
        show(new Destination.Compare(selected == null ? null : selected.id()));
    }

    @Override
    public void showEdition(String editionId) {
        show(new Destination.EditionPane(editionId, Destination.Pane.OVERVIEW));
    }

    @Override
    public void showCitation(Citation citation) {
        reader.show(citation);
    }

    @Override
    public void openDocument(String seedId) {
        reader.open(seedId);
    }

    @Override
    public void showPerson(String personId) {
        show(new Destination.PersonPage(personId));
    }

    @Override
    public void browse(String url) {
        if (hostServices != null) {
            hostServices.showDocument(url);
        }
    }
}
