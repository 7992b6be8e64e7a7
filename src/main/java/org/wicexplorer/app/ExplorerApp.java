package org.wicexplorer.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.CoalescingSaver;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.present.Motion;
import org.wicexplorer.ui.userdata.UserDataUi;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.util.Locale;
import java.util.stream.Collectors;

/** The JavaFX application: loads the data, builds the main window and remembers its size and selection. */
public final class ExplorerApp extends Application {
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;

    private CommandLine options;
    private StartupData data;
    private SettingsStore store;
    /** Writes the settings off the FX thread; a burst of changes (a window dragged, Ctrl+ held) is one save. */
    private CoalescingSaver<UserSettings> settingsSaver;
    /** The services, the window and its scene, built once (the composition root). */
    private Explorer explorer;
    private UserSettings settings;
    private UserDataUi userData;
    private Stage stage;
    private DisplayPreferences display;

    static void launchWith(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void init() throws Exception {
        LaunchMetrics.mark("toolkit-init");
        options = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        if (options.reducedMotion()) {
            System.setProperty(Motion.PROPERTY, "true");
        }
        // The bundled font first: it loads while the preload (Main) may still be reading the data.
        Fonts.load();
        // Loaded while the toolkit started (Main); see StartupPreload.
        StartupPreload.Loaded loaded = StartupPreload.take(options);
        store = loaded.store();
        SettingsStore target = store;
        settingsSaver = new CoalescingSaver<>("wic-settings", target::save, e -> System.err.println(
                "wic-explorer: could not save settings to " + target.file() + ": " + e.getMessage()));
        settings = loaded.settings();
        if (settings.language() != null) {
            I18n.use(Locale.forLanguageTag(settings.language()));
        }
        data = loaded.data();
        LaunchMetrics.mark("init-done");
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        LaunchMetrics.mark("start");
        display = new DisplayPreferences(Theme.of(settings.theme()), settings.fontScale());
        explorer = Explorer.assemble(data, UserDataStore.inUserDataHome(), display, getHostServices());
        userData = explorer.userData();
        LaunchMetrics.mark("assembled");
        MainWindow window = explorer.window();
        display.themeProperty().addListener((obs, old, t) -> remember(settings.withTheme(t.id())));
        display.scaleProperty().addListener((obs, old, s) -> remember(settings.withFontScale(s.doubleValue())));
        explorer.onLanguageChosen(locale -> remember(settings.withLanguage(locale.toLanguageTag())));
        stage.setTitle(AppInfo.NAME);
        stage.setScene(explorer.scene());
        placeWindow(stage);
        // The remembered edition may be gone (a user-made one reset since): then the first.
        Dataset shown = window.model().dataset();
        window.model().select(settings.edition() != null && shown.edition(settings.edition()).isPresent()
                ? settings.edition() : shown.editions().get(0).id());
        wire(explorer.window());
        stage.setOnHidden(e -> save(stage));
        LaunchMetrics.mark("show");
        stage.show();
        LaunchMetrics.mark("shown");
        // Keys go to the timeline first: arrows move between editions straight away.
        window.timeline().view().requestFocus();
        Platform.runLater(userData::reportStartup);
        if (!data.rejected().isEmpty()) {
            Platform.runLater(this::reportRejectedDataset);
        }
        if (options.tour() != null) {
            Platform.runLater(() -> window.classroom().openTour(options.tour()));
        }
        if (options.present()) {
            Platform.runLater(() -> window.classroom().present(0, false));
        }
        if (options.smokeTest()) {
            SmokeTest.start(stage, window, data, () -> {
                save(stage);
                flushSettings();
            });
        }
        if (options.benchmark()) {
            BenchmarkProbe.start(stage, window);
        }
    }

    /**
     * Relabels the window in the current language (texts are read when views are built): the same window and
     * scene, its views built again from the session, so the size, place, theme, text size, edition,
     * destination, reader, search and tour stay.
     */
    void reopenWindow() {
        explorer.window().relabel();
    }

    /** The one window of the run, for tests. */
    MainWindow window() {
        return explorer == null ? null : explorer.window();
    }

    /** The user's layer, for tests that edit as the Edit menu does. */
    UserDataService userDataService() {
        return userData.service();
    }

    /** Waits until the settings chosen so far are on disk (tests, the smoke test). */
    void flushSettings() {
        settingsSaver.flush();
    }

    /** Display choices are saved at once (off the FX thread), not only when the window closes. */
    private void remember(UserSettings changed) {
        settings = changed;
        if (stage != null) {
            save(stage);
        }
    }

    /** Remembers what the user chooses in the window: the session's edition and axis mode. */
    private void wire(MainWindow window) {
        window.session().selectedEditionProperty().addListener((obs, old, e) -> {
            if (e != null) {
                settings = settings.withEdition(e.id());
            }
        });
        if (Boolean.TRUE.equals(settings.compressedAxis())) {
            window.session().compressedAxisProperty().set(true);
        }
        window.session().compressedAxisProperty().addListener(
                (obs, was, on) -> settings = settings.withCompressedAxis(on));
    }

    /** Every user edit is on disk before the JVM exits. */
    @Override
    public void stop() {
        if (explorer != null) {
            explorer.close();
        }
        if (settingsSaver != null) {
            settingsSaver.close();
        }
    }

    /** Restores the last size and place, but only where it is still on a screen. */
    private void placeWindow(Stage stage) {
        double width = settings.width() != null ? settings.width() : DEFAULT_WIDTH;
        double height = settings.height() != null ? settings.height() : DEFAULT_HEIGHT;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(width, screen.getWidth()));
        stage.setHeight(Math.min(height, screen.getHeight()));
        if (settings.x() != null && settings.y() != null
                && !Screen.getScreensForRectangle(settings.x(), settings.y(), 100, 100).isEmpty()) {
            // Kept on the screen whole: a window last placed on a larger screen (1600 px, now a 1024 px projector).
            stage.setX(Math.max(screen.getMinX(), Math.min(settings.x(), screen.getMaxX() - stage.getWidth())));
            stage.setY(Math.max(screen.getMinY(), Math.min(settings.y(), screen.getMaxY() - stage.getHeight())));
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(Boolean.TRUE.equals(settings.maximized()));
    }

    /** A maximised window keeps the normal bounds it had before, so un-maximising next time restores them. */
    private void save(Stage stage) {
        UserSettings toSave = stage.isMaximized()
                ? settings.withWindow(orElse(settings.x(), stage.getX()), orElse(settings.y(), stage.getY()),
                        orElse(settings.width(), DEFAULT_WIDTH), orElse(settings.height(), DEFAULT_HEIGHT), true)
                : settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        settingsSaver.submit(toSave);
    }

    private static double orElse(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    private void reportRejectedDataset() {
        String problems = data.rejected().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        System.err.println("wic-explorer: " + data.requested() + " cannot be used; showing the bundled dataset.");
        System.err.println(problems);
        explorer.dialogs().problems(AppInfo.NAME, I18n.t("startup.rejected", data.requested()), data.rejected(), null);
    }
}
