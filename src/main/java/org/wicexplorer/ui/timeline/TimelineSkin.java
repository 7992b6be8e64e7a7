package org.wicexplorer.ui.timeline;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleAttribute;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;

/**
 * Lays out a {@link TimelineView}: a canvas for everything drawn, lane headers, and pooled mark nodes for the
 * items in view. A layout pass costs O(visible items): items are found by binary search per lane, and a lane
 * with more than {@link TimelineView#getLaneNodeCap()} items in view is summarised on the canvas instead.
 */
public class TimelineSkin extends SkinBase<TimelineView> {

    /** Rows of marks a point lane gets at its preferred height. */
    private static final int POINT_LANE_ROWS = 2;
    /**
     * A lane switches to density bars when its glyphs laid end to end would cover it more than this many times:
     * beyond that they overlap so much that neither eye nor mouse can tell them apart.
     */
    private static final double MAX_GLYPH_COVER = 1.5;
    /** Rows of text the edition lane staggers its labels over at its preferred height. */
    private static final int EDITION_TEXT_ROWS = 2;

    private final Canvas canvas = new Canvas();
    private final Pane marksLayer = new Pane();
    private final Rectangle marksClip = new Rectangle();
    private final Map<TimelineLane, Label> headers = new EnumMap<>(TimelineLane.class);
    private final Map<TimelineLane, TimelineMark> prototypes = new EnumMap<>(TimelineLane.class);
    private final Map<TimelineLane, MarkMetrics> laneMetrics = new EnumMap<>(TimelineLane.class);
    private final TextMeasurer measurer = new TextMeasurer();
    private final TimelinePainter painter;
    private final TimelineInput input;

    private final Deque<TimelineMark> freeMarks = new ArrayDeque<>();
    private Map<TimelineItem, TimelineMark> activeMarks = new IdentityHashMap<>();
    private final List<TimelineMark> shownMarks = new ArrayList<>();
    private TimelineFrame frame;
    /** Counts layout passes, so marks not used in the latest one can be told apart and recycled. */
    private long pass;

