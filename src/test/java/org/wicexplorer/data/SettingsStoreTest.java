package org.wicexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @Test
    void remembersWindowAndSelection(@TempDir Path dir) throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("settings.json"));
        store.save(UserSettings.defaults().withWindow(10, 20, 1200, 800, false).withEdition("wic-2019"));
        UserSettings back = new SettingsStore(dir.resolve("settings.json")).load();
        assertEquals(1200.0, back.width());
        assertEquals(800.0, back.height());
        assertEquals("wic-2019", back.edition());
        assertEquals(Boolean.FALSE, back.maximized());
    }

    @Test
    void aSaveKeepsThePreviousVersionAndLeavesNoTemporaryFiles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(UserSettings.defaults().withEdition("wic-2014"));
        store.save(UserSettings.defaults().withEdition("wic-2015"));
        assertTrue(Files.readString(AtomicFiles.backupOf(file)).contains("wic-2014"));
        assertTrue(Files.readString(file).contains("wic-2015"));
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".tmp")));
        }
    }

    @Test
    void aDamagedFileFallsBackToTheBackupThenToDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.json");
        SettingsStore store = new SettingsStore(file);
        store.save(UserSettings.defaults().withEdition("wic-2014"));
        store.save(UserSettings.defaults().withEdition("wic-2015"));
        Files.writeString(file, "{\"edition\": \"wic-20");
        assertEquals("wic-2014", store.load().edition(), "a half-written file gives way to the backup");
        Files.writeString(AtomicFiles.backupOf(file), "\u0000garbage");
        assertNull(store.load().edition(), "with both damaged, the app starts with defaults");
    }

    @Test
    void userDataLivesWhereTheOverrideSays(@TempDir Path dir) {
        String before = System.getProperty("wic.userdir");
        try {
            System.setProperty("wic.userdir", dir.toString());
            assertEquals(dir.resolve("settings.json"), SettingsStore.inUserDataHome().file());
        } finally {
            if (before == null) {
                System.clearProperty("wic.userdir");
            } else {
                System.setProperty("wic.userdir", before);
            }
        }
    }
}
