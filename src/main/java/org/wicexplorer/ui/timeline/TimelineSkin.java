package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/**
 * Lays out a {@link TimelineView}: a canvas for everything drawn, lane headers, and pooled mark nodes for the
 * items in view. It listens to the control's properties and lays out again when one changes; the control never
 * lays itself out. A layout pass costs O(visible items): items are found by binary search per lane, and a lane
 * with more than {@link TimelineView#getLaneNodeCap()} items in view is summarised on the canvas instead.
 *
 * <p>Each lane is laid out by its kind's {@link LaneLayout}; label placement is {@link LabelLayout}'s, density
 * {@link LaneDensity}'s, and binding the pooled marks is {@link #bindMarks} here.
 */
public class TimelineSkin extends SkinBase<TimelineView> implements TimelineView.MarkLocator {

    private final Canvas canvas = new Canvas();
    private final Pane marksLayer = new Pane();
    private final Rectangle marksClip = new Rectangle();
    private final Map<TimelineLane, Label> headers = new HashMap<>();
    private final Map<TimelineLane, TimelineMark> prototypes = new HashMap<>();
    private final Map<TimelineLane, MarkMetrics> laneMetrics = new HashMap<>();
    private final TextMeasurer measurer = new TextMeasurer();
    private final TimelinePainter painter;
    private final TimelineBehavior behavior;

    private final Deque<TimelineMark> freeMarks = new ArrayDeque<>();
    private Map<TimelineItem<?>, TimelineMark> activeMarks = new IdentityHashMap<>();
    private final List<TimelineMark> shownMarks = new ArrayList<>();
    private TimelineFrame frame;
    /** Counts layout passes, so marks not used in the latest one can be told apart and recycled. */
    private long pass;

    private final InvalidationListener relayout = o -> getSkinnable().requestLayout();
    private final WeakInvalidationListener weakRelayout = new WeakInvalidationListener(relayout);

    public TimelineSkin(TimelineView view) {
        super(view);
        painter = new TimelinePainter(view, measurer, this::laneColor);
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        marksLayer.setClip(marksClip);
        marksLayer.setManaged(false);
        marksLayer.getStyleClass().add("timeline-marks");
        getChildren().addAll(canvas, marksLayer);
        // Everything the control holds is drawn: any change lays out again (ControlsFX RangeSliderSkin's way).
        for (ObservableValue<?> p : List.<ObservableValue<?>>of(view.selectedItemProperty(),
                view.compressedAxisProperty(), view.compressAroundProperty(), view.visibleStartProperty(),
                view.visibleEndProperty(), view.todayProperty(), view.filterProperty(), view.hideFilteredProperty(),
                view.todayTextProperty(), view.gapFormatterProperty(), view.localeProperty(),
                view.laneNodeCapProperty(), view.fontProperty(), view.axisColorProperty(), view.gridColorProperty(),
                view.laneAltColorProperty(), view.eraColorProperty(), view.eraAltColorProperty(),
                view.eraTextColorProperty(), view.todayColorProperty(), view.todayTextColorProperty(),
                view.gapColorProperty())) {
            registerChangeListener(p, o -> view.requestLayout());
        }
        view.getLanes().addListener(weakRelayout);
        view.getHiddenLanes().addListener(weakRelayout);
        view.getLanesOutsideFit().addListener(weakRelayout);
        followList(view.itemsProperty());
        followList(view.erasProperty());
        behavior = new TimelineBehavior(view);
        view.setMarkLocator(this);
    }

    /** Moves the relayout listener from a replaced list to its successor. */
    private final ChangeListener<ObservableList<?>> listReplaced = (obs, old, now) -> {
        if (old != null) {
            old.removeListener(weakRelayout);
        }
        if (now != null) {
            now.addListener(weakRelayout);
        }
        getSkinnable().requestLayout();
    };

    /** Lays out again when the list property is set or the list it holds changes. */
    private void followList(ObjectProperty<? extends ObservableList<?>> property) {
        if (property.get() != null) {
            property.get().addListener(weakRelayout);
        }
        property.addListener(listReplaced);
    }

