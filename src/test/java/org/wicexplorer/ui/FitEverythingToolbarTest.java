package org.wicexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.interchange.TimelineJs;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.timeline.TimelineView;

/** Issue 18: with an imported world history, the toolbar's "Fit all" offers the WIC alone or everything, by mouse. */
@ExtendWith(ApplicationExtension.class)
class FitEverythingToolbarTest {
    private TimelineView timeline;

    @Start
    void start(Stage stage) throws Exception {
        I18n.use(Locale.ENGLISH);
        StartupData data = StartupData.load(null);
        Dataset bundled = data.dataset();
        Dataset world = TimelineJs.read("world.json", """
                {"events": [{"start_date": {"year": -3000}, "text": {"headline": "Writing in Sumer"}}]}""",
                "urn:x", data.seeds()).dataset();
        Dataset both = new Dataset(bundled.info(), bundled.topics(), bundled.editions(), bundled.people(),
                bundled.appearances(), bundled.controversies(), bundled.documents(),
                Stream.concat(bundled.milestones().stream(), world.milestones().stream()).toList(), bundled.eras(),
                bundled.conflicts(), bundled.aliases(),
                Stream.concat(bundled.citations().stream(), world.citations().stream()).toList());
        MainWindow window = new MainWindow(both, data.seeds(), null);
        Scene scene = new Scene(window.root(), 1440, 900);
        Styles.addTo(scene.getStylesheets());
        stage.setScene(scene);
        stage.show();
        timeline = (TimelineView) scene.lookup("#timeline");
    }

    @Test
    void theFitMenuShowsEverythingThenTheWicAgain(FxRobot robot) throws Exception {
        double sumer = LocalDate.of(-2999, 1, 1).toEpochDay();
        double wic = LocalDate.of(2014, 1, 1).toEpochDay();
        assertTrue(WaitForAsyncUtils.asyncFx(timeline::getVisibleStart).get() > sumer, "the window opens on the WIC");

        robot.clickOn("#toolbar-fit .arrow-button");
        robot.clickOn("Fit everything");
        assertTrue(WaitForAsyncUtils.asyncFx(timeline::getVisibleStart).get() <= sumer, "everything reaches 3000 BCE");

        robot.clickOn("#toolbar-fit .arrow-button");
        robot.clickOn("Fit WIC");
        double start = WaitForAsyncUtils.asyncFx(timeline::getVisibleStart).get();
        assertTrue(start > wic - 400 && start < wic + 400, "back on the WIC editions: " + LocalDate.ofEpochDay((long) start));
    }
}
