package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.LoadResult;
import org.wicexplorer.data.SeedLibrary;

/**
 * Coverage-guided fuzzing of every reader of user files: whatever the bytes, the only error that escapes
 * is {@link DataException} (the loader returns its problems instead), with at least one problem. Any
 * other exception is a finding. The first byte picks the reader, so one fuzz test covers them all: Jazzer
 * fuzzes one test per run. {@code mvn verify} fuzzes it for a bounded time (pom.xml, execution "fuzz");
 * without {@code JAZZER_FUZZ} it replays the committed inputs in DatasetReadersFuzzTestInputs/readers.
 */
class DatasetReadersFuzzTest {
    private static SeedLibrary seeds;
    private static DatasetLoader loader;

    @BeforeAll
    static void load() throws DataException {
        seeds = SeedLibrary.bundled();
        loader = new DatasetLoader(seeds);
    }

    @FuzzTest(maxDuration = "60s")
    void readers(byte[] input) {
        if (input.length == 0) {
            return;
        }
        byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
        try {
            switch (Math.floorMod(input[0], 4)) {
                case 0 -> {
                    LoadResult result = loader.load("fuzz.json", bytes);
                    assertTrue(result.ok() != !result.problems().isEmpty(), "a dataset or its problems, never both");
                }
                case 1 -> TimelineJs.read("fuzz.json", text(bytes), "file:/fuzz.json", seeds);
                case 2 -> CsvEvents.read("fuzz.csv", text(bytes), "file:/fuzz.csv", seeds);
                default -> TextInput.decode("fuzz.txt", bytes);
            }
        } catch (DataException e) {
            assertFalse(e.problems().isEmpty(), "a refusal says why");
        }
    }

    /** The codecs read text that {@link TextInput} decoded; fuzz them through it, as an import does. */
    private static String text(byte[] bytes) throws DataException {
        return TextInput.decode("fuzz", bytes);
    }
}