    private void unfollowList(ObjectProperty<? extends ObservableList<?>> property) {
        property.removeListener(listReplaced);
        if (property.get() != null) {
            property.get().removeListener(weakRelayout);
        }
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        TimelineView view = getSkinnable();
        view.setMarkLocator(null);
        view.getLanes().removeListener(weakRelayout);
        view.getHiddenLanes().removeListener(weakRelayout);
        view.getLanesOutsideFit().removeListener(weakRelayout);
        unfollowList(view.itemsProperty());
        unfollowList(view.erasProperty());
        behavior.dispose();
        super.dispose();
    }

    // ---------------------------------------------------------------------------------------- lanes

    /** Makes a header and a measuring prototype for each lane in use, and drops those of lanes gone. */
    private void syncLanes(List<TimelineLane> lanes) {
        headers.keySet().removeIf(lane -> {
            if (!lanes.contains(lane)) {
                getChildren().remove(headers.get(lane));
                marksLayer.getChildren().remove(prototypes.remove(lane));
                laneMetrics.remove(lane);
                return true;
            }
            return false;
        });
        for (TimelineLane lane : lanes) {
            Label header = headers.get(lane);
            if (header == null) {
                header = new Label();
                header.setManaged(false);
                header.setMinWidth(0);
                headers.put(lane, header);
                getChildren().add(header);
                TimelineMark prototype = prototype(lane);
                prototypes.put(lane, prototype);
                marksLayer.getChildren().add(prototype);
                // Sized and coloured by CSS before the first measurement.
                prototype.applyCss();
            }
            // The lane's name and class may change while its id stays.
            header.setText(lane.name());
            if (!header.getStyleClass().contains(lane.styleClass())) {
                header.getStyleClass().setAll("label", "timeline-lane-header", lane.styleClass());
            }
        }
    }

    /** Never shown: it only lets CSS resolve each lane's fonts and sizes so marks can be measured up front. */
    private TimelineMark prototype(TimelineLane lane) {
        TimelineMark prototype = new TimelineMark(getSkinnable());
        // Disputed, so the badge can be measured; one known day, so it is no :open-end bar.
        LocalDate day = LocalDate.of(2000, 1, 1);
        prototype.bind(new TimelineItem<>("prototype", lane, day, day, "Ag", "Ag", "Ag", "", true, null), false,
                false);
        prototype.setPoint(true);
        // The prototype measures every text line, so it gets them all up front.
        prototype.name().setText("Ag");
        prototype.badge();
        prototype.detail().setText("Ag");
        prototype.title().setText("Ag");
        prototype.setVisible(false);
        prototype.setAccessibleText(null);
        return prototype;
    }

