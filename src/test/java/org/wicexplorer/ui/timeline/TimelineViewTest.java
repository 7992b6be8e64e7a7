package org.wicexplorer.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The control in a real stage, driven by mouse and keyboard as a user would. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

    private TimelineView view;

    @Start
    void start(Stage stage) {
        view = TimelineSamples.view();
        stage.setScene(new Scene(view, 1400, 500));
        stage.show();
        view.requestFocus();
    }

    // ------------------------------------------------------------------------------------ selection

    @Test
    void clickingAMarkSelectsItAndFocusesTheControl(FxRobot robot) {
        TimelineItem<?> third = TimelineSamples.edition("e2016");
        robot.clickOn(screenPointOf(third));
        assertEquals(third, view.getSelectedItem());
        assertTrue(onFx(view::isFocused));
        assertTrue(onFx(() -> markOf(third).orElseThrow().getPseudoClassStates()
                .contains(PseudoClass.getPseudoClass("selected"))));
    }

    @Test
    void clickingPicksTheMarkInTheLaneClicked(FxRobot robot) {
        // The keynote milestone falls on the first day of the 2nd edition: same x, another lane.
        TimelineItem<?> keynote = item("m-keynote");
        robot.clickOn(screenPointOf(keynote));
        assertEquals(keynote, view.getSelectedItem());
        robot.clickOn(screenPointOf(TimelineSamples.edition("e2015")));
        assertEquals(TimelineSamples.edition("e2015"), view.getSelectedItem());
    }

    @Test
    void arrowKeysHomeAndEndMoveTheSelectionAlongTheEditions(FxRobot robot) {
        robot.type(KeyCode.HOME);
        assertEquals("e2014", selectedId());
        robot.type(KeyCode.RIGHT);
        assertEquals("e2015", selectedId());
        robot.type(KeyCode.RIGHT);
        assertEquals("e2016", selectedId());
        robot.type(KeyCode.LEFT);
        assertEquals("e2015", selectedId());
        robot.type(KeyCode.END);
        assertEquals("e2026", selectedId());
        robot.type(KeyCode.LEFT);
        assertEquals("e2025", selectedId());
        robot.type(KeyCode.RIGHT, 5);
        assertEquals("e2026", selectedId(), "Right stops at the last edition");
    }

    @Test
    void leftAndRightStayInTheSelectedMarksLane(FxRobot robot) {
        robot.clickOn(screenPointOf(item("m-keynote")));
        robot.type(KeyCode.RIGHT);
        assertEquals("m-intl-org", selectedId());
        robot.type(KeyCode.RIGHT);
        assertEquals("m-intl-org", selectedId(), "Right stops at the lane's last mark");
        robot.type(KeyCode.LEFT);
        assertEquals("m-keynote", selectedId());
    }

    @Test
    void upAndDownMoveBetweenLanesToTheNearestMark(FxRobot robot) {
        robot.type(KeyCode.HOME, KeyCode.RIGHT);
        assertEquals("e2015", selectedId());
        robot.type(KeyCode.DOWN);
        assertEquals("d-initiative", selectedId(), "the document lane, nearest in time");
        assertEquals(TimelineSamples.DOCUMENT, view.getSelectedItem().lane());
        robot.type(KeyCode.DOWN);
        assertEquals("c-nyt", selectedId());
        robot.type(KeyCode.DOWN);
        assertEquals("m-keynote", selectedId());
        robot.type(KeyCode.DOWN);
        assertEquals("m-keynote", selectedId(), "Down stops at the last lane");
        robot.type(KeyCode.UP, KeyCode.UP, KeyCode.UP);
        assertEquals("e2015", selectedId());
        robot.interact(() -> view.getHiddenLanes().add(TimelineSamples.DOCUMENT));
        robot.type(KeyCode.DOWN);
        assertEquals("c-nyt", selectedId(), "a hidden lane is skipped");
        assertEquals(onFx(() -> view.getAccessibleText()), view.getSelectedItem().accessibleText(),
                "a screen reader hears the mark the keys moved to");
    }

    @Test
    void theKeyboardSelectionIsScrolledIntoView(FxRobot robot) {
        robot.interact(() -> view.showYear(2014));
        robot.type(KeyCode.END);
        TimelineItem<?> last = TimelineSamples.edition("e2026");
        assertEquals(last, view.getSelectedItem());
        assertTrue(view.getVisibleStart() <= last.startDay() && view.getVisibleEnd() >= last.endDayExclusive(),
                "the 2026 summit is in the window");
        assertTrue(onFx(() -> view.markCenter(last)).isPresent());
    }

    @Test
    void enterAndDoubleClickFireOnItemActivated(FxRobot robot) {
        List<TimelineItem<?>> activated = new ArrayList<>();
        robot.interact(() -> view.setOnItemActivated(e -> activated.add(e.getItem())));
        robot.type(KeyCode.ENTER);
        assertTrue(activated.isEmpty(), "nothing selected, nothing to open");
        robot.type(KeyCode.HOME, KeyCode.RIGHT, KeyCode.ENTER);
        assertEquals(List.of(TimelineSamples.edition("e2015")), activated);
        TimelineItem<?> fifth = TimelineSamples.edition("e2018");
        robot.moveTo(screenPointOf(fifth)).doubleClickOn(MouseButton.PRIMARY);
        assertEquals(List.of(TimelineSamples.edition("e2015"), fifth), activated);
        assertEquals(fifth, view.getSelectedItem());
    }

    // ------------------------------------------------------------------------------------- zoom, pan

    @Test
    void plusAndMinusZoomAroundTheSelection(FxRobot robot) {
        TimelineItem<?> fourth = TimelineSamples.edition("e2017");
        robot.interact(() -> view.setSelectedItem(fourth));
        double span = span();
        double x = onFx(() -> view.xForDay(mid(fourth)));
        robot.type(KeyCode.ADD);
        assertEquals(span / TimelineBehavior.KEY_ZOOM, span(), span * 1e-6);
        assertEquals(x, onFx(() -> view.xForDay(mid(fourth))), 0.5, "the selection stays put");
        robot.type(KeyCode.EQUALS);
        assertEquals(span / TimelineBehavior.KEY_ZOOM / TimelineBehavior.KEY_ZOOM, span(), span * 1e-6);
        robot.type(KeyCode.SUBTRACT);
        robot.type(KeyCode.MINUS);
        assertEquals(span, span(), span * 1e-6);
        assertEquals(x, onFx(() -> view.xForDay(mid(fourth))), 0.5);
    }

    @Test
    void theWheelZoomsKeepingTheDateUnderTheCursor(FxRobot robot) {
        double x = onFx(() -> view.xForDay(LocalDate.of(2019, 3, 1).toEpochDay()));
        double y = onFx(() -> view.getHeight() / 2);
        double dayBefore = onFx(() -> view.epochDayAt(x));
        double spanBefore = span();
        robot.moveTo(view.localToScreen(new Point2D(x, y))).scroll(3, VerticalDirection.UP);
        double spanAfter = span();
        assertTrue(Math.abs(spanAfter - spanBefore) > spanBefore * 0.05, "the wheel zoomed");
        double dayPerPixel = spanAfter / onFx(() -> view.viewport().width());
        assertEquals(dayBefore, onFx(() -> view.epochDayAt(x)), 1.5 * dayPerPixel);
    }

    @Test
    void draggingAndShiftArrowsPan(FxRobot robot) {
        double start = view.getVisibleStart();
        double span = span();
        double perPixel = span / onFx(() -> view.viewport().width());
        Point2D from = view.localToScreen(new Point2D(700, 300));
        robot.drag(from, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        assertEquals(start + 200 * perPixel, view.getVisibleStart(), 3 * perPixel, "dragged left shows later days");
        assertEquals(span, span(), span * 1e-6, "panning keeps the zoom");
        assertEquals(null, view.getSelectedItem(), "a drag is not a click");
        double afterDrag = view.getVisibleStart();
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        assertTrue(view.getVisibleStart() > afterDrag, "Shift+Right shows later days");
        assertEquals(null, view.getSelectedItem(), "Shift+Right does not select");
        robot.press(KeyCode.SHIFT).type(KeyCode.LEFT).release(KeyCode.SHIFT);
        assertEquals(afterDrag, view.getVisibleStart(), perPixel);
    }

    @Test
    void showItemDaysShowsAnEditionsDays(FxRobot robot) {
        TimelineItem<?> fifth = TimelineSamples.edition("e2018");
        robot.interact(() -> view.showItemDays(fifth));
        assertTrue(view.getVisibleStart() < fifth.startDay() && view.getVisibleEnd() > fifth.endDayExclusive());
        assertTrue(span() < 6, "a few days, not a year: " + span());
        double dayWidth = onFx(() -> view.xForDay(fifth.startDay() + 1) - view.xForDay(fifth.startDay()));
        assertTrue(dayWidth > 150, "a day is wide enough for a programme: " + dayWidth);
    }

    // ----------------------------------------------------------------------------------- compressed

    @Test
    void theCompressedAxisGivesEachEditionsDaysMoreRoomAtFitAll(FxRobot robot) {
        robot.interact(view::fitAll);
        List<Double> linear = editionDayWidths();
        robot.interact(() -> {
            view.setCompressedAxis(true);
            view.fitAll();
        });
        List<Double> compressed = editionDayWidths();
        List<TimelineItem<?>> editions = TimelineSamples.editions();
        for (int i = 0; i < linear.size(); i++) {
            double days = editions.get(i).endDayExclusive() - editions.get(i).startDay();
            assertTrue(compressed.get(i) > 10 * linear.get(i) && compressed.get(i) / days >= 7,
                    "edition " + i + ": " + linear.get(i) + " px linear, " + compressed.get(i) + " px compressed");
        }
        // Every edition is still on screen, and marks keep date order.
        List<Double> centres = onFx(() -> TimelineSamples.editions().stream()
                .map(e -> view.markCenter(e).orElseThrow().getX()).collect(Collectors.toList()));
        for (int i = 1; i < centres.size(); i++) {
            assertTrue(centres.get(i) > centres.get(i - 1));
        }
        // A milestone in a gap lands between the editions around it.
        double orgDay = onFx(() -> view.markCenter(item("m-intl-org")).orElseThrow().getX());
        assertTrue(orgDay > centres.get(7) && orgDay < centres.get(8));
    }

    // --------------------------------------------------------------------------------- lanes, filter

    @Test
    void hidingALaneRemovesItsMarksAndHeader(FxRobot robot) {
        assertEquals(2, onFx(() -> marksIn(TimelineSamples.MILESTONE).size()));
        robot.interact(() -> view.getHiddenLanes().add(TimelineSamples.MILESTONE));
        assertEquals(0, onFx(() -> marksIn(TimelineSamples.MILESTONE).size()));
        assertFalse(onFx(() -> headerOf(TimelineSamples.MILESTONE).isVisible()));
        assertEquals(13, onFx(() -> marksIn(TimelineSamples.EDITION).size()));
        assertTrue(onFx(() -> view.markCenter(item("m-keynote"))).isEmpty());
    }

    @Test
    void denseLanesTakeTheSolidColourOfTheirMarksBars() {
        // The prototype a lane is measured with is disputed: its bar's stripes must not become the lane's colour.
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        for (TimelineLane lane : List.of(TimelineSamples.EDITION, TimelineSamples.DOCUMENT)) {
            TimelineMark plain = onFx(() -> marksIn(lane).stream().filter(m -> !m.item().disputed()).findFirst()
                    .orElseThrow());
            Object barColour = onFx(() -> plain.bar.getBackground().getFills().get(0).getFill());
            assertTrue(barColour instanceof javafx.scene.paint.Color, lane + " bars are one colour: " + barColour);
            assertEquals(barColour, onFx(() -> skin.laneColor(lane)), lane.id());
        }
    }

    @Test
    void laneHeadersCanBeLocalised(FxRobot robot) {
        assertEquals("Editions", onFx(() -> headerOf(TimelineSamples.EDITION).getText()));
        robot.interact(() -> view.getLanes().set(0, TimelineSamples.EDITION.withName("历届大会")));
        assertEquals("历届大会", onFx(() -> headerOf(TimelineSamples.EDITION).getText()));
    }

    @Test
    void aFilterDimsFailingMarksOrHidesThem(FxRobot robot) {
        PseudoClass dimmed = PseudoClass.getPseudoClass("dimmed");
        robot.interact(() -> view.setFilter(item -> item.topics().contains("settled")));
        TimelineItem<?> sixth = TimelineSamples.edition("e2019");
        TimelineItem<?> fifth = TimelineSamples.edition("e2018");
        assertTrue(onFx(() -> markOf(sixth).orElseThrow().getPseudoClassStates().contains(dimmed)));
        assertFalse(onFx(() -> markOf(fifth).orElseThrow().getPseudoClassStates().contains(dimmed)));

        robot.interact(() -> view.setHideFiltered(true));
        assertTrue(onFx(() -> markOf(sixth)).isEmpty());
        assertTrue(onFx(() -> markOf(fifth)).isPresent());
        robot.interact(() -> view.setSelectedItem(fifth));
        robot.type(KeyCode.RIGHT);
        assertEquals("e2021", selectedId(), "hidden editions are skipped");
    }

    @Test
    void aDisputedMarkShowsABadgeNotOnlyAColour(FxRobot robot) {
        TimelineMark sixth = onFx(() -> markOf(TimelineSamples.edition("e2019")).orElseThrow());
        TimelineMark fifth = onFx(() -> markOf(TimelineSamples.edition("e2018")).orElseThrow());
        assertTrue(onFx(sixth::showsBadge));
        assertEquals(TimelineMark.BADGE_GLYPH, onFx(sixth::badgeText));
        assertTrue(sixth.getPseudoClassStates().contains(PseudoClass.getPseudoClass("disputed")));
        assertFalse(onFx(fifth::showsBadge));
    }

    // ------------------------------------------------------------------------------- accessibility

    @Test
    void marksCarryAccessibleTextAndTheControlFollowsTheSelection(FxRobot robot) {
        TimelineItem<?> third = TimelineSamples.edition("e2016");
        TimelineMark mark = onFx(() -> markOf(third).orElseThrow());
        assertEquals(AccessibleRole.LIST_ITEM, mark.getAccessibleRole());
        assertTrue(mark.getAccessibleText().startsWith("3rd World Internet Conference, 16–18 Nov 2016"),
                mark.getAccessibleText());
        assertEquals(mark.getAccessibleText(), onFx(() -> mark.queryAccessibleAttribute(AccessibleAttribute.TEXT)));
        assertEquals(AccessibleRole.LIST_VIEW, view.getAccessibleRole());
        assertTrue(onFx(view::isFocusTraversable));

        robot.interact(() -> view.setSelectedItem(third));
        assertEquals(third.accessibleText(), view.getAccessibleText());
        assertEquals(mark, onFx(() -> view.queryAccessibleAttribute(AccessibleAttribute.FOCUS_ITEM)));
        assertEquals(Boolean.TRUE, onFx(() -> mark.queryAccessibleAttribute(AccessibleAttribute.SELECTED)));
        int count = onFx(() -> (Integer) view.queryAccessibleAttribute(AccessibleAttribute.ITEM_COUNT));
        assertEquals(onFx(() -> visibleMarks().size()), count);
    }

    @Test
    void aMarkHasATooltipWithItsText() {
        TimelineMark mark = onFx(() -> markOf(TimelineSamples.edition("e2014")).orElseThrow());
        Object tooltip = mark.getProperties().get("javafx.scene.control.Tooltip");
        assertNotNull(tooltip);
        assertEquals(TimelineSamples.edition("e2014").accessibleText(),
                ((javafx.scene.control.Tooltip) tooltip).getText());
    }

    @Test
    void anEmptyTimelineShowsTodaysYearAndIgnoresNavigation(FxRobot robot) {
        robot.interact(() -> {
            view.getItems().clear();
            view.getEras().clear();
            view.fitAll();
        });
        assertEquals(LocalDate.of(2026, 1, 1).toEpochDay(), view.getVisibleStart(), 1e-9);
        assertEquals(LocalDate.of(2027, 1, 1).toEpochDay(), view.getVisibleEnd(), 1e-9);
        robot.type(KeyCode.RIGHT, KeyCode.END, KeyCode.ENTER);
        assertEquals(null, view.getSelectedItem());
        assertTrue(onFx(this::visibleMarks).isEmpty());
    }

    // --------------------------------------------------------------------------------------- scale

    @Test
    void withTenThousandItemsTheMarkNodesStayUnderTheCap(FxRobot robot) {
        List<TimelineItem<?>> bulk = TimelineSamples.bulk(10_000, 11);
        robot.interact(() -> {
            view.getItems().addAll(bulk);
            view.fitAll();
        });
        int cap = view.getLaneNodeCap();
        for (TimelineLane lane : TimelineSamples.lanes()) {
            int marks = onFx(() -> marksIn(lane).size());
            assertTrue(marks <= cap, lane + " has " + marks + " mark nodes");
        }
        int nodes = onFx(() -> view.lookupAll(".timeline-mark").size());
        assertTrue(nodes <= 4 * cap + 100, "mark nodes in the scene: " + nodes);

        // Zoomed to one week every item there gets its own mark again.
        LocalDate from = LocalDate.of(2018, 5, 7);
        LocalDate to = from.plusDays(6);
        robot.interact(() -> view.showDates(from, to));
        Set<String> inWeek = bulk.stream().filter(i -> !i.start().isAfter(to) && !i.lastDay().isBefore(from))
                .map(TimelineItem::id).collect(Collectors.toSet());
        Set<String> marked = onFx(() -> visibleMarks().stream().map(m -> m.item().id()).collect(Collectors.toSet()));
        assertTrue(inWeek.size() > 5, "the sample week has items");
        assertTrue(marked.containsAll(inWeek), "every item of the week has a mark");
        assertEquals(inWeek, marked, "and no mark for anything outside it");

        // The selection keeps its mark even when its lane is summarised.
        TimelineItem<?> picked = bulk.get(1234);
        robot.interact(() -> {
            view.fitAll();
            view.setSelectedItem(picked);
        });
        assertTrue(onFx(() -> markOf(picked)).isPresent());
    }

    // ------------------------------------------------------------------------------------- helpers

    private <T> T onFx(Callable<T> callable) {
        try {
            return WaitForAsyncUtils.asyncFx(callable).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Point2D screenPointOf(TimelineItem<?> item) {
        return onFx(() -> view.localToScreen(view.markCenter(item)
                .orElseThrow(() -> new AssertionError("no mark for " + item.id()))));
    }

    private String selectedId() {
        WaitForAsyncUtils.waitForFxEvents();
        TimelineItem<?> selected = view.getSelectedItem();
        return selected == null ? null : selected.id();
    }

    private double span() {
        WaitForAsyncUtils.waitForFxEvents();
        return view.getVisibleEnd() - view.getVisibleStart();
    }

    private static double mid(TimelineItem<?> item) {
        return (item.startDay() + item.endDayExclusive()) / 2;
    }

    private static TimelineItem<?> item(String id) {
        return TimelineSamples.all().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<Double> editionDayWidths() {
        return onFx(() -> TimelineSamples.editions().stream()
                .map(e -> view.xForDay(e.endDayExclusive()) - view.xForDay(e.startDay()))
                .collect(Collectors.toList()));
    }

    private List<TimelineMark> visibleMarks() {
        view.layout();
        List<TimelineMark> marks = new ArrayList<>();
        for (Node node : view.lookupAll(".timeline-mark")) {
            if (node instanceof TimelineMark mark && mark.isVisible() && mark.item() != null) {
                marks.add(mark);
            }
        }
        return marks;
    }

    private List<TimelineMark> marksIn(TimelineLane lane) {
        return visibleMarks().stream().filter(m -> m.item().lane().equals(lane)).collect(Collectors.toList());
    }

    private Optional<TimelineMark> markOf(TimelineItem<?> item) {
        return visibleMarks().stream().filter(m -> m.item().equals(item)).findFirst();
    }

    private Label headerOf(TimelineLane lane) {
        return (Label) view.lookupAll(".timeline-lane-header").stream()
                .filter(n -> n.getStyleClass().contains(lane.styleClass())).findFirst().orElseThrow();
    }

}
