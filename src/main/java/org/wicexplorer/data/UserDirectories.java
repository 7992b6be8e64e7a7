package org.wicexplorer.data;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where user data lives: the XDG data home on Linux, %APPDATA% on Windows, Application Support on macOS;
 * never inside the installation. The system property {@code wic.userdir} overrides it (tests, portable use).
 */
public final class UserDirectories {
    static final String APP_DIR = "wic-timeline-explorer";

    private UserDirectories() {
    }

    public static Path dataHome() {
        String override = System.getProperty("wic.userdir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("WIC Timeline Explorer");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/WIC Timeline Explorer");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local/share");
        return base.resolve(APP_DIR);
    }
}
