package org.wicexplorer.app;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.search.SearchService;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code --smoke-test}: proves that an installed app works. Once the window is shown and laid out it
 * runs {@link #checks}, prints one line ({@code loaded: 13 editions, …}) and exits 0; any failure, an
 * uncaught exception or no result within a minute exits non-zero. CI runs it on the installed .deb.
 */
final class SmokeTest {
    private static final long TIMEOUT_MS = 60_000;

    private final Stage stage;
    private final MainWindow window;
    private final StartupData data;
    private final Runnable saveSettings;
    /** A Chinese query exercises the analysers, the folding table and the aliases at once. */
    private static final String SEARCH_PROBE = "网络主权";
    private String searchSeen;

    private SmokeTest(Stage stage, MainWindow window, StartupData data, Runnable saveSettings) {
        this.stage = stage;
        this.window = window;
        this.data = data;
        this.saveSettings = saveSettings;
    }

    /** Called by ExplorerApp.start once the stage is shown; the checks run after the first layout. */
    static void start(Stage stage, MainWindow window, StartupData data, Runnable saveSettings) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> fail(e));
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(TIMEOUT_MS);
            } catch (InterruptedException e) {
                return;
            }
            System.err.println("smoke test: no result after " + TIMEOUT_MS / 1000 + " s");
            Runtime.getRuntime().halt(3);
        }, "smoke-test-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        SmokeTest test = new SmokeTest(stage, window, data, saveSettings);
        Platform.runLater(() -> Platform.runLater(test::openTopicFilter));
    }

    /** Opening the ControlsFX CheckComboBox builds its skin and popup: ControlsFX must work installed. */
    private void openTopicFilter() {
        try {
            check(stage.isShowing() && window.root().getLayoutBounds().getWidth() > 0, "the window is not shown");
            topicFilter().show();
            PauseTransition settle = new PauseTransition(Duration.millis(500));
            settle.setOnFinished(e -> finish());
            settle.play();
        } catch (Throwable e) {
            fail(e);
        }
    }

    /** The search index builds in the background at start-up; the installed app must finish it and answer. */
    private void finish() {
        SearchService search = window.search();
        search.failureProperty().addListener((o, old, error) -> fail(error));
        if (search.readyProperty().get()) {
            query(search);
        } else {
            search.readyProperty().addListener((o, was, ready) -> {
                if (ready) {
                    query(search);
                }
            });
        }
    }

    private void query(SearchService search) {
        search.searchOnce(SEARCH_PROBE, results -> {
            try {
                check(!results.hits().isEmpty(), "the search index finds nothing for " + SEARCH_PROBE);
                searchSeen = "search index finds " + results.hits().size() + " hits for " + SEARCH_PROBE;
                report();
            } catch (Throwable e) {
                fail(e);
            }
        });
    }

    private void report() {
        try {
            System.out.println("loaded: " + String.join(", ", checks()));
            System.out.flush();
            Platform.exit();
        } catch (Throwable e) {
            fail(e);
        }
    }

    /**
     * Each check proves one thing and says what it saw; add one here when a feature must be proven in
     * the installed app (the search index, for instance).
     */
    private List<String> checks() throws Exception {
        List<String> seen = new ArrayList<>();
        Dataset d = data.dataset();
        check(!d.editions().isEmpty() && data.rejected().isEmpty(), "no dataset");
        seen.add(d.editions().size() + " editions, " + d.people().size() + " people, "
                + d.controversies().size() + " controversies, " + d.citations().size() + " citations");
        seen.add(data.requested() == null ? "bundled dataset" : "dataset " + data.requested().getFileName());
        check(!data.seeds().documents().isEmpty(), "no seed documents");
        seen.add(data.seeds().documents().size() + " seed documents");
        seen.add(topicFilterPopup());
        seen.add(controlsOnScreen());
        seen.add(controlsFxAccess());
        seen.add(autoCompletion());
        seen.add(font());
        seen.add(userData());
        seen.add(searchSeen);
        return seen;
    }

    private CheckComboBox<?> topicFilter() {
        Node node = window.root().lookup("#topic-filter");
        check(node instanceof CheckComboBox, "no topic filter");
        return (CheckComboBox<?>) node;
    }

    /**
     * On a small screen (CI runs it at 1024×768 too) every menu of the status bar and the toolbar's filters
     * lie inside the window with their whole names: nothing cut to "…", nothing behind an overflow menu.
     */
    private String controlsOnScreen() {
        window.root().applyCss();
        window.root().layout();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        check(stage.getX() >= screen.getMinX() - 0.5 && stage.getY() >= screen.getMinY() - 0.5
                && stage.getX() + stage.getWidth() <= screen.getMaxX() + 0.5
                && stage.getY() + stage.getHeight() <= screen.getMaxY() + 0.5, "the window reaches off the screen");
        double w = stage.getScene().getWidth();
        double h = stage.getScene().getHeight();
        List<Node> controls = new ArrayList<>(window.root().lookupAll(".status-bar .menu-button"));
        window.root().lookupAll(".status-bar .button").forEach(controls::add);
        for (String id : List.of("#topic-filter", "#toolbar-lanes", "#toolbar-compressed")) {
            Node n = window.root().lookup(id);
            check(n != null, "no " + id);
            controls.add(n);
        }
        for (Node c : controls) {
            if (!c.isVisible()) {
                continue;
            }
            javafx.geometry.Bounds b = c.localToScene(c.getBoundsInLocal());
            check(b.getMinX() >= 0 && b.getMaxX() <= w + 0.5 && b.getMinY() >= 0 && b.getMaxY() <= h + 0.5,
                    c.getId() + " lies outside the " + (int) w + "×" + (int) h + " window");
            if (c instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
                boolean whole = c.lookupAll(".text").stream().anyMatch(
                        t -> t instanceof javafx.scene.text.Text text && full.equals(text.getText()));
                check(whole, c.getId() + " does not show its whole name '" + full + "'");
            }
        }
        return controls.size() + " menus and filters whole in " + (int) w + "×" + (int) h;
    }

    private String topicFilterPopup() {
        CheckComboBox<?> topics = topicFilter();
        int boxes = Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .mapToInt(w -> w.getScene().getRoot().lookupAll(".check-box").size())
                .sum();
        check(boxes > 0, "the topic filter's popup shows no check boxes");
        topics.getCheckModel().check(0);
        check(window.model().topicFilter().size() == 1, "checking a topic does not filter");
        topics.getCheckModel().clearChecks();
        topics.hide();
        return "topic filter popup with " + boxes + " of " + topics.getItems().size() + " topics";
    }

    /**
     * ControlsFX auto-completion is what fails first without the launcher's --add-exports: binding it
     * reaches into JavaFX internals. Feeding it input must produce no error.
     */
    private String autoCompletion() {
        // The People tab is built when first shown (start-up cost), so show it as a user would.
        window.showPerson(window.model().dataset().people().get(0).id());
        window.root().applyCss();
        window.root().layout();
        Node field = window.root().lookup("#people-filter");
        check(field != null, "no people finder");
        Object binding = field.getProperties().get(org.wicexplorer.ui.people.PeopleTab.AUTO_COMPLETION);
        check(binding instanceof org.controlsfx.control.textfield.AutoCompletionBinding, "people finder has no auto-completion");
        ((org.controlsfx.control.textfield.AutoCompletionBinding<?>) binding).setUserInput("Ma");
        return "people finder auto-completion bound";
    }

    /** The launcher must pass ControlsFX's --add-exports/--add-opens (jpackage --java-options). */
    private static String controlsFxAccess() {
        Module controlsFx = CheckComboBox.class.getModule();
        if (!controlsFx.isNamed()) {
            return "ControlsFX on the class path";
        }
        Map<String, String> exports = Map.of(
                "com.sun.javafx.event", "javafx.base",
                "com.sun.javafx.collections", "javafx.base",
                "com.sun.javafx.scene.control", "javafx.controls",
                "com.sun.javafx.scene.control.behavior", "javafx.controls");
        exports.forEach((pkg, module) -> check(module(module).isExported(pkg, controlsFx),
                "--add-exports=" + module + "/" + pkg + "=org.controlsfx.controls is missing"));
        check(module("javafx.graphics").isOpen("javafx.scene", controlsFx),
                "--add-opens=javafx.graphics/javafx.scene=org.controlsfx.controls is missing");
        return "ControlsFX exports and opens in place";
    }

    private static Module module(String name) {
        return ModuleLayer.boot().findModule(name).orElseThrow(() -> new IllegalStateException("no module " + name));
    }

    private String font() {
        check(Fonts.loaded(), "the bundled font did not load");
        Node title = window.root().lookup(".app-title");
        String family = title instanceof Labeled l ? l.getFont().getFamily() : "?";
        check(Fonts.FAMILY.equals(family), "the window's text uses " + family + ", not the bundled font");
        return "font " + family;
    }

    /** Saves the settings the usual way: user data goes to the user's folder, never the installation. */
    private String userData() {
        saveSettings.run();
        SettingsStore store = SettingsStore.inUserDataHome();
        check(Files.isRegularFile(store.file()), "settings were not saved to " + store.file());
        return "settings in " + store.file();
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            throw new IllegalStateException(problem);
        }
    }

    private static void fail(Throwable e) {
        System.out.flush();
        System.err.println("smoke test failed: " + e);
        e.printStackTrace();
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }
}
