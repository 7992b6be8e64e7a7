package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.Explorer;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the window tests share: the real window on the bundled data, and ways to wait for what a user waits for. */
public final class UiTestSupport {
    static final long TIMEOUT_SECONDS = 30;

    private UiTestSupport() {
    }

    /**
     * The window users get, built by the composition root ({@link Explorer}) as the app builds it, with a fresh
     * user folder of its own, at the app's default size, so the tests see what a first-time user sees.
     */
    public static MainWindow show(Stage stage) throws Exception {
        return explorer(stage).window();
    }

    /** {@link #show}, returning the whole explorer: its user layer, search service and display choices. */
    public static Explorer explorer(Stage stage) throws Exception {
        Path base = Files.createDirectories(Path.of("target", "test-userdir", "ui"));
        return explorer(stage, new UserDataStore(Files.createTempDirectory(base, "window").resolve(UserDataStore.FILE_NAME)));
    }

    /** {@link #explorer(Stage)} with the user's layer in a given file (a restart reads the same one). */
    public static Explorer explorer(Stage stage, UserDataStore store) throws Exception {
        return explorer(stage, store, null);
    }

    /** {@link #explorer(Stage)} whose dialogs go to {@code dialogs} (a {@link RecordingDialogs}); null for real ones. */
    public static Explorer explorer(Stage stage, DialogService dialogs) throws Exception {
        Path base = Files.createDirectories(Path.of("target", "test-userdir", "ui"));
        return explorer(stage, new UserDataStore(Files.createTempDirectory(base, "window").resolve(UserDataStore.FILE_NAME)),
                dialogs);
    }

    private static Explorer explorer(Stage stage, UserDataStore store, DialogService dialogs) throws Exception {
        // A window an earlier test left open (a dialog, a report) would sit over this one and take its clicks.
        for (javafx.stage.Window other : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
            if (other != stage) {
                other.hide();
            }
        }
        I18n.use(Locale.ENGLISH);
        StartupData data = StartupData.load(null);
        Explorer explorer = Explorer.assemble(data, store, new DisplayPreferences(Theme.LIGHT, 1.0), null, dialogs);
        stage.setScene(explorer.scene());
        // The stage is shared by the test classes: one that resized it (a projector's 1024×768) must not
        // leave the next with a smaller window than the scene asks for.
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        return explorer;
    }

    /** On screen: every ancestor visible (unselected tabs stay in the graph) and inside the window. */
    static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight() && b.getMinX() >= 0
                && b.getMaxX() <= node.getScene().getWidth();
    }

    /** True when the node's box lies within the other's box, both in scene coordinates. */
    static boolean within(Node node, Node frame) {
        javafx.geometry.Bounds b = node.localToScene(node.getBoundsInLocal());
        javafx.geometry.Bounds f = frame.localToScene(frame.getBoundsInLocal());
        return b.getMinY() >= f.getMinY() - 1 && b.getMaxY() <= f.getMaxY() + 1;
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return WaitForAsyncUtils.asyncFx(condition).get();
            });
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for the window", e);
        }
    }

    /** The search index is ready when the search field's prompt stops reporting progress. */
    static void waitForSearchIndex(FxRobot robot) {
        TextField field = robot.lookup("#search-field").queryAs(TextField.class);
        waitUntil(() -> field.getPromptText().equals(I18n.t("search.prompt")));
    }

    static String clipboard() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
    }
}
