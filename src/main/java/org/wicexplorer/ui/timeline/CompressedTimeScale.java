package org.wicexplorer.ui.timeline;

import java.util.List;

/**
 * The edition-compressed axis over a visible window: a {@link CompressedAxis} warp followed by a linear map of
 * the warped window onto the pixels.
 */
public final class CompressedTimeScale implements AxisScale {

    private final CompressedAxis axis;
    private final double startDay;
    private final double endDay;
    private final double width;
    private final double startUnit;
    private final double pixelsPerUnit;

    public CompressedTimeScale(CompressedAxis axis, double startDay, double endDay, double width) {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty scale: " + startDay + ".." + endDay + " over " + width + " px");
        }
        this.axis = axis;
        this.startDay = startDay;
        this.endDay = endDay;
        this.width = width;
        this.startUnit = axis.toUnit(startDay);
        this.pixelsPerUnit = width / (axis.toUnit(endDay) - startUnit);
    }

    @Override
    public double startDay() {
        return startDay;
    }

    @Override
    public double endDay() {
        return endDay;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double toX(double epochDay) {
        return (axis.toUnit(epochDay) - startUnit) * pixelsPerUnit;
    }

    @Override
    public double toDay(double x) {
        return axis.toDay(startUnit + x / pixelsPerUnit);
    }

    @Override
    public List<DayRange> gaps() {
        return axis.gaps();
    }

    @Override
    public boolean isInGap(double epochDay) {
        return axis.isInGap(epochDay);
    }

    @Override
    public double keptFrom(double epochDay) {
        return axis.keptFrom(epochDay);
    }
}
