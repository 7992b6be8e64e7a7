package org.wicexplorer.ui;

import javafx.application.Platform;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps the divider positions a split pane was given. A split pane first laid out in a window that is
 * then resized to its real size (as a restored window is) keeps its panes' pixel sizes, not their
 * proportions, so the positions are set again once the window is on screen.
 */
final class SplitPositions {
    private SplitPositions() {
    }

    static void keepWhenShown(SplitPane... panes) {
        for (SplitPane pane : panes) {
            double[] positions = pane.getDividerPositions().clone();
            pane.sceneProperty().addListener((o, a, scene) -> {
                if (scene != null) {
                    scene.windowProperty().addListener((w, b, window) -> onShown(window, pane, positions));
                    onShown(scene.getWindow(), pane, positions);
                }
            });
        }
    }

    private static void onShown(Window window, SplitPane pane, double[] positions) {
        if (window != null) {
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> pane.setDividerPositions(positions)));
        }
    }
}
