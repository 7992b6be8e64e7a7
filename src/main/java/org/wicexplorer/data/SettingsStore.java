package org.wicexplorer.data;

import com.fasterxml.jackson.databind.DeserializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and saves {@link UserSettings}. A missing or damaged file never stops the app: the backup is
 * tried, then the defaults; saves are atomic.
 */
public final class SettingsStore {
    private final Path file;

    public SettingsStore(Path file) {
        this.file = file;
    }

    public static SettingsStore inUserDataHome() {
        return new SettingsStore(UserDirectories.dataHome().resolve("settings.json"));
    }

    public Path file() {
        return file;
    }

    public UserSettings load() {
        return AtomicFiles.<UserSettings>readWithBackup(file, bytes -> DataJson.mapper().readerFor(UserSettings.class)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(bytes))
                .orElseGet(UserSettings::defaults);
    }

    public void save(UserSettings settings) throws IOException {
        AtomicFiles.write(file, DataJson.mapper().writeValueAsBytes(settings));
    }
}