    /**
     * A lane's density colour: the base fill of its marks' bars as CSS resolved it on the lane's prototype (the
     * first fill: a disputed bar's stripes lie over it), as one solid colour, which the canvas fills fastest.
     */
    Paint laneColor(TimelineLane lane) {
        TimelineMark p = prototypes.get(lane);
        Background background = p == null ? null : p.bar.getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            Paint fill = background.getFills().get(0).getFill();
            if (fill instanceof LinearGradient g && !g.getStops().isEmpty()) {
                return g.getStops().get(0).getColor();
            }
            if (fill instanceof RadialGradient g && !g.getStops().isEmpty()) {
                return g.getStops().get(0).getColor();
            }
            return fill;
        }
        return getSkinnable().axisColorProperty().get();
    }

    // ------------------------------------------------------------------------------------------ metrics

    /** The same instance while nothing changes, so marks can tell "unchanged" by identity. */
    private MarkMetrics metrics(TimelineLane lane) {
        MarkMetrics fresh = readMetrics(lane);
        MarkMetrics known = laneMetrics.get(lane);
        if (fresh.equals(known)) {
            return known;
        }
        laneMetrics.put(lane, fresh);
        return fresh;
    }

    private MarkMetrics readMetrics(TimelineLane lane) {
        TimelineMark p = prototypes.get(lane);
        double barHeight = p.snapSizeY(p.bar.prefHeight(-1));
        return new MarkMetrics(p.name().getFont(), p.detail().getFont(), p.title().getFont(),
                insets(p.name()), insets(p.detail()), insets(p.title()),
                p.badge().prefWidth(-1) + 1, barHeight, p.bar.prefWidth(-1),
                p.snapSizeY(barHeight * 0.25), p.snapSizeY(p.name().prefHeight(-1)),
                p.snapSizeY(p.detail().prefHeight(-1)), p.snapSizeY(p.title().prefHeight(-1)));
    }

    /** Horizontal padding of a label plus a pixel, so rounding never turns a fitting text into an ellipsis. */
    private static double insets(Label label) {
        return label.snappedLeftInset() + label.snappedRightInset() + 1;
    }

    // ------------------------------------------------------------------------------------------- layout

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        TimelineView view = getSkinnable();
        double em = view.getFont().getSize();
        List<TimelineLane> all = view.lanesInUse();
        syncLanes(all);
        Map<TimelineLane, MarkMetrics> metrics = new HashMap<>();
        List<TimelineLane> lanes = new ArrayList<>();
        double headerWidth = 0;
        for (TimelineLane lane : all) {
            Label header = headers.get(lane);
            boolean shown = !view.getHiddenLanes().contains(lane);
            header.setVisible(shown);
            if (shown) {
                lanes.add(lane);
                headerWidth = Math.max(headerWidth, header.prefWidth(-1));
                metrics.put(lane, metrics(lane));
            }
        }
        headerWidth = snapSizeX(Math.max(5 * em, Math.min(14 * em, headerWidth)));
        double eraHeight = snapSizeY(1.7 * em);
        double axisHeight = snapSizeY(0.7 * em + 2 * measurer.height(Font.font(view.getFont().getFamily(), em * 0.85)));
        double timeLeft = x + headerWidth;
        double timeWidth = Math.max(1, w - headerWidth);
        double lanesTop = y + eraHeight;
        double axisTop = Math.max(lanesTop, y + h - axisHeight);

        TimelineViewport viewport = view.viewport();
        viewport.setArea(timeLeft, timeWidth);
        viewport.ensureWindow();
        AxisScale scale = viewport.scale();

        List<LaneBox> boxes = laneBoxes(lanes, metrics, lanesTop, axisTop - lanesTop, em);
        for (LaneBox box : boxes) {
            headers.get(box.lane()).resizeRelocate(x, box.top(), headerWidth, box.height());
        }

        marksLayer.resizeRelocate(timeLeft, lanesTop, timeWidth, axisTop - lanesTop);
        marksClip.setWidth(timeWidth);
        marksClip.setHeight(axisTop - lanesTop);

        Map<TimelineItem<?>, TimelineMark> previous = activeMarks;
        activeMarks = new IdentityHashMap<>();
        List<TimelineMark> lastShown = new ArrayList<>(shownMarks);
        shownMarks.clear();
        pass++;
        List<LaneBox> laidOut = new ArrayList<>();
        List<LaneDensity> densities = new ArrayList<>();
        for (LaneBox box : boxes) {
            LaneBox result = layoutLane(box, metrics.get(box.lane()), scale, lanesTop, em, previous, densities);
            laidOut.add(result);
        }
        for (TimelineMark mark : lastShown) {
            if (mark.pass != pass) {
                mark.unbind();
                freeMarks.push(mark);
            }
        }
        for (int i = 0; i < shownMarks.size(); i++) {
            shownMarks.get(i).setAccessibleIndex(i);
        }

        frame = new TimelineFrame(timeLeft, timeWidth, y, lanesTop, axisTop, axisHeight, laidOut, densities, scale);
        double cw = getSkinnable().getWidth();
        double ch = getSkinnable().getHeight();
        if (canvas.getWidth() != cw || canvas.getHeight() != ch) {
            canvas.setWidth(cw);
            canvas.setHeight(ch);
        }
        canvas.relocate(0, 0);
        painter.paint(canvas.getGraphicsContext2D(), cw, ch, frame);
    }

    /*
     * Sizes come from the font, never from the children: the canvas is sized to the control, so asking it
     * would make the current size the minimum and the control could grow but never shrink again.
     */
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 16 * getSkinnable().getFont().getSize();
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 12 * getSkinnable().getFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return left + right + 80 * getSkinnable().getFont().getSize();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return top + bottom + 24 * getSkinnable().getFont().getSize();
    }

    /** Lane heights: the preferred ones, stretched or squeezed alike to fill the space between era strip and axis. */
    private List<LaneBox> laneBoxes(List<TimelineLane> lanes, Map<TimelineLane, MarkMetrics> metrics, double top,
                                    double available, double em) {
        double pad = em * 0.35;
        double[] preferred = new double[lanes.size()];
        double total = 0;
        for (int i = 0; i < lanes.size(); i++) {
            preferred[i] = LaneLayout.of(lanes.get(i).kind()).preferredHeight(metrics.get(lanes.get(i)), pad);
            total += preferred[i];
        }
        double extra = lanes.isEmpty() ? 0 : (available - total) / lanes.size();
        double scaleDown = total > available && total > 0 ? available / total : 1;
        List<LaneBox> boxes = new ArrayList<>();
        double y = top;
        for (int i = 0; i < lanes.size(); i++) {
            double height = scaleDown < 1 ? preferred[i] * scaleDown : preferred[i] + extra;
            height = snapSizeY(height);
            int rows = LaneLayout.of(lanes.get(i).kind()).rows(height, metrics.get(lanes.get(i)), pad);
            boxes.add(new LaneBox(lanes.get(i), y, height, rows, false));
            y += height;
        }
        return boxes;
    }

    /** One lane: which items get marks (or density bars), their labels, and the marks bound and placed. */
    private LaneBox layoutLane(LaneBox box, MarkMetrics m, AxisScale scale, double lanesTop, double em,
                               Map<TimelineItem<?>, TimelineMark> previous, List<LaneDensity> densities) {
        TimelineView view = getSkinnable();
        TimelineIndex.Lane items = view.index().lane(box.lane());
        LaneLayout layout = LaneLayout.of(box.lane().kind());
        double width = scale.width();
        int from = items.firstEndingAfter(scale.toDay(0));
        int to = items.firstStartingFrom(scale.toDay(width));

        List<Integer> shown = new ArrayList<>();
        boolean dense = inView(items, from, to, scale, m, shown);
        if (dense) {
            densities.add(LaneDensity.of(box, items, from, to, scale, view, Math.max(2, em * 0.25), em * 5));
            keepSelection(box, items, scale, shown);
        }

        double minBar = Math.max(2, em * 0.3);
        TimelineItem<?> selected = view.getSelectedItem();
        List<LaneLayout.Bar> bars = new ArrayList<>(shown.size());
        List<LabelLayout.Candidate> candidates = new ArrayList<>(shown.size());
        for (int i : shown) {
            TimelineItem<?> item = items.get(i);
            LaneLayout.Bar bar = LaneLayout.bar(scale.toX(items.start(i)), scale.toX(items.end(i)),
                    item.isSingleDay(), m.glyphWidth(), minBar);
            bars.add(bar);
            int priority = item.equals(selected) ? 3 : view.passesFilter(item) ? 1 : 0;
            LabelLayout.Candidate c = layout.candidate(item, bar.textX(), priority, m, em, measurer);
            // Growing text stops at the right edge, where it ends in an ellipsis rather than being cut off.
            double room = width - bar.textX();
            if (c.widths().length > 0 && c.maxWidth() > room) {
                c = new LabelLayout.Candidate(c.x(), c.widths(), Math.max(c.widths()[0], room), c.priority());
            }
            candidates.add(c);
        }
        List<LabelLayout.Placement> placements = LabelLayout.place(candidates, dense ? 1 : box.rows(), em * 0.6);
        bindMarks(box, layout, m, items, shown, bars, candidates, placements, box.top() - lanesTop + em * 0.35,
                previous);
        return new LaneBox(box.lane(), box.top(), box.height(), box.rows(), dense);
    }

    /**
     * Collects the displayed items of {@code [from, to)} into {@code shown} and says whether the lane is too
     * dense for marks; when it is, {@code shown} is left empty. Cheap either way: past four times the cap it
     * does not look at the items at all.
     */
    private boolean inView(TimelineIndex.Lane items, int from, int to, AxisScale scale, MarkMetrics m,
                           List<Integer> shown) {
        TimelineView view = getSkinnable();
        int cap = view.getLaneNodeCap();
        if (to - from > 4 * cap) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (items.end(i) > scale.startDay() && view.isDisplayed(items.get(i))) {
                shown.add(i);
            }
        }
        if (LaneLayout.tooDense(shown.size(), cap, m.glyphWidth(), scale.width())) {
            shown.clear();
            return true;
        }
        return false;
    }

    /** The selection keeps its mark even in a dense lane: the user must always see what is selected. */
    private void keepSelection(LaneBox box, TimelineIndex.Lane items, AxisScale scale, List<Integer> shown) {
        TimelineView view = getSkinnable();
        TimelineItem<?> selected = view.getSelectedItem();
        if (selected != null && selected.lane().equals(box.lane()) && view.isDisplayed(selected)) {
            int at = items.indexOf(selected);
            if (at >= 0 && scale.toX(items.end(at)) >= 0 && scale.toX(items.start(at)) <= scale.width()) {
                shown.add(at);
            }
        }
    }

    /** Binds a pooled mark to each shown item (reusing the one it had), and sizes and places it. */
    private void bindMarks(LaneBox box, LaneLayout layout, MarkMetrics m, TimelineIndex.Lane items,
                           List<Integer> shown, List<LaneLayout.Bar> bars, List<LabelLayout.Candidate> candidates,
                           List<LabelLayout.Placement> placements, double laneTop,
                           Map<TimelineItem<?>, TimelineMark> previous) {
        TimelineView view = getSkinnable();
        TimelineItem<?> selected = view.getSelectedItem();
        for (int k = 0; k < shown.size(); k++) {
            TimelineItem<?> item = items.get(shown.get(k));
            LabelLayout.Placement p = placements.get(k);
            LaneLayout.Bar bar = bars.get(k);
            TimelineMark mark = previous.remove(item);
            if (mark == null) {
                mark = acquireMark(item.lane());
            }
            mark.pass = pass;
            activeMarks.put(item, mark);
            shownMarks.add(mark);
            mark.bind(item, item.equals(selected), !view.passesFilter(item));
            mark.setPoint(bar.point());
            double textX = candidates.get(k).x();
            double textWidth = p.placed() ? p.width() : 0;
            LaneLayout.Texts texts = layout.texts(item, p);
            double left = Math.min(bar.left(), textX);
            double right = Math.max(bar.left() + bar.width(), textX + textWidth);
            double nameWidth = texts.name() == null ? 0 : measurer.width(texts.name(), m.nameFont()) + m.nameInsets();
            mark.arrange(m, bar.left() - left, bar.width(), textX - left, textWidth, layout.textDrop(p, m),
                    texts.name(), nameWidth, texts.detail(), texts.title());
            mark.resizeRelocate(left, laneTop + layout.markTop(p, m), right - left, layout.markHeight(p, m));
            mark.setVisible(true);
        }
    }

    /**
     * A free mark, one that last stood in {@code lane} if there is one: a mark that changes lanes changes its style
     * class, and CSS is applied to it and its texts again, which was most of the timeline's share of an edit.
     */
    private TimelineMark acquireMark(TimelineLane lane) {
        TimelineMark mark = null;
        for (java.util.Iterator<TimelineMark> free = freeMarks.iterator(); free.hasNext(); ) {
            TimelineMark candidate = free.next();
            if (lane.equals(candidate.lane())) {
                free.remove();
                mark = candidate;
                break;
            }
        }
        if (mark == null) {
            mark = freeMarks.poll();
        }
        if (mark == null) {
            mark = new TimelineMark(getSkinnable());
            marksLayer.getChildren().add(mark);
        }
        return mark;
    }

    // ------------------------------------------------------------------------------------- hit testing

    @Override
    public Optional<TimelineItem<?>> itemAt(double x, double y) {
        TimelineView view = getSkinnable();
        view.layout();
        if (frame == null || x < frame.timeLeft() || x > frame.timeRight()) {
            return Optional.empty();
        }
        double lx = x - marksLayer.getLayoutX();
        double ly = y - marksLayer.getLayoutY();
        TimelineItem<?> selected = view.getSelectedItem();
        TimelineMark selectedMark = markFor(selected);
        if (selectedMark != null && selectedMark.hits(lx, ly, 2)) {
            return Optional.of(selected);
        }
        // Bars first, with a little slack: a bar is a small target and must win over a neighbour's text.
        for (int i = shownMarks.size() - 1; i >= 0; i--) {
            TimelineMark mark = shownMarks.get(i);
            if (mark.hits(lx, ly, 3) && mark.item() != null) {
                return Optional.of(mark.item());
            }
        }
        LaneBox box = frame.laneAt(y);
        if (box != null && box.dense()) {
            return nearestInDenseLane(box.lane(), x - frame.timeLeft(), 4);
        }
        return Optional.empty();
    }

    private Optional<TimelineItem<?>> nearestInDenseLane(TimelineLane lane, double x, double slack) {
        TimelineView view = getSkinnable();
        TimelineIndex.Lane items = view.index().lane(lane);
        AxisScale scale = frame.scale();
        int from = items.firstEndingAfter(scale.toDay(x - slack));
        int to = items.firstStartingFrom(scale.toDay(x + slack));
        TimelineItem<?> best = null;
        double bestDistance = Double.MAX_VALUE;
        for (int i = from; i < to && i < from + 10_000; i++) {
            if (!view.isDisplayed(items.get(i))) {
                continue;
            }
            double x0 = scale.toX(items.start(i));
            double x1 = scale.toX(items.end(i));
            double distance = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
            if (distance <= slack && distance < bestDistance) {
                best = items.get(i);
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Optional<Point2D> markCenter(TimelineItem<?> item) {
        TimelineView view = getSkinnable();
        view.layout();
        if (item == null || frame == null) {
            return Optional.empty();
        }
        TimelineMark mark = markFor(item);
        if (mark != null) {
            double cx = marksLayer.getLayoutX() + mark.barCenterX();
            double cy = marksLayer.getLayoutY() + mark.barCenterY();
            if (cx < frame.timeLeft() || cx > frame.timeRight()) {
                return Optional.empty();
            }
            return Optional.of(new Point2D(cx, cy));
        }
        LaneBox box = frame.lane(item.lane());
        if (box == null || !box.dense() || !view.isDisplayed(item)) {
            return Optional.empty();
        }
        double cx = frame.toX((item.startDay() + item.endDayExclusive()) / 2);
        if (cx < frame.timeLeft() || cx > frame.timeRight()) {
            return Optional.empty();
        }
        return Optional.of(new Point2D(cx, box.top() + box.height() / 2));
    }

    /** The mark showing an item (or an equal one: callers may hold a copy of the record), if any. */
    private TimelineMark markFor(TimelineItem<?> item) {
        if (item == null) {
            return null;
        }
        TimelineMark mark = activeMarks.get(item);
        if (mark != null) {
            return mark;
        }
        for (TimelineMark m : shownMarks) {
            if (item.equals(m.item())) {
                return m;
            }
        }
        return null;
    }

    // ----------------------------------------------------------------------------------- accessibility

    @Override
    protected Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        TimelineMark selectedMark = markFor(getSkinnable().getSelectedItem());
        return switch (attribute) {
            case FOCUS_ITEM -> selectedMark;
            case ITEM_COUNT -> shownMarks.size();
            case ITEM_AT_INDEX -> {
                int i = (Integer) parameters[0];
                yield i >= 0 && i < shownMarks.size() ? shownMarks.get(i) : null;
            }
            case SELECTED_ITEMS -> selectedMark == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(selectedMark);
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
