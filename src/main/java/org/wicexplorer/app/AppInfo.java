package org.wicexplorer.app;

/** Facts about the running application itself. */
final class AppInfo {
    static final String NAME = "WIC Timeline Explorer";

    private AppInfo() {
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        if (v == null) { // an installed app runs as a module, versioned by the build
            v = Main.class.getModule().getDescriptor() == null ? null
                    : Main.class.getModule().getDescriptor().rawVersion().orElse(null);
        }
        return v == null ? "development build" : v;
    }
}
