package org.wicexplorer.ui;

import javafx.application.HostServices;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
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
import org.wicexplorer.ui.export.ExportMenu;
import org.wicexplorer.ui.people.PeopleTab;
import org.wicexplorer.ui.present.Classroom;
import org.wicexplorer.ui.reader.ReaderPane;
import org.wicexplorer.ui.search.SearchFeature;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.ui.timeline.TimelineItem;

import java.util.List;

/**
 * The explorer window's content: the timeline across the top, the selected edition's details below it,
 * and the source reader beside them. It is also the one {@link Navigator}, so views ask it to move.
 */
public final class MainWindow implements Navigator {
    private final ExplorerModel model;
    private final HostServices hostServices;
    private final BorderPane root = new BorderPane();
    private final DetailView detail;
    private final ReaderPane reader;
    private final PeopleTab people;
    private final CompareTab compare;
    private final EditionTimeline timeline;
    private final SplitPane main;
    private SearchFeature search;
    private final SplitPane lower;
    private final Classroom classroom;
    private StatusBar statusBar;
    private ExportMenu exportMenu;
    private final DataMenu dataMenu;
    /** Every dialog the window's features show. */
    private final DialogService dialogs;
    /** Whether the search service is this window's own, to close when another window replaces it. */
    private final boolean ownsSearch;

    /** A window with a search index of its own, built in the background once the window is shown. */
    public MainWindow(Dataset dataset, SeedLibrary seeds, HostServices hostServices) {
        this(dataset, seeds, hostServices, SearchService.startingLater(dataset, seeds), null, true);
    }

    /**
     * A window on the run's one search service, which outlives the window: after an edit or a language
     * switch the next window takes it over, and it is updated in place, not rebuilt.
     */
    public MainWindow(Dataset dataset, SeedLibrary seeds, HostServices hostServices, SearchService sharedSearch,
                      DialogService dialogs) {
        this(dataset, seeds, hostServices, sharedSearch, dialogs, false);
    }

    private MainWindow(Dataset dataset, SeedLibrary seeds, HostServices hostServices, SearchService searchService,
                       DialogService dialogs, boolean ownsSearch) {
        this.ownsSearch = ownsSearch;
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> root.getScene() == null ? null : root.getScene().getWindow());
        this.model = new ExplorerModel(dataset, seeds);
        this.hostServices = hostServices;
        CiteContext cite = new CiteContext(dataset, seeds, this);
        root.getStyleClass().add("main-window");
        root.setId("main-window");

        timeline = new EditionTimeline(model);
        reader = new ReaderPane(dataset, seeds, this);
        people = new PeopleTab(cite);
        compare = new CompareTab(model, cite);
        detail = new DetailView(model, cite, this::startComparison);
        // The edition's own tabs first; Compare, Trend and People (everyone, not the edition's) after them.
        detail.addTab(compare);
        search = new SearchFeature(searchService, dataset, seeds, this);
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
        search.installShortcuts(root);
        classroom = new Classroom(model, root, this.dialogs, this::returnFromPresentation);
        classroom.setPassageSource(() -> reader.passage().map(p -> TourStep.passage(p.documentId(), p.text())));
        dataMenu = new DataMenu(model::dataset, seeds, search.service());
        root.setBottom(statusBar(dataset));
        timeline.setOnOpen(this::open);
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

    /** What the detail area shows now, read from the selected tab. */
    public Destination destination() {
        Tab selected = detail.tabs().getSelectionModel().getSelectedItem();
        return Destination.ofTab(selected == null ? null : selected.getId());
    }

    @Override
    public void show(Destination destination) {
        if (destination instanceof Destination.EditionPane pane && pane.editionId() != null) {
            model.select(pane.editionId());
        } else if (destination instanceof Destination.PersonPage person && person.personId() != null) {
            people.showPerson(person.personId());
        } else if (destination instanceof Destination.Compare c && c.leftEditionId() != null) {
            model.dataset().edition(c.leftEditionId()).ifPresent(compare.leftProperty()::set);
        } else if (destination instanceof Destination.Trend trend && trend.query() != null) {
            search.chartTrend(trend.query());
        }
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

    /**
     * Takes over from the window this one replaces in the same scene: its tour and the document open in
     * its reader carry over. A shared search service stays (it is updated in place); a window's own is let go.
     */
    public void replacing(MainWindow previous) {
        classroom.continueFrom(previous.classroom);
        String reading = previous.reader.documentId();
        if (reading != null && model.seeds().document(reading).isPresent()) {
            reader.open(reading);
        }
        if (previous.ownsSearch && previous.search.service() != search.service()) {
            previous.search.service().close();
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

    private Node statusBar(Dataset d) {
        Label counts = new Label(I18n.t("status.counts", d.editions().size(), d.people().size(),
                d.controversies().size(), d.conflicts().size(), d.citations().size()));
        counts.setId("status-counts");
        counts.setTooltip(new javafx.scene.control.Tooltip(counts.getText()));
        StatusBar bar = new StatusBar();
        statusBar = bar;
        bar.addMessage(counts);
        // The menus sit together at the right, presenting last, where slide software keeps its slide-show button.
        bar.addMenu(StatusSlot.DATA, dataMenu.node());
        exportMenu = new ExportMenu(d, model.seeds(), timeline.view(), root);
        exportMenu.setSelection(() -> model.selectedEdition() == null ? null : model.selectedEdition().id(),
                reader::openSources);
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
        Edition selected = model.selectedEdition();
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
