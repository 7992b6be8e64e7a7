package org.wicexplorer.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.present.Motion;
import org.wicexplorer.ui.userdata.UserDataUi;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JavaFX application: loads the data, builds the main window and remembers its size and selection. */
public final class ExplorerApp extends Application {
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;

    private CommandLine options;
    private StartupData data;
    private SettingsStore store;
    private UserSettings settings;
    private UserDataUi userData;
    private Stage stage;
    private DisplayPreferences display;

    static void launchWith(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void init() throws Exception {
        options = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        if (options.reducedMotion()) {
            System.setProperty(Motion.PROPERTY, "true");
        }
        // Loaded while the toolkit started (Main); see StartupPreload.
        StartupPreload.Loaded loaded = StartupPreload.take(options);
        store = loaded.store();
        settings = loaded.settings();
        if (settings.language() != null) {
            I18n.use(Locale.forLanguageTag(settings.language()));
        }
        data = loaded.data();
        Fonts.load();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        display = new DisplayPreferences(Theme.of(settings.theme()), settings.fontScale());
        userData = new UserDataUi(UserDataService.open(data.dataset(), data.seeds(), UserDataStore.inUserDataHome()),
                this::newWindow, this::wire);
        MainWindow window = userData.createWindow();
        Scene scene = new Scene(window.root());
        scene.getStylesheets().add(ExplorerApp.class.getResource("/org/wicexplorer/ui/app.css").toExternalForm());
        Fonts.apply(scene.getStylesheets());
        display.attach(scene);
        display.themeProperty().addListener((obs, old, t) -> remember(settings.withTheme(t.id())));
        display.scaleProperty().addListener((obs, old, s) -> remember(settings.withFontScale(s.doubleValue())));
        stage.setTitle(AppInfo.NAME);
        stage.setScene(scene);
        placeWindow(stage);
        // The remembered edition may be gone (a user-made one reset since): then the first.
        Dataset shown = window.model().dataset();
        window.model().select(settings.edition() != null && shown.edition(settings.edition()).isPresent()
                ? settings.edition() : shown.editions().get(0).id());
        wire(window);
        stage.setOnHidden(e -> save(stage));
        stage.show();
        // Keys go to the timeline first: arrows move between editions straight away.
        window.timeline().view().requestFocus();
        Platform.runLater(userData::reportStartup);
        if (!data.rejected().isEmpty()) {
            Platform.runLater(() -> reportRejectedDataset(stage));
        }
        if (options.tour() != null) {
            Platform.runLater(() -> window.classroom().openTour(options.tour()));
        }
        if (options.present()) {
            Platform.runLater(() -> window.classroom().present(0, false));
        }
        if (options.smokeTest()) {
            SmokeTest.start(stage, window, data, () -> save(stage));
        }
        if (options.benchmark()) {
            BenchmarkProbe.start(stage, window);
        }
    }

    /** A window on a dataset, with the View menu (language, theme, text size) in its status bar. */
    private MainWindow newWindow(Dataset dataset) {
        MainWindow window = new MainWindow(dataset, data.seeds(), getHostServices());
        window.addToStatusBar(display.menu(this::switchLanguage));
        return window;
    }

    private void switchLanguage(Locale locale) {
        I18n.use(locale);
        remember(settings.withLanguage(I18n.locale().toLanguageTag()));
        reopenWindow();
    }

    /**
     * Builds the window's content again, e.g. after a language change (texts are read when views are built):
     * the same rebuild as after a data edit, in the same stage and scene, so the size, place, theme and text
     * size stay, and the edition and detail tab are carried over.
     */
    void reopenWindow() {
        userData.rebuild();
    }

    /** The window now, for tests; it changes when the window is rebuilt. */
    MainWindow window() {
        return userData.window();
    }

    /** Display choices are saved at once, not only when the window closes. */
    private void remember(UserSettings changed) {
        settings = changed;
        if (stage != null) {
            save(stage);
        }
    }

    /** Remembers what the user chooses in a window: the first one, and each one rebuilt after an edit. */
    private void wire(MainWindow window) {
        window.dataMenu().setTarget(userData.importTarget());
        window.model().selectedEditionProperty().addListener((obs, old, e) -> {
            if (e != null) {
                settings = settings.withEdition(e.id());
            }
        });
        if (Boolean.TRUE.equals(settings.compressedAxis())) {
            window.timeline().view().setCompressedAxis(true);
        }
        window.timeline().view().compressedAxisProperty().addListener(
                (obs, was, on) -> settings = settings.withCompressedAxis(on));
    }

    /** Every user edit is on disk before the JVM exits. */
    @Override
    public void stop() {
        if (userData != null) {
            userData.service().close();
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
        try {
            store.save(toSave);
        } catch (IOException e) {
            System.err.println("wic-explorer: could not save settings to " + store.file() + ": " + e.getMessage());
        }
    }

    private static double orElse(Double value, double fallback) {
        return value != null ? value : fallback;
    }

    private void reportRejectedDataset(Stage owner) {
        String problems = data.rejected().stream().map(Problem::toString).collect(Collectors.joining("\n"));
        System.err.println("wic-explorer: " + data.requested() + " cannot be used; showing the bundled dataset.");
        System.err.println(problems);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(AppInfo.NAME);
        alert.setHeaderText(I18n.t("startup.rejected", data.requested()));
        DialogLook.apply(alert.getDialogPane());
        TextArea details = new TextArea(problems);
        details.setEditable(false);
        details.setWrapText(true);
        alert.getDialogPane().setContent(details);
        alert.show();
    }
}
