package org.wicexplorer.bench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.wicexplorer.bench.ProcStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * T1's floor: the platform alone. A JavaFX window of the app's default size with one label, timed exactly
 * as {@code --benchmark} times the app (launch to the end of the first pulse that lays out the shown
 * window); prints {@code benchmark: first-frame-ms=… vmhwm-kb=…} and exits.
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
        Runnable[] firstFrame = new Runnable[1];
        firstFrame[0] = () -> {
            if (stage.isShowing() && scene.getRoot().getLayoutBounds().getWidth() > 0) {
                scene.removePostLayoutPulseListener(firstFrame[0]);
                double ms = millisSinceLaunch();
                System.out.printf(Locale.ROOT, "benchmark: first-frame-ms=%.1f vmhwm-first-frame-kb=%d vmhwm-kb=%d%n",
                        ms, ProcStatus.kilobytes("VmHWM"), ProcStatus.kilobytes("VmHWM"));
                System.out.flush();
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(firstFrame[0]);
        stage.show();
    }

    static double millisSinceLaunch() {
        String launched = System.getProperty("wic.benchmark.launched");
        Instant start = launched != null
                ? Instant.EPOCH.plusNanos(Long.parseLong(launched) * 1000)
                : ProcessHandle.current().info().startInstant().orElse(Instant.now());
        return Duration.between(start, Instant.now()).toNanos() / 1e6;
    }
}
