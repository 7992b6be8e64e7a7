package org.wicexplorer.app;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.timeline.TimelineView;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The View menu on the real application: language, theme and text size change the window at once and are
 * there again on the next start (a new application reading the same settings file).
 */
class DisplayChoicesTest {
    @TempDir
    Path home;
    private String userdirBefore;
    private Stage stage;
    private ExplorerApp app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void startInEnglish() throws Exception {
        userdirBefore = System.getProperty("wic.userdir");
        System.setProperty("wic.userdir", home.toString());
        SettingsStore.inUserDataHome().save(UserSettings.defaults().withWindow(0, 0, 1280, 760, false).withLanguage("en").withEdition("wic-2016"));
        stage = FxToolkit.registerPrimaryStage();
        launch();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        I18n.use(Locale.ENGLISH);
        if (userdirBefore == null) {
            System.clearProperty("wic.userdir");
        } else {
            System.setProperty("wic.userdir", userdirBefore);
        }
    }

    private void launch() throws Exception {
        app = new ExplorerApp();
        FxToolkit.setupApplication(() -> app);
        waitUntil(() -> stage.isShowing() && stage.getScene() != null);
    }

    @Test
    void switchingToChineseRelabelsTheSameWindowKeepsItsStateAndIsRemembered() throws Exception {
        assertEquals(I18n.t("tab.overview"), selectedTabText());
        robot.interact(() -> app.window().detail().tabs().getSelectionModel().select(2));
        String reading = app.window().model().seeds().documents().get(0).id();
        robot.interact(() -> app.window().reader().open(reading));
        String tabBefore = selectedTabText();
        double width = stage.getWidth();
        javafx.scene.Parent root = stage.getScene().getRoot();
        org.wicexplorer.ui.MainWindow window = app.window();

        choose(I18n.t("view.language"), I18n.t("view.language.zh"));

        waitUntil(() -> "zh".equals(I18n.locale().getLanguage()));
        waitUntil(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getScene() != null);
        String tabAfter = selectedTabText();
        assertNotEquals(tabBefore, tabAfter);
        assertEquals(new org.wicexplorer.ui.Destination.EditionPane(null, org.wicexplorer.ui.Destination.Pane.SPEAKERS),
                WaitForAsyncUtils.asyncFx(() -> app.window().destination()).get(), "the same pane is shown");
        assertTrue(tabAfter.matches(".*\\p{IsHan}.*"), "the tab is in Chinese: " + tabAfter);
        assertEquals("显示", ((Labeled) stage.getScene().lookup("#view-menu")).getText());
        assertTrue(robot.lookup(".status-bar .label").queryAs(Label.class).getText().contains("届"));
        assertEquals("wic-2016", app.window().model().selectedEdition().id(), "the edition is kept");
        assertEquals(reading, app.window().reader().documentId(), "the reader keeps its document");
        assertEquals(width, stage.getWidth(), "the window keeps its size");
        assertSame(root, stage.getScene().getRoot(), "the same root");
        assertSame(window, app.window(), "the same window");
        assertTrue(app.window().timeline().view().getSelectedItem().label().length() > 0);
        app.flushSettings();
        assertTrue(new SettingsStore(home.resolve("settings.json")).load().language().startsWith("zh"));

        // A new start reads the same settings file.
        FxToolkit.cleanupApplication(app);
        I18n.use(Locale.ENGLISH);
        launch();
        assertTrue(selectedTabText().matches(".*\\p{IsHan}.*"), "Chinese again after a restart");
        assertEquals("wic-2016", app.window().model().selectedEdition().id());
    }

    @Test
    void ctrlPlusGrowsTheInterfaceAndCtrlZeroRestoresIt() throws Exception {
        Label counts = robot.lookup(".status-bar .label").queryAs(Label.class);
        TimelineView timeline = app.window().timeline().view();
        double label = counts.getFont().getSize();
        double canvasFont = timeline.getFont().getSize();
        robot.clickOn(timeline);

        robot.press(KeyCode.CONTROL).type(KeyCode.PLUS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> counts.getFont().getSize() > label * 1.2);
        assertTrue(timeline.getFont().getSize() > canvasFont * 1.2, "the timeline's drawn text grows too");
        app.flushSettings();
        assertEquals(1.3, new SettingsStore(home.resolve("settings.json")).load().fontScale(), 1e-9);

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> counts.getFont().getSize() == label);
        robot.press(KeyCode.CONTROL).type(KeyCode.MINUS).release(KeyCode.CONTROL);
        waitUntil(() -> counts.getFont().getSize() < label);
        app.flushSettings();
        assertEquals(0.9, new SettingsStore(home.resolve("settings.json")).load().fontScale(), 1e-9);
    }

    @Test
    void themesRecolourTheWindowAndAreRemembered() throws Exception {
        choose(I18n.t("view.theme"), I18n.t("theme.dark"));
        waitUntil(() -> stage.getScene().getStylesheets().contains(Theme.DARK.stylesheet()));
        waitUntil(() -> Color.web("#292d34").equals(fill(".status-bar")));
        app.flushSettings();
        assertEquals("dark", new SettingsStore(home.resolve("settings.json")).load().theme());

        // A dialog is a scene of its own; it follows the theme too.
        robot.clickOn(stage.getScene().lookup("#edit-menu"));
        robot.clickOn(menuLabel(I18n.t("userdata.noteOnEdition")));
        waitUntil(() -> robot.lookup("#note-editor").tryQuery().isPresent());
        Node editor = robot.lookup("#note-editor").query();
        assertTrue(editor.getScene().getStylesheets().contains(Theme.DARK.stylesheet()),
                editor.getScene().getStylesheets()::toString);
        robot.interact(() -> editor.getScene().getWindow().hide());

        choose(I18n.t("view.theme"), I18n.t("theme.high-contrast"));
        waitUntil(() -> Color.web("#141414").equals(fill(".status-bar")));
        assertTrue(!stage.getScene().getStylesheets().contains(Theme.DARK.stylesheet()), "one theme at a time");

        FxToolkit.cleanupApplication(app);
        launch();
        waitUntil(() -> Color.web("#141414").equals(fill(".status-bar")));
    }

    /** Opens the View menu and a submenu, then clicks an item, as a user does. */
    private void choose(String submenu, String item) {
        robot.clickOn(stage.getScene().lookup("#view-menu"));
        robot.clickOn(menuLabel(submenu));
        // Across into the submenu first, as a hand does, so the pointer never crosses the next entry down.
        robot.clickOn(menuLabel(item), Motion.HORIZONTAL_FIRST);
    }

    private Node menuLabel(String text) {
        waitUntil(() -> robot.lookup(".context-menu").lookup((Node n) -> n instanceof Label l
                && text.equals(l.getText()) && n.getScene() != null).tryQuery().isPresent());
        return robot.lookup(".context-menu").lookup((Node n) -> n instanceof Label l && text.equals(l.getText())
                && n.getScene() != null).query();
    }

    private Object fill(String query) {
        Region r = robot.lookup(query).queryAs(Region.class);
        return r.getBackground() == null ? null : r.getBackground().getFills().get(0).getFill();
    }

    private String selectedTabText() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            TabPane tabs = (TabPane) stage.getScene().getRoot().lookup(".tab-pane");
            Tab tab = tabs.getSelectionModel().getSelectedItem();
            return tab.getText();
        }).get();
    }

    private static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition).get();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }
}
