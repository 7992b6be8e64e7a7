package org.wicexplorer.data;

/**
 * What the app remembers between runs: the window's place and size, the last selected edition and the
 * user's display choices. Every field may be missing; the app then uses its default.
 */
public record UserSettings(Double x, Double y, Double width, Double height, Boolean maximized, String edition,
                           String language, Boolean compressedAxis) {

    public static UserSettings defaults() {
        return new UserSettings(null, null, null, null, null, null, null, null);
    }

    public UserSettings withWindow(double x, double y, double width, double height, boolean maximized) {
        return new UserSettings(x, y, width, height, maximized, edition, language, compressedAxis);
    }

    public UserSettings withEdition(String id) {
        return new UserSettings(x, y, width, height, maximized, id, language, compressedAxis);
    }

    public UserSettings withLanguage(String code) {
        return new UserSettings(x, y, width, height, maximized, edition, code, compressedAxis);
    }

    public UserSettings withCompressedAxis(boolean on) {
        return new UserSettings(x, y, width, height, maximized, edition, language, on);
    }
}
