package org.wicexplorer.ui.timeline;

import java.util.List;

/**
 * The geometry of one layout pass, in the control's coordinates: what the canvas needs to draw and what hit
 * tests need afterwards.
 *
 * @param timeLeft    x where the time area starts (right of the lane headers)
 * @param timeWidth   width of the time area
 * @param eraTop      top of the era strip
 * @param lanesTop    top of the first lane (bottom of the era strip)
 * @param axisTop     the axis line (bottom of the last lane)
 * @param axisHeight  height of the axis rows under the axis line
 */
record TimelineFrame(double timeLeft, double timeWidth, double eraTop, double lanesTop, double axisTop,
                     double axisHeight, List<LaneBox> lanes, List<LaneDensity> densities, AxisScale scale) {

    double timeRight() {
        return timeLeft + timeWidth;
    }

    double toX(double epochDay) {
        return timeLeft + scale.toX(epochDay);
    }

    LaneBox laneAt(double y) {
        for (LaneBox box : lanes) {
            if (box.contains(y)) {
                return box;
            }
        }
        return null;
    }

    LaneBox lane(TimelineLane lane) {
        for (LaneBox box : lanes) {
            if (box.lane().equals(lane)) {
                return box;
            }
        }
        return null;
    }
}
