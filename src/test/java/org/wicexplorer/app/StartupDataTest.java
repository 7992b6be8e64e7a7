package org.wicexplorer.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dataset the user asks for is used when it is good; when it is bad the app keeps the bundled one and says why. */
class StartupDataTest {

    @Test
    void aGoodRequestedDatasetIsUsed() throws Exception {
        StartupData data = StartupData.load(Path.of("src/test/resources/org/wicexplorer/data/minimal-dataset.json"));
        assertEquals(2, data.dataset().editions().size());
        assertTrue(data.rejected().isEmpty());
    }

    @Test
    void aBadRequestedDatasetFallsBackToTheBundledOneWithTheReasons(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("broken.wicdata.json"), "{\n  \"formatVersion\": 1,\n  \"editions\": [\n");
        StartupData data = StartupData.load(bad);
        assertEquals(13, data.dataset().editions().size(), "the bundled dataset is shown");
        assertEquals(bad, data.requested());
        assertEquals(1, data.rejected().size());
        assertTrue(data.rejected().get(0).toString().startsWith(bad + ":"), data.rejected().toString());
        assertTrue(data.rejected().get(0).message().startsWith("JSON syntax error"), data.rejected().toString());
    }
}
