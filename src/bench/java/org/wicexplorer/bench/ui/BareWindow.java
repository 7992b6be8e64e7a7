package org.wicexplorer.bench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.wicexplorer.app.LaunchMetrics;

import java.util.Locale;

/**
 * T1's floor: the platform alone. A JavaFX window of the app's default size with one label, timed exactly
 * as {@code --benchmark} times the app (launch to the end of the first pulse that lays out the shown
 * window, by the app's own {@link LaunchMetrics}); prints {@code benchmark: first-frame-ms=… vmhwm-kb=…} and
 * exits. Its class path holds the app's classes only for that one class, which uses nothing of the app.
 */
public final class BareWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("WIC Timeline Explorer")), 1440, 900);
        stage.setTitle("bare");
        stage.setScene(scene);
        LaunchMetrics.onFirstFrame(stage, () -> {
            long hwm = LaunchMetrics.kilobytes("VmHWM");
            System.out.printf(Locale.ROOT, "benchmark: first-frame-ms=%.1f vmhwm-first-frame-kb=%d vmhwm-kb=%d%n",
                    LaunchMetrics.millisSinceLaunch(), hwm, hwm);
            System.out.flush();
            Platform.exit();
        });
        stage.show();
    }
}
