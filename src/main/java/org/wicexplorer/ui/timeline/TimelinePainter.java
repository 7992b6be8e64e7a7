package org.wicexplorer.ui.timeline;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Background;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Draws everything that is not a mark: lane stripes, eras, compressed gaps, grid, axis, density bars and the
 * today marker. One canvas redraw costs the same for ten items or ten thousand.
 */
final class TimelinePainter {

    private final TimelineView view;
    private final TextMeasurer measurer;

    /** A lane's colour for its density bars: its marks' bar colour, as CSS resolved it. */
    private final Function<TimelineLane, Paint> laneColor;

    TimelinePainter(TimelineView view, TextMeasurer measurer, Function<TimelineLane, Paint> laneColor) {
        this.view = view;
        this.laneColor = laneColor;
        this.measurer = measurer;
    }

    void paint(GraphicsContext g, double width, double height, TimelineFrame f) {
        g.clearRect(0, 0, width, height);
        Font base = view.getFont();
        double em = base.getSize();
        Font small = Font.font(base.getFamily(), base.getSize() * 0.85);
        Font smallBold = Font.font(base.getFamily(), FontWeight.BOLD, base.getSize() * 0.85);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);

        Color background = opaqueBands() ? opaqueBackground() : null;
        if (background != null) {
            paintOpaqueBands(g, f, background);
        } else {
            paintLaneStripes(g, f);
        }
        g.save();
        g.beginPath();
        g.rect(f.timeLeft(), f.eraTop(), f.timeWidth(), f.axisTop() + f.axisHeight() - f.eraTop());
        g.clip();