    public TimelineSkin(TimelineView view) {
        super(view);
        painter = new TimelinePainter(view, measurer);
        canvas.setMouseTransparent(true);
        canvas.setManaged(false);
        marksLayer.setClip(marksClip);
        marksLayer.setManaged(false);
        marksLayer.getStyleClass().add("timeline-marks");
        getChildren().addAll(canvas, marksLayer);
        LocalDate sample = LocalDate.of(2000, 1, 1);
        for (TimelineLane lane : TimelineLane.values()) {
            Label header = new Label();
            header.getStyleClass().addAll("timeline-lane-header", lane.styleClass());
            header.setManaged(false);
            header.setMinWidth(0);
            headers.put(lane, header);
            getChildren().add(header);
            // Never shown: it only lets CSS resolve each lane's fonts and sizes so marks can be measured up front.
            TimelineMark prototype = new TimelineMark(view);
            prototype.bind(new TimelineItem("prototype", lane, sample, null, "Ag", "Ag", "Ag", "", true, null),
                    false, false);
            prototype.setPoint(true);
            // The prototype measures every text line, so it gets them all up front.
            prototype.name().setText("Ag");
            prototype.badge();
            prototype.detail().setText("Ag");
            prototype.title().setText("Ag");
            prototype.setVisible(false);
            prototype.setAccessibleText(null);
            prototypes.put(lane, prototype);
            marksLayer.getChildren().add(prototype);
        }
        input = new TimelineInput(view);
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
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
        Map<TimelineLane, MarkMetrics> metrics = new EnumMap<>(TimelineLane.class);
        List<TimelineLane> lanes = new ArrayList<>();
        double headerWidth = 0;
        for (TimelineLane lane : TimelineLane.values()) {
            Label header = headers.get(lane);
            boolean shown = !view.getHiddenLanes().contains(lane);
            header.setVisible(shown);
            if (shown) {
                lanes.add(lane);
                header.setText(view.getLaneNames().apply(lane));
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

        view.setViewport(timeLeft, timeWidth);
        view.ensureWindow();
        AxisScale scale = view.scale();

        List<LaneBox> boxes = laneBoxes(lanes, metrics, lanesTop, axisTop - lanesTop, em);
        for (LaneBox box : boxes) {
            headers.get(box.lane()).resizeRelocate(x, box.top(), headerWidth, box.height());
        }

        marksLayer.resizeRelocate(timeLeft, lanesTop, timeWidth, axisTop - lanesTop);
        marksClip.setWidth(timeWidth);
        marksClip.setHeight(axisTop - lanesTop);

        Map<TimelineItem, TimelineMark> previous = activeMarks;
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
            MarkMetrics m = metrics.get(lanes.get(i));
            preferred[i] = 2 * pad + (lanes.get(i) == TimelineLane.EDITION ? m.editionHeight(EDITION_TEXT_ROWS)
                    : POINT_LANE_ROWS * m.rowHeight());
            total += preferred[i];
        }
        double extra = lanes.isEmpty() ? 0 : (available - total) / lanes.size();
        double scaleDown = total > available && total > 0 ? available / total : 1;
        List<LaneBox> boxes = new ArrayList<>();
        double y = top;
        for (int i = 0; i < lanes.size(); i++) {
            double height = scaleDown < 1 ? preferred[i] * scaleDown : preferred[i] + extra;
            height = snapSizeY(height);
            MarkMetrics m = metrics.get(lanes.get(i));
            int rows;
            if (lanes.get(i) == TimelineLane.EDITION) {
                // Editions keep one row of bars, so they read as a sequence; only their texts stagger.
                double text = height - 2 * pad - m.barHeight() - m.gapBelowBar();
                rows = Math.max(1, Math.min(EDITION_TEXT_ROWS, (int) (text / m.textBlockHeight())));
            } else {
                rows = Math.max(1, (int) ((height - 2 * pad) / m.rowHeight()));
            }
            boxes.add(new LaneBox(lanes.get(i), y, height, rows, false));
            y += height;
        }
        return boxes;
    }

    private LaneBox layoutLane(LaneBox box, MarkMetrics m, AxisScale scale, double lanesTop, double em,
                               Map<TimelineItem, TimelineMark> previous, List<LaneDensity> densities) {
        TimelineView view = getSkinnable();
        TimelineIndex.Lane items = view.index().lane(box.lane());
        double width = scale.width();
        int from = items.firstEndingAfter(scale.toDay(0));
        int to = items.firstStartingFrom(scale.toDay(width));
        int cap = view.getLaneNodeCap();
        TimelineItem selected = view.getSelectedItem();

        boolean dense = to - from > 4 * cap;
        List<Integer> shown = new ArrayList<>();
        if (!dense) {
            int inView = 0;
            for (int i = from; i < to; i++) {
                TimelineItem item = items.get(i);
                if (items.end(i) > scale.startDay() && view.isDisplayed(item)) {
                    shown.add(i);
                    inView++;
                }
            }
            dense = inView > cap || inView * m.glyphWidth() > MAX_GLYPH_COVER * width;
        }
        if (dense) {
            densities.add(LaneDensity.of(box, items, from, to, scale, view, Math.max(2, em * 0.25), em * 5));
            shown.clear();
            // The selection keeps its mark even in a dense lane: the user must always see what is selected.
            if (selected != null && selected.lane() == box.lane() && view.isDisplayed(selected)) {
                int at = items.indexOf(selected);
                if (at >= 0 && scale.toX(items.end(at)) >= 0 && scale.toX(items.start(at)) <= width) {
                    shown.add(at);
                }
            }
        }

        double pad = em * 0.35;
        double gap = em * 0.6;
        boolean edition = box.lane() == TimelineLane.EDITION;
        double minBar = Math.max(2, em * 0.3);
        List<LabelLayout.Candidate> candidates = new ArrayList<>(shown.size());
        double[] barLefts = new double[shown.size()];
        double[] barWidths = new double[shown.size()];
        boolean[] points = new boolean[shown.size()];
        for (int k = 0; k < shown.size(); k++) {
            int i = shown.get(k);
            TimelineItem item = items.get(i);
            double x0 = scale.toX(items.start(i));
            double x1 = scale.toX(items.end(i));
            double barWidth;
            double barLeft;
            points[k] = item.isSingleDay() || x1 - x0 < m.glyphWidth();
            if (points[k]) {
                barWidth = Math.max(x1 - x0, m.glyphWidth());
                barLeft = (x0 + x1) / 2 - barWidth / 2;
            } else {
                barWidth = Math.max(x1 - x0, minBar);
                barLeft = x0;
            }
            barLefts[k] = barLeft;
            barWidths[k] = barWidth;
            // A long item reaching in from the left keeps its text in view, like a sticky header.
            double textX = barLeft < 0 && barLeft + barWidth > 0 ? 0 : barLeft;
            int priority = item.equals(selected) ? 3 : view.passesFilter(item) ? 1 : 0;
            LabelLayout.Candidate c = edition ? editionCandidate(item, textX, priority, m, em)
                    : pointCandidate(item, textX, priority, m, em);
            // Growing text stops at the right edge, where it ends in an ellipsis rather than being cut off.
            double room = width - textX;
            if (c.widths().length > 0 && c.maxWidth() > room) {
                c = new LabelLayout.Candidate(c.x(), c.widths(), Math.max(c.widths()[0], room), c.priority());
            }
            candidates.add(c);
        }
        int rows = dense ? 1 : box.rows();
        List<LabelLayout.Placement> placements = LabelLayout.place(candidates, rows, gap);

        for (int k = 0; k < shown.size(); k++) {
            TimelineItem item = items.get(shown.get(k));
            LabelLayout.Placement p = placements.get(k);
            TimelineMark mark = previous.remove(item);
            if (mark == null) {
                mark = acquireMark();
            }
            mark.pass = pass;
            activeMarks.put(item, mark);
            shownMarks.add(mark);
            mark.bind(item, item.equals(selected), !view.passesFilter(item));
            mark.setPoint(points[k]);
            double textX = candidates.get(k).x();
            double textWidth = p.placed() ? p.width() : 0;
            String nameText = null;
            boolean showDetail = false;
            boolean showTitle = false;
            if (p.placed()) {
                if (edition) {
                    nameText = p.level() == 3 ? shortName(item) : editionName(item);
                    showDetail = p.level() <= 1;
                    showTitle = p.level() == 0;
                } else {
                    nameText = p.level() == 0 && !item.title().isEmpty() ? item.title() : shortName(item);
                }
            }
            double left = Math.min(barLefts[k], textX);
            double right = Math.max(barLefts[k] + barWidths[k], textX + textWidth);
            double textDrop = edition ? p.row() * m.textBlockHeight() : 0;
            double nameWidth = nameText == null ? 0 : measurer.width(nameText, m.nameFont()) + m.nameInsets();
            mark.arrange(m, barLefts[k] - left, barWidths[k], textX - left, textWidth, textDrop, nameText, nameWidth,
                    showDetail, showTitle);
            double top = box.top() - lanesTop + pad + (edition ? 0 : p.row() * m.rowHeight());
            double height = edition ? m.editionHeight(p.row() + 1) : m.rowHeight();
            mark.resizeRelocate(left, top, right - left, height);
            mark.setVisible(true);
        }
        return new LaneBox(box.lane(), box.top(), box.height(), box.rows(), dense);
    }

    /** Levels: name and year, dates, theme; name and year, dates; name and year; name alone. */
    private LabelLayout.Candidate editionCandidate(TimelineItem item, double x, int priority, MarkMetrics m, double em) {
        double badge = item.disputed() ? m.badgeWidth() : 0;
        double name = measurer.width(editionName(item), m.nameFont()) + m.nameInsets() + badge;
        double shortName = measurer.width(shortName(item), m.nameFont()) + m.nameInsets() + badge;
        double detail = item.detail().isEmpty() ? 0 : measurer.width(item.detail(), m.detailFont()) + m.detailInsets();
        double title = item.title().isEmpty() ? 0 : measurer.width(item.title(), m.titleFont()) + m.titleInsets();
        double withDates = Math.max(name, detail);
        double withTheme = Math.max(withDates, Math.min(title, 7 * em));
        return new LabelLayout.Candidate(x, new double[] {withTheme, withDates, name, shortName},
                Math.max(withDates, title), priority);
    }

    /** Levels: the title (ellipsised to the room there is); the short label. */
    private LabelLayout.Candidate pointCandidate(TimelineItem item, double x, int priority, MarkMetrics m, double em) {
        double badge = item.disputed() ? m.badgeWidth() : 0;
        double label = measurer.width(shortName(item), m.nameFont()) + m.nameInsets() + badge;
        if (item.title().isEmpty()) {
            return LabelLayout.Candidate.of(x, priority, label, label);
        }
        double title = measurer.width(item.title(), m.nameFont()) + m.nameInsets() + badge;
        return new LabelLayout.Candidate(x, new double[] {Math.min(title, 8 * em), label}, title, priority);
    }

    /** "1st · 2014": the label with the year, unless the label already says it. */
    private static String editionName(TimelineItem item) {
        String year = Integer.toString(item.start().getYear());
        if (item.label().isEmpty()) {
            return year;
        }
        return item.label().contains(year) ? item.label() : item.label() + " · " + year;
    }

    private static String shortName(TimelineItem item) {
        return item.label().isEmpty() ? Integer.toString(item.start().getYear()) : item.label();
    }

    private TimelineMark acquireMark() {
        TimelineMark mark = freeMarks.poll();
        if (mark == null) {
            mark = new TimelineMark(getSkinnable());
            marksLayer.getChildren().add(mark);
        }
        return mark;
    }

    // ------------------------------------------------------------------------------------- hit testing

    Optional<TimelineItem> itemAt(double x, double y) {
        TimelineView view = getSkinnable();
        view.layout();
        if (frame == null || x < frame.timeLeft() || x > frame.timeRight()) {
            return Optional.empty();
        }
        double lx = x - marksLayer.getLayoutX();
        double ly = y - marksLayer.getLayoutY();
        TimelineItem selected = view.getSelectedItem();
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

    private Optional<TimelineItem> nearestInDenseLane(TimelineLane lane, double x, double slack) {
        TimelineView view = getSkinnable();
        TimelineIndex.Lane items = view.index().lane(lane);
        AxisScale scale = frame.scale();
        int from = items.firstEndingAfter(scale.toDay(x - slack));
        int to = items.firstStartingFrom(scale.toDay(x + slack));
        TimelineItem best = null;
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

    Optional<Point2D> markCenter(TimelineItem item) {
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
    private TimelineMark markFor(TimelineItem item) {
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
