package org.wicexplorer.data;

import com.fasterxml.jackson.databind.DeserializationFeature;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and saves {@link PresentationSettings} like {@link SettingsStore}: backup, then defaults; atomic saves. */
public final class PresentationSettingsStore {
    private final Path file;

    public PresentationSettingsStore(Path file) {
        this.file = file;
    }

    public static PresentationSettingsStore inUserDataHome() {
        return new PresentationSettingsStore(UserDirectories.dataHome().resolve("presentation.json"));
    }

    public Path file() {
        return file;
    }

    public PresentationSettings load() {
        return AtomicFiles.<PresentationSettings>readWithBackup(file, bytes -> DataJson.mapper()
                        .readerFor(PresentationSettings.class)
                        .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(bytes))
                .orElseGet(PresentationSettings::defaults);
    }

    public void save(PresentationSettings settings) throws IOException {
        AtomicFiles.write(file, DataJson.mapper().writeValueAsBytes(settings));
    }
}
