package org.wicexplorer.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Language;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PDF handout a teacher prints: its pages, its text in both scripts, and its notes. */
class HandoutWriterTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
    }

    @Test
    void aCoverThenEachEditionFromANewPageInOrder(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("handout.pdf");
        HandoutWriter.Result result = new HandoutWriter(dataset, seeds, Language.EN).write(file);

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(result.pages(), pdf.getNumberOfPages());
            // The rule: one cover page, then every edition starts a page of its own, in date order; an
            // edition whose facts and notes do not fit on one page continues on the next.
            assertEquals(dataset.editions().size(), result.editionPages().size());
            int expectedStart = 2;
            for (Edition e : dataset.editions()) {
                int start = result.editionPages().get(e.id());
                assertTrue(start >= expectedStart, e.id() + " starts on page " + start);
                expectedStart = start + 1;
                String page = text(pdf, start);
                assertTrue(page.contains(e.name().en()), e.id() + " page 1 shows its name: " + page);
            }
            assertTrue(pdf.getNumberOfPages() >= 1 + dataset.editions().size());
            int last = result.editionPages().get(dataset.editions().get(dataset.editions().size() - 1).id());
            for (int p = last + 1; p <= pdf.getNumberOfPages(); p++) {
                assertTrue(text(pdf, p).contains("(continued)"), "page " + p + " continues the last edition");
            }
            // The cover's contents give the same page numbers.
            Edition first = dataset.editions().get(0);
            assertTrue(text(pdf, 1).contains("(page " + result.editionPages().get(first.id()) + ")"), text(pdf, 1));
        }
    }

    @Test
    void englishAndChineseTextCanBeExtracted(@TempDir Path dir) throws IOException {
        Edition first = dataset.editions().get(0);
        for (Language language : Language.values()) {
            Path file = dir.resolve("handout-" + language + ".pdf");
            HandoutWriter.Result result = new HandoutWriter(dataset, seeds, language).write(file);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String page = text(pdf, result.editionPages().get(first.id()));
                // The theme in both languages on the edition's first page: 互联互通·共享共治.
                assertTrue(page.contains(first.theme().zh()), language + ": " + page);
                assertTrue(page.contains(first.theme().en()), language + ": " + page);
                assertTrue(page.contains(language == Language.ZH ? "基本信息" : "Key facts"), page);
                // Fonts are embedded subsets, so the PDF needs no font on the reader's machine.
                for (var name : pdf.getPage(0).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(0).getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName());
                }
            }
        }
    }

    @Test
    void citationsAreNumberedFootnotesWithSourceAndQuote(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("handout.pdf");
        HandoutWriter.Result result = new HandoutWriter(dataset, seeds, Language.EN).write(file);
        Edition first = dataset.editions().get(0);
        var themeSource = dataset.citation(first.theme().sources().get(0)).orElseThrow();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String page = text(pdf, result.editionPages().get(first.id()));
            assertTrue(page.contains("[1] "), page);
            String quoteStart = themeSource.quote().strip().substring(0, Math.min(12, themeSource.quote().strip().length()));
            assertTrue(page.replace("\n", "").contains(quoteStart), "the quote of " + themeSource.id() + ": " + page);
        }
    }

    @Test
    void anUnknownFactSaysSoWithItsReason(@TempDir Path dir) throws IOException {
        Edition first = dataset.editions().get(0);
        Edition unknownVenue = new Edition(first.id(), first.year(), first.ordinal(), first.kind(), first.label(),
                first.name(), first.dates(), Fact.unknownBecause("no source names the hall"), first.theme(),
                first.attendance(), first.sessions(), first.summary(), List.of(), first.topics());
        Dataset one = new Dataset(dataset.info(), dataset.topics(), List.of(unknownVenue), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), dataset.citations());
        Path file = dir.resolve("one.pdf");
        HandoutWriter.Result result = new HandoutWriter(one, seeds, Language.EN).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals(2, pdf.getNumberOfPages(), "a cover and one page for one short edition");
            assertEquals(2, result.pages());
            String page = text(pdf, 2).replace("\n", " ");
            assertTrue(page.contains("Venue: Not known: no source names the hall"), page);
            assertTrue(page.contains("No controversy is recorded"), page);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenFailsAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        assertThrows(IOException.class,
                () -> new HandoutWriter(dataset, seeds, Language.EN).write(blocker.resolve("handout.pdf")));
        assertEquals("x", Files.readString(blocker));
    }

    @Test
    void longChineseTextWrapsBetweenCharactersWithinTheWidth() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(doc);
            LineBreaker breaker = new LineBreaker(100, 0);
            String zh = "世界互联网大会乌镇峰会在浙江省桐乡市乌镇举行共有来自一百多个国家和地区的嘉宾参加";
            List<Line> lines = breaker.wrap(List.of(Run.of(zh, fonts.regular(), 10)), 0, 0);
            assertTrue(lines.size() > 2, "wrapped into " + lines.size());
            StringBuilder joined = new StringBuilder();
            for (Line l : lines) {
                float w = 0;
                for (Run r : l.runs()) {
                    w += r.width();
                    joined.append(r.text());
                }
                assertTrue(w <= 100.01, "line width " + w);
            }
            assertEquals(zh, joined.toString());
            List<Line> url = breaker.wrap(List.of(Run.of("https://example.org/" + "a".repeat(80), fonts.regular(), 10)), 0, 0);
            assertTrue(url.size() > 1);
            assertFalse(url.stream().anyMatch(l -> l.runs().isEmpty()));
        }
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @SuppressWarnings("unused")
    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> out = new ArrayList<>();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            out.add(text(pdf, p));
        }
        return out;
    }
}
