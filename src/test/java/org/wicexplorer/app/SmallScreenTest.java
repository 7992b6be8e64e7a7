package org.wicexplorer.app;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.data.SettingsStore;
import org.wicexplorer.data.UserSettings;
import org.wicexplorer.ui.I18n;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A classroom projector (1024×768, 1280×720) and larger text: the real application, started on such a
 * window, shows every status-bar menu and the toolbar's lanes, compressed-axis and topic controls on
 * screen with their whole names (nothing shortened to "…" or hidden behind "»"), and the edition header's
 * badge leaves the date chip readable.
 */
class SmallScreenTest {
    @TempDir
    Path home;
    private String userdirBefore;
    private ExplorerApp app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        // The primary stage is shared: leave it at the app's default size for the next test class.
        Stage stage = FxToolkit.registerPrimaryStage();
        robot.interact(() -> {
            stage.setWidth(1440);
            stage.setHeight(900);
        });
        I18n.use(Locale.ENGLISH);
        if (userdirBefore == null) {
            System.clearProperty("wic.userdir");
        } else {
            System.setProperty("wic.userdir", userdirBefore);
        }
    }

    @ParameterizedTest(name = "{0}×{1}, {2}, {3}, text {4}")
    @CsvSource({
            "1024, 768, en, light, 1.0",
            "1024, 768, en, high-contrast, 1.5",
            "1024, 768, zh-CN, dark, 1.5",
            "1280, 720, en, dark, 1.5",
    })
    void everyMenuAndFilterKeepsItsName(int width, int height, String language, String theme, double scale)
            throws Exception {
        userdirBefore = System.getProperty("wic.userdir");
        System.setProperty("wic.userdir", home.toString());
        SettingsStore.inUserDataHome().save(new UserSettings(0.0, 0.0, (double) width, (double) height, false,
                null, language, null, theme, scale));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = new ExplorerApp();
        FxToolkit.setupApplication(() -> app);
        waitUntil(() -> stage.isShowing() && stage.getScene() != null && app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> problems = fx(() -> {
            Parent root = stage.getScene().getRoot();
            // A long outcome of an export, as after saving the handout: it is the message that gets shortened.
            app.window().exportMenu().model().tell(
                    I18n.t("export.savedPdf", "wic-handout-for-the-whole-class-2026.pdf", 26) + " " + "—".repeat(40), false);
            root.applyCss();
            root.layout();
            List<String> found = new ArrayList<>();
            double w = stage.getScene().getWidth();
            double h = stage.getScene().getHeight();
            found.addAll(w <= width && h <= height ? List.of() : List.of("the window is " + w + "×" + h));
            List<Node> controls = new ArrayList<>();
            for (Node n : root.lookupAll(".status-bar *")) {
                if (n instanceof ButtonBase b && b.isVisible() && b.isManaged()) {
                    controls.add(b);
                }
            }
            for (String id : List.of("#topic-filter", "#toolbar-lanes", "#toolbar-compressed", "#search-field")) {
                Node n = root.lookup(id);
                if (n == null) {
                    found.add("no " + id + " in the window (hidden behind an overflow menu?)");
                } else {
                    controls.add(n);
                }
            }
            for (Node c : controls) {
                String name = c.getId() + (c instanceof Labeled l ? " '" + l.getText() + "'" : "");
                Bounds b = c.localToScene(c.getBoundsInLocal());
                if (b.getMinX() < 0 || b.getMaxX() > w + 0.5 || b.getMinY() < 0 || b.getMaxY() > h + 0.5) {
                    found.add(name + " lies outside the " + w + "×" + h + " window: " + b);
                }
                for (Text t : shortened(c)) {
                    found.add(name + " shows '" + t.getText() + "'");
                }
            }
            Node badge = root.lookup("#disputed-badge");
            Node date = root.lookup(".dates-chip");
            if (badge != null && badge.isVisible() && date != null
                    && badge.localToScene(badge.getBoundsInLocal()).intersects(date.localToScene(date.getBoundsInLocal()))) {
                found.add("the disputed badge covers the date chip");
            }
            found.add(controls.size() >= 10 ? "" : "only " + controls.size() + " controls found");
            // In the 中文 interface the header's large title is the Chinese name, the English one below it.
            String title = ((javafx.scene.control.Label) root.lookup(".edition-title")).getText();
            boolean chinese = title.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            found.add(chinese == language.startsWith("zh") ? "" : "the header's title in " + language + ": " + title);
            found.removeIf(String::isEmpty);
            return found;
        });
        assertEquals(List.of(), problems);
        assertTrue(fx(() -> stage.getScene().getRoot().lookupAll(".status-bar .menu-button").size()) >= 4);
    }

    /** The text nodes of a control that show less than their label says: cut to "…" (or to nothing). */
    private static List<Text> shortened(Node control) {
        List<Text> out = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        all.add(control);
        if (control instanceof Parent p) {
            all.addAll(p.lookupAll("*"));
        }
        for (Node n : all) {
            if (n instanceof Labeled l && l.isVisible() && l.getText() != null && !l.getText().isBlank()) {
                String full = l.isMnemonicParsing() ? l.getText().replace("_", "") : l.getText();
                for (Node child : l.getChildrenUnmodifiable()) {
                    if (child instanceof Text t && !full.equals(t.getText())) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.asyncFx(condition).get();
        });
    }
}
