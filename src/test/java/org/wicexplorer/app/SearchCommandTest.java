package org.wicexplorer.app;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsOneTabSeparatedLinePerHit() {
        assertEquals(0, run("--search", "iWifi"));
        List<String> lines = lines();
        assertFalse(lines.isEmpty(), err.toString(StandardCharsets.UTF_8));
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            assertEquals(4, fields.length, line);
            assertTrue(Float.parseFloat(fields[2]) > 0);
            assertFalse(fields[3].isBlank());
        }
        String[] first = lines.stream().filter(l -> l.startsWith("passage\t")).findFirst().orElseThrow().split("\t");
        assertTrue(first[1].matches("zh-wikipedia-wic#\\d+-\\d+"), first[1]);
        assertTrue(first[3].contains("iWifi"));
    }

    @Test
    void chineseQueriesWork() {
        assertEquals(0, run("--search", "局域网"));
        assertTrue(lines().stream().anyMatch(l -> l.startsWith("passage\tzh-wikipedia-wic#") && l.contains("局域网")));
    }

    @Test
    void nothingFoundIsSaidOnStandardError() {
        assertEquals(0, run("--search", "xyzzyplugh"));
        assertTrue(lines().isEmpty());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nothing found for \"xyzzyplugh\""));
    }

    @Test
    void theOptionNeedsAQuery() {
        CommandLine options = CommandLine.parse("--search", "Wuzhen summit");
        assertEquals("Wuzhen summit", options.search());
        assertTrue(options.isBatch());
        assertNull(CommandLine.parse().search());
        assertEquals(2, run("--search"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--search needs a QUERY"));
    }
}
