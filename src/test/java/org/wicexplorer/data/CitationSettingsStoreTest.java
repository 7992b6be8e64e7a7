package org.wicexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The remembered citation style: saved, read back, and a damaged file read as no choice. */
class CitationSettingsStoreTest {
    @Test
    void aSavedStyleIsReadBack(@TempDir Path dir) throws Exception {
        CitationSettingsStore store = new CitationSettingsStore(dir.resolve("citation.json"));
        assertEquals(Optional.empty(), store.style());
        store.saveStyle("gbt-7714-author-date");
        assertEquals(Optional.of("gbt-7714-author-date"), new CitationSettingsStore(dir.resolve("citation.json")).style());
    }

    @Test
    void aDamagedFileIsNoChoice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("citation.json");
        Files.writeString(file, "{\"style\": ");
        assertEquals(Optional.empty(), new CitationSettingsStore(file).style());
        Files.writeString(file, "{\"style\": 3}");
        assertEquals(Optional.empty(), new CitationSettingsStore(file).style());
    }
}
