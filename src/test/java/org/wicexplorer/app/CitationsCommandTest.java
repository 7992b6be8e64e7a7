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

/** --export-citations FILE --format csl-json|bibtex|ris [--edition ID], with no window. */
class CitationsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CommandLine options = CommandLine.parse(args);
        assertTrue(options.isBatch());
        return Main.run(options, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyFormatIsWritten(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sources.json");
        assertEquals(0, run("--export-citations", json.toString(), "--format", "csl-json"), err.toString());
        assertTrue(Files.readString(json).contains("\"id\" : \"en-wikipedia-wic\""));
        Path bib = dir.resolve("sources.bib");
        assertEquals(0, run("--export-citations", bib.toString(), "--format", "bibtex"), err.toString());
        assertTrue(Files.readString(bib).contains("@misc{wic-about-2020,"), Files.readString(bib));
        Path ris = dir.resolve("sources.ris");
        assertEquals(0, run("--export-citations", ris.toString(), "--format", "ris"), err.toString());
        assertTrue(Files.readString(ris).startsWith("TY  - "));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Wrote " + ris + " (ris, "));
    }

    @Test
    void oneEditionsSourcesAreFewerThanAll(@TempDir Path dir) throws Exception {
        Path all = dir.resolve("all.ris");
        Path one = dir.resolve("2015.ris");
        assertEquals(0, run("--export-citations", all.toString(), "--format", "ris"));
        assertEquals(0, run("--export-citations", one.toString(), "--format", "ris", "--edition", "wic-2015"));
        long allCount = Files.readString(all).lines().filter(l -> l.startsWith("ER  -")).count();
        long oneCount = Files.readString(one).lines().filter(l -> l.startsWith("ER  -")).count();
        assertTrue(oneCount > 0 && oneCount < allCount, oneCount + " of " + allCount);
    }

    @Test
    void anUnknownEditionIsRefusedWithTheKnownOnes(@TempDir Path dir) {
        Path file = dir.resolve("x.bib");
        assertEquals(1, run("--export-citations", file.toString(), "--format", "bibtex", "--edition", "wic-1999"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no edition \"wic-1999\"; the editions are wic-2014, wic-2015"),
                err.toString(StandardCharsets.UTF_8));
        assertFalse(Files.exists(file));
    }

    @Test
    void aMissingOrWrongFormatIsAUsageError() {
        assertEquals(2, run("--export-citations", "x.bib"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--export-citations needs --format csl-json, bibtex or ris"));
        CommandLine wrong = CommandLine.parse("--export-citations", "x.bib", "--format", "endnote");
        assertEquals("--export-citations needs --format csl-json, bibtex or ris, not \"endnote\"", wrong.errors().get(0));
        assertFalse(CommandLine.parse("--edition", "wic-2015").errors().isEmpty());
    }
}
