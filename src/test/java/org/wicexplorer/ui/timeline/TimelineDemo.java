package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The control alone, as GemsFX and ControlsFX ship a sampler: the sample editions, documents, controversies and
 * milestones in their lanes, plus a fifth lane of conference sessions that only this demo declares (a fifth lane
 * is data, not a change to the control). Each item carries a record of the demo's own as its user object; the
 * status line shows the selected one's. Arguments: {@code compressed} for the axis compressed around the
 * editions, {@code select} to start with the 6th edition selected, {@code bulk} to add 10,000 random items.
 *
 * <pre>
 * mvn -B -q -Pbench -DskipTests process-test-classes
 * java -cp "target/test-classes:target/classes:$(cat target/bench/test-classpath.txt)" \
 *     org.wicexplorer.ui.timeline.TimelineDemo [compressed] [select] [bulk]
 * </pre>
 */
public final class TimelineDemo {

    /** A lane the app never had: declared here, drawn by the same control. */
    static final TimelineLane SESSIONS = TimelineLane.points("session", "Sessions");

    /** The demo's own record behind a session mark. */
    record Session(String room, String topic) {
    }

    private TimelineDemo() {
    }

    public static void main(String[] args) {
        System.out.println("args " + Arrays.toString(args));
        // A class extending Application cannot be the main class on the class path without JavaFX modules.
        Application.launch(App.class, args);
    }

    static List<TimelineItem<?>> sessions() {
        List<TimelineItem<?>> out = new ArrayList<>();
        String[] topics = {"AI governance", "Data flows", "Digital Silk Road", "Cybersecurity", "Youth forum"};
        for (int year = 2016; year <= 2025; year++) {
            LocalDate day = LocalDate.of(year, 11, 8 + year % 5);
            Session session = new Session("Hall " + (1 + year % 3), topics[year % topics.length]);
            out.add(new TimelineItem<>("s" + year, SESSIONS, day, null, session.room(), session.topic(), null,
                    null, false, Set.of(), session));
        }
        return out;
    }

    public static class App extends Application {

        @Override
        public void start(Stage stage) {
            List<String> args = getParameters().getRaw();
            TimelineView view = TimelineSamples.view();
            view.getLanes().add(SESSIONS);
            // The samples have no imported events: an empty lane says nothing.
            view.getHiddenLanes().add(TimelineSamples.IMPORTED);
            view.getItems().addAll(sessions());
            view.setCompressedAxis(args.contains("compressed"));
            if (args.contains("bulk")) {
                view.getItems().addAll(TimelineSamples.bulk(10_000, 7));
            }
            if (args.contains("select")) {
                view.setSelectedItem(TimelineSamples.edition("e2019"));
            }
            Label status = new Label("Select a mark: arrows, Home/End, +/−, 0; Enter or a double click opens it");
            view.selectedItemProperty().addListener((obs, old, item) -> status.setText(item == null ? ""
                    : item.lane().name() + ": " + item.accessibleText()
                    + (item.userObject() == null ? "" : "  (user object " + item.userObject() + ")")));
            view.setOnItemActivated(e -> System.out.println("activated " + e.getItem().id()));
            BorderPane root = new BorderPane(view, null, null, status, null);
            stage.setTitle("TimelineView demo");
            stage.setScene(new Scene(root, 1400, 560));
            stage.show();
            view.requestFocus();
        }
    }
}
