package org.wicexplorer.app;

/** Facts about the running application itself. */
final class AppInfo {
    static final String NAME = "WIC Timeline Explorer";

    private AppInfo() {
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
