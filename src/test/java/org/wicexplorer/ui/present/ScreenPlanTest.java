package org.wicexplorer.ui.present;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where the audience and presenter windows go, for the screen set-ups a classroom has. */
class ScreenPlanTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1920, 0, 1280, 800);

    @Test
    void oneScreenIsTheAudiencesAndThePresenterViewWaitsToBeAskedFor() {
        assertEquals(new ScreenPlan(0, OptionalInt.empty()), ScreenPlan.of(List.of(LAPTOP), 0, LAPTOP));
    }

    @Test
    void withAProjectorTheAudienceGetsItAndThePresenterViewTheLaptop() {
        assertEquals(new ScreenPlan(1, OptionalInt.of(0)),
                ScreenPlan.of(List.of(LAPTOP, PROJECTOR), 0, new Rectangle2D(100, 100, 1440, 900)));
    }

    @Test
    void theLaptopIsWhereTheExplorerWindowIsEvenWhenTheProjectorIsPrimary() {
        // Some systems make the external display primary; the teacher still sits at the explorer window.
        assertEquals(new ScreenPlan(0, OptionalInt.of(1)),
                ScreenPlan.of(List.of(PROJECTOR, LAPTOP), 0, new Rectangle2D(200, 50, 1440, 900)));
    }

    @Test
    void aWindowAcrossTwoScreensBelongsToTheOneHoldingMostOfIt() {
        Rectangle2D mostlyOnProjector = new Rectangle2D(1800, 0, 1000, 700);
        assertEquals(new ScreenPlan(0, OptionalInt.of(1)),
                ScreenPlan.of(List.of(LAPTOP, PROJECTOR), 0, mostlyOnProjector));
    }

    @Test
    void withThreeScreensTheLargestOtherScreenIsTheAudiences() {
        Rectangle2D wall = new Rectangle2D(-3840, 0, 3840, 2160);
        assertEquals(new ScreenPlan(2, OptionalInt.of(0)),
                ScreenPlan.of(List.of(LAPTOP, PROJECTOR, wall), 0, new Rectangle2D(10, 10, 800, 600)));
    }

    @Test
    void withoutAnExplorerWindowThePrimaryScreenIsTheLaptop() {
        assertEquals(new ScreenPlan(0, OptionalInt.of(1)), ScreenPlan.of(List.of(PROJECTOR, LAPTOP), 1, null));
    }
}
