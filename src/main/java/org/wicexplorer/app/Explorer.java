package org.wicexplorer.app;

import javafx.application.HostServices;
import javafx.scene.Scene;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.FxDialogService;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Library;
import org.wicexplorer.ui.Session;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.StatusSlot;
import org.wicexplorer.ui.Styles;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.ui.userdata.UserDataUi;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;
import org.wicexplorer.userdata.UserLayer;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The composition root: builds the run's services (the user's layer, the one search index), the session,
 * the one window over them and its scene, once per run. {@link ExplorerApp} assembles the app with it, and
 * so does every UI test, so the tests drive the window users get: the View and Edit menus, the user's
 * layer, the shared search. A data edit, an undo, a reset or an import sets the session's library (the
 * window follows in place) and brings the search index up to it; a change of language relabels the window.
 */
public final class Explorer implements AutoCloseable {
    private final StartupData data;
    private final DisplayPreferences display;
    private final SearchService search;
    private final UserDataService service;
    private final Session session;
    private final MainWindow window;
    private final UserDataUi userData;
    private final Scene scene;
    private final DialogService dialogs;
    /** The user's layer the session's library was last made from: a note alone changes no data. */
    private UserLayer shown;
    private Consumer<Locale> onLanguage = locale -> { };

    private Explorer(StartupData data, UserDataStore store, DisplayPreferences display, HostServices host,
                     DialogService dialogs) {
        this.data = data;
        this.display = display;
        Scene[] sceneOf = new Scene[1];
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> sceneOf[0] == null ? null : sceneOf[0].getWindow());
        this.service = UserDataService.open(data.dataset(), data.seeds(), store);
        this.shown = service.layer();
        this.session = new Session(Library.of(service.effective(), data.seeds()));
        this.search = SearchService.startingLater(session.dataset(), session.seeds());
        // The index follows the library in place: only what an edit changed is indexed again.
        session.libraryProperty().addListener((obs, old, library) ->
                search.update(library.dataset(), library.seeds(), update -> { }));
        service.addListener(this::layerChanged);
        this.window = new MainWindow(session, host, search, this.dialogs);
        window.whenBuilt(w -> w.addToStatusBar(StatusSlot.VIEW, display.menu(this::switchLanguage)));
        this.userData = new UserDataUi(service, this.dialogs, window);
        window.whenBuilt(w -> w.dataMenu().setTarget(userData.importTarget()));
        this.scene = new Scene(window.root());
        sceneOf[0] = scene;
        Styles.addTo(scene.getStylesheets());
        Fonts.apply(scene.getStylesheets());
        display.attach(scene);
    }

    /**
     * Builds the explorer on loaded data, with the user's layer kept in {@code store} and the display choices
     * given. {@code host} opens web links in the browser (null in tests). On the FX thread.
     */
    public static Explorer assemble(StartupData data, UserDataStore store, DisplayPreferences display, HostServices host) {
        return new Explorer(data, store, display, host, null);
    }

    /** {@link #assemble} with the dialogs shown through {@code dialogs} (tests hand in a recording fake). */
    public static Explorer assemble(StartupData data, UserDataStore store, DisplayPreferences display, HostServices host,
                                    DialogService dialogs) {
        return new Explorer(data, store, display, host, dialogs);
    }

    /** An edit, an undo, a reset or an import of data (not a note or an annotation): the session shows it. */
    private void layerChanged() {
        if (!service.layer().sameItems(shown)) {
            shown = service.layer();
            session.setLibrary(session.library().withDataset(service.effective()));
        }
    }

    /** Every dialog of the run. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The scene the window lives in for the whole run, with the same root. */
    public Scene scene() {
        return scene;
    }

    /** The one window of the run. */
    public MainWindow window() {
        return window;
    }

    /** What the window shows, for the whole run. */
    public Session session() {
        return session;
    }

    public UserDataUi userData() {
        return userData;
    }

    public SearchService search() {
        return search;
    }

    public DisplayPreferences display() {
        return display;
    }

    public StartupData data() {
        return data;
    }

    /** Runs for the window's views now and each time they are built again (after a change of language). */
    public void onEachWindow(Consumer<MainWindow> action) {
        window.whenBuilt(action);
    }

    /** Hears the language chosen in the View menu, after the window has been relabelled. */
    public void onLanguageChosen(Consumer<Locale> action) {
        onLanguage = action;
    }

    /** Switches the interface language and relabels the window, keeping the session, the search and the tour. */
    public void switchLanguage(Locale locale) {
        I18n.use(locale);
        window.relabel();
        onLanguage.accept(I18n.locale());
    }

    /** Saves the user's last edits and lets the search index go. */
    @Override
    public void close() {
        service.close();
        search.close();
    }
}
