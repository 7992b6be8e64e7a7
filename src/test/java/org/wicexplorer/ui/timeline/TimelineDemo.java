package org.wicexplorer.ui.timeline;

import java.util.Arrays;
import java.util.List;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Shows the sample editions for a look by eye. Arguments: {@code compressed} for the edition-compressed axis,
 * {@code select} to start with the 6th edition selected, {@code bulk} to add 10,000 random items.
 */
public final class TimelineDemo {

    private TimelineDemo() {
    }

    public static void main(String[] args) {
        System.out.println("args " + Arrays.toString(args));
        // A class extending Application cannot be the main class on the class path without JavaFX modules.
        Application.launch(App.class, args);
    }

    public static class App extends Application {

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters().getRaw();
        TimelineView view = new TimelineView(TimelineSamples.all());
        view.setToday(TimelineSamples.TODAY);
        view.getEras().setAll(TimelineSamples.eras());
        view.setCompressedAxis(args.contains("compressed"));
        if (args.contains("bulk")) {
            view.getItems().addAll(TimelineSamples.bulk(10_000, 7));
        }
        if (args.contains("select")) {
            view.setSelectedItem(TimelineSamples.edition("e2019"));
        }
        view.setOnItemActivated(e -> System.out.println("activated " + e.getItem().id()));
        stage.setTitle("TimelineView demo");
        stage.setScene(new Scene(view, 1400, 500));
        stage.show();
        view.requestFocus();
    }
    }
}
