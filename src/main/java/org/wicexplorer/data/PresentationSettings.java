package org.wicexplorer.data;

/**
 * What presentation mode remembers between classes: the type scale, the autoplay interval and whether
 * motion is reduced. Every field may be missing; the app then uses its default. Kept apart from
 * {@link UserSettings} so a damaged file costs only these three choices.
 */
public record PresentationSettings(Double scale, Integer autoplaySeconds, Boolean reducedMotion) {
    public static final double DEFAULT_SCALE = 1.0;
    public static final int DEFAULT_AUTOPLAY_SECONDS = 20;

    public static PresentationSettings defaults() {
        return new PresentationSettings(null, null, null);
    }

    public double scaleOrDefault() {
        return scale == null ? DEFAULT_SCALE : scale;
    }

    public int autoplaySecondsOrDefault() {
        return autoplaySeconds == null ? DEFAULT_AUTOPLAY_SECONDS : autoplaySeconds;
    }

    public boolean reducedMotionOrDefault() {
        return Boolean.TRUE.equals(reducedMotion);
    }

    public PresentationSettings withScale(double value) {
        return new PresentationSettings(value, autoplaySeconds, reducedMotion);
    }

    public PresentationSettings withAutoplaySeconds(int value) {
        return new PresentationSettings(scale, value, reducedMotion);
    }

    public PresentationSettings withReducedMotion(boolean value) {
        return new PresentationSettings(scale, autoplaySeconds, value);
    }
}
