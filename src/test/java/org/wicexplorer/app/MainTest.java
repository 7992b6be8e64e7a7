package org.wicexplorer.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line works without a display and speaks in exit codes a script can use. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validatePrintsCountsForAGoodFile() {
        assertEquals(0, run("--validate", "src/test/resources/org/wicexplorer/data/minimal-dataset.json"));
        assertEquals("OK: 2 editions, 1 people, 1 controversies, 4 citations\n", out().replace("\r", ""));
    }

    @Test
    void validatePrintsEveryProblemAndFailsForABadFile(@TempDir Path dir) throws Exception {
        String good = Files.readString(Path.of("src/test/resources/org/wicexplorer/data/minimal-dataset.json"));
        Path bad = Files.writeString(dir.resolve("bad.json"),
                good.replace("\"end\": \"2014-11-21\"", "\"end\": \"2014-11-01\"").replace("\"year\": 2015", "\"year\": 2051"));
        assertEquals(1, run("--validate", bad.toString()));
        String[] lines = out().strip().split("\n");
        assertEquals(3, lines.length, out());
        assertTrue(lines[0].startsWith(bad + ":"), lines[0]);
        assertTrue(lines[0].matches(".*:\\d+:\\d+: .*"), lines[0]);
        assertEquals("2 problems", lines[2]);
    }

    @Test
    void unknownOptionsAreRefusedWithUsage() {
        assertEquals(2, run("--frobnicate"));
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("unknown option \"--frobnicate\""));
        assertTrue(errors.contains("--validate FILE"));
        assertFalse(CommandLine.parse().isBatch(), "no options opens the window");
    }

    @Test
    void validateNeedsAFile() {
        assertEquals(2, run("--validate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--validate needs a FILE"));
    }
}
