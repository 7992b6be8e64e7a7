package org.wicexplorer.ui.timeline;

/** The horizontal bands of a {@link TimelineView}, top to bottom. */
public enum TimelineLane {
    EDITION("lane-edition"),
    DOCUMENT("lane-document"),
    CONTROVERSY("lane-controversy"),
    MILESTONE("lane-milestone"),
    /** Imported timelines' events, apart from the WIC's own (issue 18). */
    IMPORTED("lane-imported");

    private final String styleClass;

    TimelineLane(String styleClass) {
        this.styleClass = styleClass;
    }

    /** The style class carried by this lane's header and marks, so CSS can colour a lane in one place. */
    public String styleClass() {
        return styleClass;
    }
}
