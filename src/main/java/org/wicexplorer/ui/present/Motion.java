package org.wicexplorer.ui.present;

import javafx.util.Duration;

/**
 * How slides change. Short by default, and none at all when reduced motion is chosen: in the
 * presentation (M), in the saved settings, with {@code --reduced-motion}, or with the system property
 * {@value #PROPERTY}, for people for whom movement on a big screen is a problem.
 */
public final class Motion {
    public static final String PROPERTY = "wic.reducedMotion";
    /** Long enough to see which way the class moved, short enough never to hold a clicker back. */
    static final Duration TRANSITION = Duration.millis(200);

    private Motion() {
    }

    /** Reduced motion asked for when the app was started. */
    public static boolean requestedAtStartup() {
        return Boolean.getBoolean(PROPERTY);
    }
}
