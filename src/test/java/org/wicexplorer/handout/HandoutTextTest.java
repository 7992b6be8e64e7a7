package org.wicexplorer.handout;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handout's text as a PDF reader gets it (issue 17): "fi" is two letters, quotes copy verbatim,
 * dates are written as the app writes them, citation marks are in order and never alone on a line,
 * and one note is not printed twice under two numbers.
 */
class HandoutTextTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
    }

    @AfterEach
    void englishAgain() {
        I18n.use(Locale.ENGLISH);
    }

    @Test
    void aThemeGivenInOneLanguageOnlyIsPrintedOnce(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("handout.pdf");
        new HandoutWriter(dataset, seeds, Language.EN, CitationStyle.CHICAGO).write(file);
        String theme = dataset.edition("wic-2026").orElseThrow().theme().zh();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            String flat = theme.replaceAll("\\s+", "");
            assertTrue(text.contains(flat + "[2,3]") || text.contains(flat + "["), "the theme with its sources");
            assertFalse(text.contains(flat + flat), "not a second time under it, as if it were its English: " + theme);
        }
    }

    @Test
    void firstIsFoundAndQuotesExtractVerbatim(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("handout.pdf");
        new HandoutWriter(dataset, seeds, Language.EN, CitationStyle.CHICAGO).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("first"), "searching for \"first\" finds it");
            assertFalse(text.contains("\uFB01") || text.contains("\uFB02"), "no ligature characters");
            // Every English quote with an "fi" or "fl" in it reads back letter for letter.
            List<String> missing = new ArrayList<>();
            int checked = 0;
            for (Citation c : printed()) {
                String q = c.quote() == null ? "" : c.quote().replaceAll("\\s+", " ").strip();
                if (q.matches("[\\x20-\\x7E]+") && (q.contains("fi") || q.contains("fl"))) {
                    checked++;
                    if (!flat.contains(q)) {
                        missing.add(c.id() + ": " + q);
                    }
                }
            }
            assertTrue(checked > 5, "quotes checked: " + checked);
            assertTrue(missing.isEmpty(), missing.toString());
        }
    }

    @Test
    void quotationMarksInEnglishTakeNoFullEm(@TempDir Path dir) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(doc);
            Run english = Run.of("don’t “Wuzhen”", fonts.regular(), 10);
            Run chinese = Run.of("“首届”", fonts.regular(), 10);
            float fullEm = fonts.regular().getStringWidth("’") / 1000f * 10;
            assertEquals(10, fullEm, 0.5, "the CJK font's apostrophe is a full em");
            assertTrue(english.width() < fonts.regular().getStringWidth(english.text()) / 1000f * 10 - 15,
                    "the three marks give back most of their ems: " + english.width());
            assertEquals(fonts.regular().getStringWidth(chinese.text()) / 1000f * 10, chinese.width(), 0.01,
                    "next to Chinese they keep the full em");
        }
        // A PDF reader reads the apostrophe with no space after it.
        Path file = dir.resolve("handout.pdf");
        new HandoutWriter(dataset, seeds, Language.EN, CitationStyle.CHICAGO).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String flat = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertTrue(flat.contains("therefore I don’t know whether"), "don’t reads as one word");
            assertFalse(flat.contains("don’ t"));
        }
    }

    @Test
    void datesAreWrittenAsTheAppWritesThem(@TempDir Path dir) throws IOException {
        Edition e2014 = dataset.edition("wic-2014").orElseThrow();
        for (Language language : Language.values()) {
            Path file = dir.resolve("handout-" + language + ".pdf");
            HandoutWriter.Result result = new HandoutWriter(dataset, seeds, language).write(file);
            I18n.use(language == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            String expected = Formats.range(e2014.dates());
            assertEquals(language == Language.ZH ? "2014年11月19日至21日" : "19–21 November 2014", expected);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String page = text(pdf, result.editionPages().get("wic-2014"));
                assertTrue(page.contains(expected), language + ": " + page);
            }
        }
    }

    @Test
    void citationMarksAreInOrderAndNeverAloneOnALine(@TempDir Path dir) throws IOException {
        for (Language language : Language.values()) {
            Path file = dir.resolve("handout-" + language + ".pdf");
            new HandoutWriter(dataset, seeds, language).write(file);
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                String text = new PDFTextStripper().getText(pdf);
                Matcher m = Pattern.compile("\\[(\\d+(?:,\\d+)+)]").matcher(text);
                int groups = 0;
                while (m.find()) {
                    int previous = 0;
                    for (String n : m.group(1).split(",")) {
                        assertTrue(Integer.parseInt(n) > previous, language + ": mark out of order: " + m.group());
                        previous = Integer.parseInt(n);
                    }
                    groups++;
                }
                assertTrue(groups > 10, "marks with several notes: " + groups);
                for (String line : text.split("\\R")) {
                    assertFalse(line.strip().matches("\\[\\d+(,\\d+)*]"), language + ": a mark alone on a line: " + line);
                }
            }
        }
    }

    @Test
    void aMarkThatDoesNotFitTakesTheWordBeforeItAlong() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(doc);
            String words = "The summit opened in Wuzhen with delegates from many countries";
            float width = Run.of(words, fonts.regular(), 10).width() + 2;
            List<Line> lines = new LineBreaker(width, 0).wrap(List.of(Run.of(words, fonts.regular(), 10),
                    new Run(" [1,2]", fonts.regular(), PageComposer.MARKER_SIZE, 3)), 0, 0);
            assertEquals(2, lines.size());
            assertEquals("countries", lines.get(1).runs().get(0).text());
            assertEquals("[1,2]", lines.get(1).runs().get(lines.get(1).runs().size() - 1).text().strip());
        }
    }

    @Test
    void aSourceIsReferencedOncePerPageAndAQuoteNoteOnce() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            HandoutFonts fonts = new HandoutFonts(doc);
            Map<String, PageComposer.Note> notes = Map.of(
                    "a", new PageComposer.Note("pd", "People's Daily, 2026.", "same quote"),
                    "b", new PageComposer.Note("pd", "People's Daily, 2026.", "same quote"),
                    "c", new PageComposer.Note("xh", "Xinhua, 2024.", "another"),
                    "d", new PageComposer.Note("pd", "People's Daily, 2026.", "a third quote"));
            PageComposer composer = new PageComposer(400, 700, fonts, notes::get, n -> "Same source as [" + n + "].");
            Block first = new Block(List.of(Run.of("One fact.", fonts.regular(), 9.5f)), List.of("c", "a"), 0, 0, 0, false);
            Block second = new Block(List.of(Run.of("Another fact.", fonts.regular(), 9.5f)), List.of("d", "b"), 0, 0, 0, false);
            HandoutPage page = composer.compose("e", List.of(first, second), first).get(0);
            List<String> noteLines = page.notes.stream()
                    .map(l -> l.runs().stream().map(Run::text).reduce("", String::concat)).toList();
            assertEquals(List.of("[1] Xinhua, 2024. “another”", "[2] People's Daily, 2026. “same quote”",
                    "[3] Same source as [2]. “a third quote”"), noteLines);
            assertEquals(page.numbers.get("a"), page.numbers.get("b"));
            String body = page.body.stream().flatMap(l -> l.runs().stream()).map(Run::text)
                    .reduce("", String::concat);
            assertTrue(body.contains("One fact. [1,2]"), body);
            assertTrue(body.contains("Another fact. [2,3]"), body);
        }
    }

    @Test
    void theChineseWikipediaIsReferencedOncePerPage(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("handout-zh.pdf");
        new HandoutWriter(dataset, seeds, Language.ZH).write(file);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (int p = 2; p <= pdf.getNumberOfPages(); p++) {
                String page = text(pdf, p);
                int count = page.split(Pattern.quote("https://zh.wikipedia.org/wiki/"), -1).length - 1;
                assertTrue(count <= 1, "page " + p + " gives the address " + count + " times");
            }
        }
    }

    /** The citations of what the handout prints: each edition's facts and its controversies. */
    private static List<Citation> printed() {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        for (Edition e : dataset.editions()) {
            for (org.wicexplorer.model.Fact f : java.util.stream.Stream.of(e.theme(), e.venue(), e.attendance(),
                    e.sessions(), e.summary()).filter(java.util.Objects::nonNull).toList()) {
                ids.addAll(f.sources());
            }
            ids.addAll(e.dates().sources());
            e.highlights().forEach(h -> ids.addAll(h.sources()));
            for (var c : dataset.controversiesAt(e.id())) {
                ids.addAll(c.summary().sources());
                c.perspectives().forEach(p -> ids.addAll(p.sources()));
            }
        }
        return ids.stream().map(id -> dataset.citation(id)).flatMap(java.util.Optional::stream).toList();
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }
}
