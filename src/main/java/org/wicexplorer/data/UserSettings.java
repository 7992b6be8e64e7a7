package org.wicexplorer.data;

/**
 * What the app remembers between runs: the window's place and size, the last selected edition and the
 * user's display choices. Every field may be missing; the app then uses its default.
 */
public record UserSettings(Double x, Double y, Double width, Double height, Boolean maximized, String edition,
                           String language, Boolean compressedAxis, String theme, Double fontScale) {

    public static UserSettings defaults() {
        return new UserSettings(null, null, null, null, null, null, null, null, null, null);
    }

    public UserSettings withWindow(double x, double y, double width, double height, boolean maximized) {
        return new UserSettings(x, y, width, height, maximized, edition, language, compressedAxis, theme, fontScale);
    }

    public UserSettings withEdition(String id) {
        return new UserSettings(x, y, width, height, maximized, id, language, compressedAxis, theme, fontScale);
    }

    public UserSettings withLanguage(String code) {
        return new UserSettings(x, y, width, height, maximized, edition, code, compressedAxis, theme, fontScale);
    }

    public UserSettings withCompressedAxis(boolean on) {
        return new UserSettings(x, y, width, height, maximized, edition, language, on, theme, fontScale);
    }

    /** The theme's name, e.g. "dark"; see {@code ui.Theme}. */
    public UserSettings withTheme(String name) {
        return new UserSettings(x, y, width, height, maximized, edition, language, compressedAxis, name, fontScale);
    }

    /** The interface's size as a factor of the default root font size. */
    public UserSettings withFontScale(double scale) {
        return new UserSettings(x, y, width, height, maximized, edition, language, compressedAxis, theme, scale);
    }
}
