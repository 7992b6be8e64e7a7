package org.wicexplorer.ui.timeline;

/**
 * Where one lane was laid out, in the control's coordinates.
 *
 * @param rows  how many rows of marks fit in it
 * @param dense whether it is drawn as density bars instead of marks
 */
record LaneBox(TimelineLane lane, double top, double height, int rows, boolean dense) {

    boolean contains(double y) {
        return y >= top && y < top + height;
    }
}
