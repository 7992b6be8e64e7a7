package org.wicexplorer.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What installers and file managers pass: a bare file, a file: URI, the smoke-test flag. */
class CommandLineTest {

    @Test
    void aBareFileIsTheDatasetToOpen() {
        CommandLine options = CommandLine.parse("my data/editions.wicdata.json");
        assertEquals(Path.of("my data/editions.wicdata.json"), options.dataset());
        assertTrue(options.errors().isEmpty());
        assertFalse(options.isBatch(), "a file opens the window");
    }

    @Test
    void aFileUriIsAFile() {
        CommandLine options = CommandLine.parse("file:///tmp/my%20data/x.wicdata.json");
        assertEquals(Path.of("/tmp/my data/x.wicdata.json"), options.dataset());
    }

    @Test
    void onlyOneDataset() {
        CommandLine options = CommandLine.parse("--dataset", "a.json", "b.json");
        assertEquals(Path.of("a.json"), options.dataset());
        assertEquals(1, options.errors().size(), options.errors().toString());
        assertTrue(options.isBatch(), "the error is reported without a window");
    }

    @Test
    void smokeTestOpensTheWindow() {
        CommandLine options = CommandLine.parse("--smoke-test");
        assertTrue(options.smokeTest());
        assertFalse(options.isBatch());
        assertTrue(CommandLine.USAGE.contains("--smoke-test"));
        assertFalse(CommandLine.parse().smokeTest());
    }

    @Test
    void benchmarkOpensTheWindowAndCombinesWithADataset() {
        CommandLine options = CommandLine.parse("--benchmark", "--dataset", "big.wicdata.json");
        assertTrue(options.benchmark());
        assertFalse(options.isBatch());
        assertEquals(Path.of("big.wicdata.json"), options.dataset());
        assertTrue(CommandLine.USAGE.contains("--benchmark"));
        assertFalse(CommandLine.parse().benchmark());
    }
}
