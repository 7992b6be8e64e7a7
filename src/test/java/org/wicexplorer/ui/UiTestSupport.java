package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the window tests share: the real window on the bundled data, and ways to wait for what a user waits for. */
final class UiTestSupport {
    static final long TIMEOUT_SECONDS = 30;

    private UiTestSupport() {
    }

    /** The app's default window size, so the tests see the layout a first-time user sees. */
    static MainWindow show(Stage stage) throws Exception {
        I18n.use(Locale.ENGLISH);
        StartupData data = StartupData.load(null);
        MainWindow window = new MainWindow(data.dataset(), data.seeds(), null);
        Scene scene = new Scene(window.root(), 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/wicexplorer/ui/app.css").toExternalForm());
        stage.setScene(scene);
        // The stage is shared by the test classes: one that resized it (a projector's 1024×768) must not
        // leave the next with a smaller window than the scene asks for.
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        return window;
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
