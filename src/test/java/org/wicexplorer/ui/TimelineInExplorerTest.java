package org.wicexplorer.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.ui.timeline.TimelineItem;
import org.wicexplorer.ui.timeline.TimelineLane;
import org.wicexplorer.ui.timeline.TimelineView;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The timeline and the panes together, as a user drives them with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class TimelineInExplorerTest {
    private MainWindow window;
    private Dataset dataset;
    private TimelineView timeline;

    @Start
    void start(Stage stage) throws Exception {
        window = UiTestSupport.show(stage);
        dataset = window.model().dataset();
        timeline = window.timeline().view();
        window.applyDefaultLayout();
    }

    private TimelineItem<?> mark(String id) {
        return timeline.getItems().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private void clickMark(FxRobot robot, String id) {
        Point2D local = timeline.markCenter(mark(id)).orElseThrow(() -> new AssertionError(id + " has no mark"));
        robot.clickOn(timeline.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String headerTitle(FxRobot robot) {
        return robot.lookup(".edition-title").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent() != null && l.getParent().getStyleClass().contains("edition-header"))
                .findFirst().orElseThrow().getText();
    }

    @Test
    void clickingAMarkShowsThatEditionInThePanes(FxRobot robot) {
        clickMark(robot, "wic-2019");
        assertEquals(dataset.edition("wic-2019").orElseThrow().name().en(), headerTitle(robot));
        assertEquals("wic-2019", window.model().selectedEdition().id());
        clickMark(robot, "wic-2022");
        assertEquals(dataset.edition("wic-2022").orElseThrow().name().en(), headerTitle(robot));
    }

    @Test
    void clickingAControversyMarkSelectsItsEdition(FxRobot robot) {
        clickMark(robot, "controversy:tim-cook-vpn-2017");
        assertEquals("wic-2017", window.model().selectedEdition().id());
    }

    @Test
    void arrowKeysMoveTheSelectionAndThePanesFollow(FxRobot robot) {
        clickMark(robot, "wic-2014");
        robot.type(KeyCode.RIGHT);
        assertEquals("wic-2015", window.model().selectedEdition().id());
        assertEquals(dataset.edition("wic-2015").orElseThrow().name().en(), headerTitle(robot));
        robot.type(KeyCode.RIGHT, 4);
        assertEquals("wic-2019", window.model().selectedEdition().id());
        robot.type(KeyCode.LEFT);
        assertEquals("wic-2018", window.model().selectedEdition().id());
        robot.type(KeyCode.END);
        assertEquals("wic-2026", window.model().selectedEdition().id());
        robot.type(KeyCode.HOME);
        assertEquals("wic-2014", window.model().selectedEdition().id());
    }

    @Test
    void enterOpensTheDetailsOfTheSelectedEdition(FxRobot robot) {
        clickMark(robot, "wic-2016");
        robot.clickOn("Speakers");
        clickMark(robot, "wic-2016");
        robot.type(KeyCode.ENTER);
        TabPane tabs = robot.lookup(".detail-view .tab-pane").queryAs(TabPane.class);
        assertEquals("tab-overview", tabs.getSelectionModel().getSelectedItem().getId());
        assertTrue(tabs.isFocused() || tabs.getScene().getFocusOwner() != timeline);
    }

    @Test
    void choosingAnEditionInThePanesMovesTheTimeline(FxRobot robot) {
        robot.interact(() -> window.showEdition("wic-2021"));
        assertEquals("wic-2021", timeline.getSelectedItem().id());
    }

    @Test
    void aTopicFilterDimsTheEditionsWithoutThatTopic(FxRobot robot) {
        String topic = dataset.topic("ai").orElseThrow().label().en();
        robot.clickOn("#topic-filter");
        robot.clickOn(topic);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> kept = dataset.editions().stream().filter(e -> e.topics().contains("ai")).map(e -> e.id()).toList();
        List<String> dimmed = dataset.editions().stream().filter(e -> !e.topics().contains("ai")).map(e -> e.id()).toList();
        assertFalse(kept.isEmpty());
        assertFalse(dimmed.isEmpty());
        for (String id : kept) {
            assertTrue(timeline.passesFilter(mark(id)), id);
        }
        for (String id : dimmed) {
            assertFalse(timeline.passesFilter(mark(id)), id);
        }
        long dimmedMarks = robot.lookup(".timeline-mark").queryAll().stream()
                .filter(n -> n.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("dimmed")))
                .count();
        assertTrue(dimmedMarks >= dimmed.size(), "dimmed marks on screen: " + dimmedMarks);
    }

    @Test
    void untickingALaneHidesItsMarks(FxRobot robot) {
        assertTrue(visibleMarks(robot, EditionTimeline.DOCUMENTS) > 0);
        robot.clickOn("#toolbar-lanes");
        String name = I18n.t("timelineLane.document");
        robot.clickOn(robot.lookup(".context-menu").lookup((Node n) -> n instanceof Label l && name.equals(l.getText()))
                .queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.getHiddenLanes().contains(EditionTimeline.DOCUMENTS));
        assertEquals(0, visibleMarks(robot, EditionTimeline.DOCUMENTS));
        assertTrue(visibleMarks(robot, EditionTimeline.EDITIONS) > 0);
    }

    private long visibleMarks(FxRobot robot, TimelineLane lane) {
        return robot.lookup(".timeline-mark." + lane.styleClass()).queryAll().stream().filter(Node::isVisible).count();
    }

    @Test
    void compareTakesTheSecondEditionFromTheTimeline(FxRobot robot) {
        clickMark(robot, "wic-2015");
        robot.clickOn("#compare-button");
        clickMark(robot, "wic-2023");
        List<String> right = robot.lookup(".compare-right-cell .fact-en").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toList());
        List<String> left = robot.lookup(".compare-left-cell .fact-en").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toList());
        assertTrue(left.contains(dataset.edition("wic-2015").orElseThrow().name().en()), left::toString);
        assertTrue(right.contains(dataset.edition("wic-2023").orElseThrow().name().en()), right::toString);
    }

    @Test
    void theCompressedAxisGivesEachEditionMoreRoom(FxRobot robot) {
        robot.clickOn("#toolbar-fit");
        double linear = width(mark("wic-2016"));
        robot.clickOn("#toolbar-compressed");
        assertTrue(timeline.isCompressedAxis());
        double first = timeline.xForDay(mark("wic-2014").startDay());
        double last = timeline.xForDay(mark("wic-2026").startDay());
        assertTrue(first >= 0 && last <= timeline.getWidth(), "switching the axis shows every edition");
        assertTrue(last - first > 0.6 * timeline.getWidth(), "and the editions fill the width: " + first + ".." + last);
        assertTrue(width(mark("wic-2016")) > 5 * linear, "compressed " + width(mark("wic-2016")) + " vs " + linear);
    }

    private double width(TimelineItem<?> item) {
        return timeline.xForDay(item.endDayExclusive()) - timeline.xForDay(item.startDay());
    }

    @Test
    void disputedEditionsAreFlaggedOnTheTimelineInWordsNotOnlyColour() {
        assertTrue(mark("wic-2019").disputed());
        assertTrue(mark("wic-2020").disputed());
        assertTrue(mark("wic-2019").accessibleText().contains("Sources disagree about"), mark("wic-2019").accessibleText());
        assertFalse(mark("wic-2016").disputed(), "2016 has no recorded conflict");
    }
}