        paintEras(g, f, background == null);
        paintGaps(g, f, background == null);
        AxisTicks.Result ticks = AxisTicks.choose(f.scale(), s -> measurer.width(s, small), em * 0.6,
                view.getLocale());
        paintGrid(g, f, ticks);
        for (LaneDensity d : f.densities()) {
            paintDensity(g, f, d, small, em);
        }
        paintAxis(g, f, ticks, small, smallBold, em);
        paintGapMarkers(g, f, Font.font(base.getFamily(), base.getSize() * 0.78), em);
        paintTodayAndEraLabels(g, f, smallBold, em);
        g.restore();
    }

    private void paintLaneStripes(GraphicsContext g, TimelineFrame f) {
        g.setFill(view.laneAltColor());
        for (int i = 1; i < f.lanes().size(); i += 2) {
            LaneBox box = f.lanes().get(i);
            g.fillRect(f.timeLeft(), box.top(), f.timeWidth(), box.height());
        }
    }

    private void paintEras(GraphicsContext g, TimelineFrame f, boolean fill) {
        List<TimelineEra> eras = view.erasOrEmpty();
        LocalDate today = view.getToday();
        for (int i = 0; i < eras.size(); i++) {
            TimelineEra era = eras.get(i);
            double x0 = f.toX(era.start().toEpochDay());
            double x1 = f.toX(era.endDayExclusive(today));
            if (x1 < f.timeLeft() || x0 > f.timeRight()) {
                continue;
            }
            if (fill) {
                g.setFill(view.eraColor(i));
                g.fillRect(x0, f.eraTop(), x1 - x0, f.axisTop() - f.eraTop());
            }
            g.setFill(view.eraTextColor());
            g.fillRect(Math.round(x0), f.eraTop(), 1, f.axisTop() - f.eraTop());
        }
    }

    private void paintGaps(GraphicsContext g, TimelineFrame f, boolean fill) {
        for (DayRange gap : f.scale().gaps()) {
            double x0 = f.toX(gap.start());
            double x1 = f.toX(gap.end());
            if (x1 < f.timeLeft() || x0 > f.timeRight()) {
                continue;
            }
            if (fill) {
                g.setFill(view.gapColor());
                g.fillRect(x0, f.lanesTop(), x1 - x0, f.axisTop() - f.lanesTop());
            }
            g.setFill(dashes(view.gridColor(), f.lanesTop()));
            g.fillRect(Math.round(x0), f.lanesTop(), 1, f.axisTop() - f.lanesTop());
            g.fillRect(Math.round(x1) - 1, f.lanesTop(), 1, f.axisTop() - f.lanesTop());
        }
    }

    /*
     * The translucent bands (lane stripes, eras, compressed gaps) as opaque rectangles in the colours they make
     * over the control's background and over each other. The software pipeline fills an opaque rectangle and
     * draws a mostly opaque canvas much faster than it blends translucent ones: half a canvas of translucent
     * bands cost 1.5-2.5 ms a frame, the same bands pre-blended less than nothing (docs/performance.md, T2).
     * Only when the background and every band colour are plain colours; otherwise the bands are blended.
     */

    private boolean opaqueBands() {
        if (!(view.laneAltColor() instanceof Color) || !(view.gapColor() instanceof Color)) {
            return false;
        }
        for (int i = 0; i < Math.max(2, view.erasOrEmpty().size()); i++) {
            if (!(view.eraColor(i) instanceof Color)) {
                return false;
            }
        }
        return true;
    }

    /** The colour the control's content stands on: its last background fill, when that is an opaque colour. */
    private Color opaqueBackground() {
        Background background = view.getBackground();
        if (background == null || background.getFills().isEmpty()) {
            return null;
        }
        Paint last = background.getFills().get(background.getFills().size() - 1).getFill();
        return last instanceof Color c && c.isOpaque() ? c : null;
    }

    private void paintOpaqueBands(GraphicsContext g, TimelineFrame f, Color background) {
        double left = Math.round(f.timeLeft());
        double right = Math.round(f.timeRight());
        List<TimelineEra> eras = view.erasOrEmpty();
        LocalDate today = view.getToday();
        double[][] eraSpans = new double[eras.size()][];
        List<Double> cuts = new ArrayList<>(List.of(left, right));
        for (int i = 0; i < eras.size(); i++) {
            double x0 = Math.round(f.toX(eras.get(i).start().toEpochDay()));
            double x1 = Math.round(f.toX(eras.get(i).endDayExclusive(today)));
            eraSpans[i] = new double[] {x0, x1};
            cuts.add(x0);
            cuts.add(x1);
        }
        List<DayRange> gaps = f.scale().gaps();
        double[][] gapSpans = new double[gaps.size()][];
        for (int i = 0; i < gaps.size(); i++) {
            double x0 = Math.round(f.toX(gaps.get(i).start()));
            double x1 = Math.round(f.toX(gaps.get(i).end()));
            gapSpans[i] = new double[] {x0, x1};
            cuts.add(x0);
            cuts.add(x1);
        }
        double[] xs = cuts.stream().mapToDouble(Double::doubleValue).filter(x -> x >= left && x <= right)
                .sorted().distinct().toArray();
        // Horizontal bands: the era strip, each lane (every other one striped), whatever is left above the
        // axis, and the axis itself.
        List<double[]> bands = new ArrayList<>(); // top, bottom, striped (0/1), lane (0/1)
        double eraTop = Math.round(f.eraTop());
        double lanesTop = Math.round(f.lanesTop());
        double axisTop = Math.round(f.axisTop());
        bands.add(new double[] {eraTop, lanesTop, 0, 0});
        double y = lanesTop;
        for (int i = 0; i < f.lanes().size(); i++) {
            LaneBox box = f.lanes().get(i);
            double bottom = Math.min(axisTop, Math.round(box.top() + box.height()));
            bands.add(new double[] {Math.round(box.top()), bottom, i % 2, 1});
            y = bottom;
        }
        if (y < axisTop) {
            bands.add(new double[] {y, axisTop, 0, 1});
        }
        bands.add(new double[] {axisTop, Math.round(f.axisTop() + f.axisHeight()), 0, -1});
        Color stripe = (Color) view.laneAltColor();
        Color gapColor = (Color) view.gapColor();
        for (double[] band : bands) {
            if (band[1] <= band[0]) {
                continue;
            }
            for (int k = 0; k + 1 < xs.length; k++) {
                double mid = (xs[k] + xs[k + 1]) / 2;
                Color c = band[2] == 1 ? over(stripe, background) : background;
                if (band[3] >= 0) {
                    for (int i = 0; i < eraSpans.length; i++) {
                        if (eraSpans[i][0] <= mid && mid < eraSpans[i][1]) {
                            c = over((Color) view.eraColor(i), c);
                        }
                    }
                }
                if (band[3] == 1) {
                    for (double[] gap : gapSpans) {
                        if (gap[0] <= mid && mid < gap[1]) {
                            c = over(gapColor, c);
                        }
                    }
                }
                g.setFill(c);
                g.fillRect(xs[k], band[0], xs[k + 1] - xs[k], band[1] - band[0]);
            }
        }
    }

    /** A translucent colour laid over an opaque one. */
    private static Color over(Color top, Color below) {
        double a = top.getOpacity();
        return Color.color(top.getRed() * a + below.getRed() * (1 - a), top.getGreen() * a + below.getGreen() * (1 - a),
                top.getBlue() * a + below.getBlue() * (1 - a));
    }

    /*
     * Straight lines are filled rectangles, not strokes: Prism's software pipeline (the one a machine without
     * a usable GPU gets) fills an axis-aligned rectangle directly but sends every stroke through the antialiasing
     * path rasteriser, and strokes were four fifths of a frame (docs/performance.md, T2). Same pixels.
     */

    private Paint dashColor;
    private ImagePattern dashPattern;

    /** A paint of 3-pixel dashes 3 pixels apart, starting at {@code top}: a dashed line in one fill. */
    private Paint dashes(Paint color, double top) {
        if (!(color instanceof Color c)) {
            return color;
        }
        if (!c.equals(dashColor)) {
            WritableImage tile = new WritableImage(1, 6);
            for (int y = 0; y < 6; y++) {
                tile.getPixelWriter().setColor(0, y, y < 3 ? c : Color.TRANSPARENT);
            }
            dashColor = c;
            dashPattern = new ImagePattern(tile, 0, 0, 1, 6, false);
        }
        return new ImagePattern(dashPattern.getImage(), 0, top, 1, 6, false);
    }

    private void paintGrid(GraphicsContext g, TimelineFrame f, AxisTicks.Result ticks) {
        g.setFill(view.gridColor());
        double height = f.axisTop() - f.lanesTop();
        for (AxisTicks.Tick t : ticks.ticks()) {
            g.fillRect(Math.round(f.timeLeft() + t.x()), f.lanesTop(), 1, height);
        }
        // Period boundaries (months under day ticks, years under month ticks) read as stronger lines.
        for (AxisTicks.Tick t : ticks.context()) {
            double x = f.toX(t.date().toEpochDay());
            if (!f.scale().isInGap(t.date().toEpochDay())) {
                g.fillRect(Math.round(x) - 1, f.lanesTop(), 2, height);
            }
        }
    }

    private void paintDensity(GraphicsContext g, TimelineFrame f, LaneDensity d, Font small, double em) {
        LaneBox box = d.box();
        double pad = em * 0.3;
        double countHeight = measurer.height(small);
        double top = box.top() + pad;
        double bottom = box.top() + box.height() - pad - countHeight;
        double full = Math.max(1, bottom - top);
        int max = d.max();
        if (max == 0) {
            return;
        }
        double logMax = Math.log1p(max);
        Paint color = laneColor.apply(box.lane());
        g.setFill(color);
        // Items failing the filter stay as a faint layer, so dimming still says something in a dense lane.
        // With nothing filtered out an opaque top layer hides it entirely: skipping it halves a dense frame's
        // rectangles (docs/performance.md, T2).
        if (!(color.isOpaque() && Arrays.equals(d.all(), d.passing()))) {
            g.setGlobalAlpha(0.3);
            fillBins(g, f, d.all(), d.binWidth(), bottom, full, logMax);
            g.setGlobalAlpha(1);
        }
        fillBins(g, f, d.passing(), d.binWidth(), bottom, full, logMax);

        g.setFill(view.axisColor());
        g.setFont(small);
        g.setTextAlign(TextAlignment.CENTER);
        NumberFormat format = NumberFormat.getIntegerInstance(view.getLocale());
        for (int c = 0; c < d.clusters().length; c++) {
            if (d.clusters()[c] > 0) {
                double cx = f.timeLeft() + (c + 0.5) * d.clusterWidth();
                g.fillText(format.format(d.clusters()[c]), cx, bottom + pad * 0.3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void fillBins(GraphicsContext g, TimelineFrame f, int[] counts, double binWidth, double bottom,
                                 double full, double logMax) {
        int b = 0;
        while (b < counts.length) {
            if (counts[b] == 0) {
                b++;
                continue;
            }
            int start = b;
            int value = counts[b];
            while (b < counts.length && counts[b] == value) {
                b++;
            }
            double h = Math.max(2, full * Math.log1p(value) / logMax);
            g.fillRect(f.timeLeft() + start * binWidth, bottom - h, (b - start) * binWidth - 0.5, h);
        }
    }

    private void paintAxis(GraphicsContext g, TimelineFrame f, AxisTicks.Result ticks, Font small, Font smallBold,
                           double em) {
        double axis = Math.round(f.axisTop()) + 0.5;
        g.setFill(view.axisColor());
        g.fillRect(f.timeLeft(), axis - 0.5, f.timeWidth(), 1);
        double tickRow = f.axisTop() + em * 0.4;
        double contextRow = tickRow + measurer.height(small);
        g.setFont(small);
        for (AxisTicks.Tick t : ticks.ticks()) {
            g.fillRect(Math.round(f.timeLeft() + t.x()), axis, 1, em * 0.35);
            g.fillText(t.label(), f.timeLeft() + t.labelX(), tickRow);
        }
        g.setFont(smallBold);
        for (AxisTicks.Tick t : ticks.context()) {
            g.fillText(t.label(), f.timeLeft() + t.labelX(), contextRow);
        }
    }

    private void paintGapMarkers(GraphicsContext g, TimelineFrame f, Font small, double em) {
        double axis = Math.round(f.axisTop()) + 0.5;
        double tickRow = f.axisTop() + em * 0.4;
        g.setFont(small);
        g.setTextAlign(TextAlignment.CENTER);
        for (DayRange gap : f.scale().gaps()) {
            double x0 = f.toX(gap.start());
            double x1 = f.toX(gap.end());
            if (x1 < f.timeLeft() || x0 > f.timeRight()) {
                continue;
            }
            double xc = (x0 + x1) / 2;
            double s = em * 0.35;
            // The classic axis break: the line is cut and two slanted strokes mark the cut.
            g.clearRect(xc - s * 0.6, axis - 1.5, s * 1.2, 3);
            g.setStroke(view.axisColor());
            g.setLineWidth(1.5);
            g.strokeLine(xc - s * 1.1, axis + s, xc - s * 0.1, axis - s);
            g.strokeLine(xc + s * 0.1, axis + s, xc + s * 1.1, axis - s);
            LocalDate from = LocalDate.ofEpochDay((long) Math.floor(gap.start()));
            LocalDate to = LocalDate.ofEpochDay((long) Math.floor(gap.end()));
            String text = view.getGapFormatter().apply(Period.between(from, to));
            if (text != null && measurer.width(text, small) + 4 <= x1 - x0) {
                g.setFill(view.axisColor());
                g.fillText(text, xc, tickRow + s * 0.4);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    private void paintTodayAndEraLabels(GraphicsContext g, TimelineFrame f, Font smallBold, double em) {
        double stripHeight = f.lanesTop() - f.eraTop();
        double textHeight = measurer.height(smallBold);
        double textY = f.eraTop() + Math.max(0, (stripHeight - textHeight) / 2);
        double pad = em * 0.35;
        List<LabelLayout.Candidate> candidates = new ArrayList<>();

        double todayX = f.toX(view.getToday().toEpochDay() + 0.5);
        String todayText = view.getTodayText() == null ? "" : view.getTodayText();
        double pillWidth = measurer.width(todayText, smallBold) + 2 * pad;
        boolean todayVisible = todayX >= f.timeLeft() && todayX <= f.timeRight();
        double pillLeft = Math.max(f.timeLeft(), Math.min(todayX - pillWidth / 2, f.timeRight() - pillWidth));
        candidates.add(LabelLayout.Candidate.of(todayVisible && !todayText.isEmpty() ? pillLeft : Double.NaN, 10,
                pillWidth));

        List<TimelineEra> eras = view.erasOrEmpty();
        List<String> texts = new ArrayList<>();
        for (TimelineEra era : eras) {
            double x0 = Math.max(f.toX(era.start().toEpochDay()), f.timeLeft()) + pad;
            double x1 = Math.min(f.toX(era.endDayExclusive(view.getToday())), f.timeRight()) - pad;
            String text = measurer.fit(era.label(), smallBold, x1 - x0);
            texts.add(text);
            double w = measurer.width(text, smallBold);
            candidates.add(LabelLayout.Candidate.of(text.isEmpty() || x1 <= x0 ? Double.NaN : x0, 1, w));
        }
        List<LabelLayout.Placement> placed = LabelLayout.place(candidates, 1, pad);

        g.setFont(smallBold);
        g.setFill(view.eraTextColor());
        for (int i = 0; i < eras.size(); i++) {
            if (placed.get(i + 1).placed()) {
                g.fillText(texts.get(i), candidates.get(i + 1).x(), textY);
            }
        }
        if (todayVisible) {
            g.setFill(view.todayColor());
            g.fillRect(todayX - 1, f.eraTop(), 2, f.axisTop() - f.eraTop());
            if (placed.get(0).placed()) {
                g.setFill(view.todayColor());
                g.fillRoundRect(pillLeft, textY - 1, pillWidth, textHeight + 2, em * 0.6, em * 0.6);
                g.setFill(view.todayTextColor());
                g.fillText(todayText, pillLeft + pad, textY);
            }
        }
    }
}
