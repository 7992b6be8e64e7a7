package org.wicexplorer.app;

import javafx.application.HostServices;
import javafx.scene.Scene;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.FxDialogService;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.StatusSlot;
import org.wicexplorer.ui.Styles;
import org.wicexplorer.ui.search.SearchService;
import org.wicexplorer.ui.userdata.UserDataUi;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The composition root: builds the run's services (the user's layer, the one search index), the window over
 * them and its scene, once per run. {@link ExplorerApp} assembles the app with it, and so does every UI test,
 * so the tests drive the window users get: the View and Edit menus, the user's layer, the shared search.
 */
public final class Explorer implements AutoCloseable {
    private final StartupData data;
    private final DisplayPreferences display;
    private final HostServices host;
    private final SearchService search;
    private final UserDataUi userData;
    private Scene scene;
    private final DialogService dialogs;
    private final List<Consumer<MainWindow>> onWindow = new ArrayList<>();
    private Consumer<Locale> onLanguage = locale -> { };

    private Explorer(StartupData data, UserDataStore store, DisplayPreferences display, HostServices host,
                     DialogService dialogs) {
        this.data = data;
        this.display = display;
        this.host = host;
        this.dialogs = dialogs != null ? dialogs
                : new FxDialogService(() -> scene == null ? null : scene.getWindow());
        this.search = SearchService.startingLater(data.dataset(), data.seeds());
        this.userData = new UserDataUi(UserDataService.open(data.dataset(), data.seeds(), store), this.dialogs,
                this::newWindow, this::wire);
        MainWindow window = userData.createWindow();
        this.scene = new Scene(window.root());
        Styles.addTo(scene.getStylesheets());
        Fonts.apply(scene.getStylesheets());
        display.attach(scene);
        wire(window);
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

    /** Every dialog of the run. */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The scene the window lives in for the whole run; its root changes when the window is rebuilt. */
    public Scene scene() {
        return scene;
    }

    /** The window now. */
    public MainWindow window() {
        return userData.window();
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

    /** Runs for the window now and every window after it (the app remembers choices made in each). */
    public void onEachWindow(Consumer<MainWindow> action) {
        onWindow.add(action);
        action.accept(window());
    }

    /** Hears the language chosen in the View menu, after the window has been relabelled. */
    public void onLanguageChosen(Consumer<Locale> action) {
        onLanguage = action;
    }

    /** Switches the interface language and relabels the window, keeping its state and the search index. */
    public void switchLanguage(Locale locale) {
        I18n.use(locale);
        userData.rebuild();
        onLanguage.accept(I18n.locale());
    }

    /** A window on a dataset: the run's search index, brought up to the dataset in place, and the View menu. */
    private MainWindow newWindow(Dataset dataset) {
        search.update(dataset, data.seeds(), update -> { });
        MainWindow window = new MainWindow(dataset, data.seeds(), host, search, dialogs);
        window.addToStatusBar(StatusSlot.VIEW, display.menu(this::switchLanguage));
        return window;
    }

    private void wire(MainWindow window) {
        window.dataMenu().setTarget(userData.importTarget());
        onWindow.forEach(action -> action.accept(window));
    }

    /** Saves the user's last edits and lets the search index go. */
    @Override
    public void close() {
        userData.service().close();
        search.close();
    }
}
