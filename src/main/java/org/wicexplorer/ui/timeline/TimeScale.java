package org.wicexplorer.ui.timeline;

/** The ordinary, linear time axis: every day is equally wide. */
public final class TimeScale implements AxisScale {

    private final double startDay;
    private final double endDay;
    private final double width;
    private final double pixelsPerDay;

    public TimeScale(double startDay, double endDay, double width) {
        if (!(endDay > startDay) || !(width > 0)) {
            throw new IllegalArgumentException("empty scale: " + startDay + ".." + endDay + " over " + width + " px");
        }
        this.startDay = startDay;
        this.endDay = endDay;
        this.width = width;
        this.pixelsPerDay = width / (endDay - startDay);
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
        return (epochDay - startDay) * pixelsPerDay;
    }

    @Override
    public double toDay(double x) {
        return startDay + x / pixelsPerDay;
    }

    @Override
    public double pixelsPerDay(double epochDay) {
        return pixelsPerDay;
    }
}
