package org.wicexplorer.app;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The classroom's options: --present, --tour, a tour file from a file manager, --reduced-motion. */
class PresentOptionsTest {

    @Test
    void presentAndReducedMotionOpenTheWindow() {
        CommandLine options = CommandLine.parse("--present", "--reduced-motion");
        assertTrue(options.present());
        assertTrue(options.reducedMotion());
        assertFalse(options.isBatch());
        assertTrue(options.errors().isEmpty());
        assertFalse(CommandLine.parse().present());
        assertTrue(CommandLine.USAGE.contains("--present") && CommandLine.USAGE.contains("--reduced-motion"));
    }

    @Test
    void aTourFileIsATourNotADataset() {
        CommandLine bare = CommandLine.parse("lessons/week 3.wictour.json");
        assertEquals(Path.of("lessons/week 3.wictour.json"), bare.tour());
        assertNull(bare.dataset());
        CommandLine uri = CommandLine.parse("file:///tmp/a%20b.wictour.json", "my.wicdata.json");
        assertEquals(Path.of("/tmp/a b.wictour.json"), uri.tour());
        assertEquals(Path.of("my.wicdata.json"), uri.dataset());
        CommandLine named = CommandLine.parse("--tour", "x.json", "--present");
        assertEquals(Path.of("x.json"), named.tour());
        assertTrue(named.present());
    }

    @Test
    void tourNeedsAFile() {
        CommandLine options = CommandLine.parse("--tour");
        assertEquals(1, options.errors().size());
        assertTrue(options.isBatch());
    }
}
