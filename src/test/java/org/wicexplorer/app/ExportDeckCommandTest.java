package org.wicexplorer.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.ui.I18n;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --export-deck: the tour as slides with no window, as a teacher scripts it or CI checks the installed app. */
class ExportDeckCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @AfterEach
    void englishAgain() {
        I18n.use(Locale.ENGLISH);
    }

    private int run(String... args) {
        return Main.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theBuiltInTourAsPowerPointInChinese(@TempDir Path dir) throws Exception {
        Path pptx = dir.resolve("课程.pptx");
        assertEquals(0, run("--export-deck", pptx.toString(), "--language", "zh"), errors());
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptx))) {
            assertEquals(13, show.getSlides().size());
        }
        assertEquals("Wrote " + pptx + " (PowerPoint, 13 slides)", out.toString(StandardCharsets.UTF_8).strip());
        assertEquals("", errors(), "nothing on stderr (no logging noise)");
    }

    @Test
    void aSavedTourAsPdfSlides(@TempDir Path dir) throws Exception {
        Path tour = dir.resolve("two.wictour.json");
        Files.writeString(tour, """
                {"formatVersion": 1, "title": {"en": "Two"}, "steps": [
                  {"edition": "wic-2015", "notes": {"en": "Start here."}},
                  {"controversy": "%s"}
                ]}""".formatted(firstControversyOf2015()), StandardCharsets.UTF_8);
        Path pdf = dir.resolve("two.pdf");
        assertEquals(0, run("--export-deck", pdf.toString(), "--tour", tour.toString(), "--language", "en"), errors());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("2015"), text);
        }
    }

    private static String firstControversyOf2015() throws Exception {
        var seeds = org.wicexplorer.data.SeedLibrary.bundled();
        var dataset = new org.wicexplorer.data.DatasetLoader(seeds).loadBundled().dataset();
        return dataset.controversiesAt("wic-2015").get(0).id();
    }

    @Test
    void aBadTourIsExplainedAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path tour = dir.resolve("bad.wictour.json");
        Files.writeString(tour, "{\"formatVersion\": 1, \"steps\": [{\"edition\": \"wic-1999\"}]}", StandardCharsets.UTF_8);
        Path pptx = dir.resolve("bad.pptx");
        assertEquals(1, run("--export-deck", pptx.toString(), "--tour", tour.toString()));
        assertTrue(errors().contains("bad.wictour.json:1:"), errors());
        assertFalse(Files.exists(pptx));
    }

    @Test
    void aFileThatIsNeitherPptxNorPdfIsRefused() {
        assertFalse(CommandLine.parse("--export-deck", "slides.key").errors().isEmpty());
        assertFalse(CommandLine.parse("--export-deck").errors().isEmpty());
        assertFalse(CommandLine.parse("--export-deck", ".pptx").errors().isEmpty());
        assertTrue(CommandLine.parse("--export-deck", "Lesson.PPTX").errors().isEmpty());
        assertTrue(CommandLine.parse("--export-deck", "a.pdf", "--tour", "t.wictour.json").isBatch());
        assertEquals(2, run("--export-deck", "slides.key"));
        assertTrue(errors().contains("--export-deck needs a FILE ending in .pptx or .pdf"), errors());
    }
}
