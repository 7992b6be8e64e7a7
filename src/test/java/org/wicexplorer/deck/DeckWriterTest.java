package org.wicexplorer.deck;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFShape;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.StepKind;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tour as slides: what each slide says, the PDF slides and the PowerPoint deck as files a teacher takes to class. */
class DeckWriterTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;
    private static Tour tour;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
        tour = new TourFiles(dataset, seeds).bundledDefault();
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** Line breaks and the spaces around them vary with the wrapping; words do not. */
    static String flat(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    private static Edition editionOf(TourStep step) {
        return dataset.edition(step.target()).orElseThrow();
    }

    @Test
    void pdfSlidesOnePagePerStepIn16By9WithSelectableTextInBothLanguages(@TempDir Path dir) throws IOException {
        for (Language language : Language.values()) {
            Path file = dir.resolve("tour-" + language + ".pdf");
            DeckWriter.Result result = new DeckWriter(dataset, seeds, language).write(tour, file, p -> { });
            assertEquals(DeckFormat.PDF, result.format());
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertEquals(tour.size(), pdf.getNumberOfPages(), "the built-in tour fits one slide per step");
                assertEquals(tour.size(), result.slides());
                for (int i = 0; i < tour.size(); i++) {
                    PDPage page = pdf.getPage(i);
                    assertEquals(16.0 / 9, page.getMediaBox().getWidth() / page.getMediaBox().getHeight(), 0.001);
                    Edition e = editionOf(tour.step(i));
                    String slide = flat(text(pdf, i + 1));
                    assertTrue(slide.contains(flat(e.name().in(language))), language + " slide " + (i + 1) + ": " + slide);
                    assertTrue(slide.contains(String.valueOf(e.year())));
                    if (e.theme().isKnown()) {
                        // The theme in both languages, whatever the deck's language.
                        assertTrue(slide.contains(flat(e.theme().en())), slide);
                        assertTrue(slide.contains(flat(e.theme().zh())), slide);
                    }
                    assertFalse(slide.contains("…"), "nothing is cut: " + slide);
                    for (var name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    }
                }
            }
        }
    }

    @Test
    void anUnknownThemeAndEndDateAreSaidInPlainWords(@TempDir Path dir) throws IOException {
        // The last step's edition as it stood before its summit: theme and end date not yet in the sources.
        int index = tour.size() - 1;
        Edition known = editionOf(tour.step(index));
        Edition e = new Edition(known.id(), known.year(), known.ordinal(), known.kind(), known.label(), known.name(),
                new org.wicexplorer.model.EditionDates(known.dates().start(), null, null,
                        "not announced in the research of 2026-11", known.dates().sources()),
                known.venue(), new org.wicexplorer.model.Fact(null, null, List.of(),
                        "not announced in the research of 2026-11"), known.attendance(), known.sessions(),
                known.summary(), known.highlights(), known.topics());
        List<Edition> editions = new java.util.ArrayList<>(dataset.editions());
        editions.replaceAll(x -> x.id().equals(e.id()) ? e : x);
        Dataset before = new Dataset(dataset.info(), dataset.topics(), editions, dataset.people(), dataset.appearances(),
                dataset.controversies(), dataset.documents(), dataset.milestones(), dataset.eras(), dataset.conflicts(),
                dataset.aliases(), dataset.citations());
        Path en = dir.resolve("en.pdf");
        Path zh = dir.resolve("zh.pdf");
        new DeckWriter(before, seeds, Language.EN).write(tour, en, p -> { });
        new DeckWriter(before, seeds, Language.ZH).write(tour, zh, p -> { });
        try (PDDocument pdf = Loader.loadPDF(en.toFile())) {
            String slide = text(pdf, index + 1);
            assertTrue(slide.contains("The theme is not yet known."), slide);
            if (!e.dates().isEndKnown()) {
                assertTrue(slide.contains("the end date is not yet known"), slide);
            }
            assertFalse(slide.contains("research of"), "the researchers' reason is not pupil wording: " + slide);
        }
        try (PDDocument pdf = Loader.loadPDF(zh.toFile())) {
            assertTrue(text(pdf, index + 1).contains("本届主题尚不清楚"), text(pdf, index + 1));
        }
    }

    @Test
    void theDeckIsEditableTextWithSpeakerNotesAndAChineseFont(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tour.pptx");
        DeckWriter.Result result = new DeckWriter(dataset, seeds, Language.ZH).write(tour, file, p -> { });
        assertEquals(DeckFormat.PPTX, result.format());
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(file))) {
            assertEquals(960, show.getPageSize().width);
            assertEquals(540, show.getPageSize().height);
            assertEquals(tour.size(), show.getSlides().size());
            for (int i = 0; i < tour.size(); i++) {
                XSLFSlide slide = show.getSlides().get(i);
                TourStep step = tour.step(i);
                Edition e = editionOf(step);
                StringBuilder all = new StringBuilder();
                List<XSLFTextRun> runs = new ArrayList<>();
                for (XSLFShape shape : slide.getShapes()) {
                    if (shape instanceof XSLFTextShape text && !text.getText().isBlank()) {
                        if (text.getTextType() != Placeholder.TITLE) {
                            assertInstanceOf(XSLFTextBox.class, text, "text sits in ordinary text boxes, not a picture");
                        }
                        all.append(text.getText()).append('\n');
                        for (XSLFTextParagraph p : text.getTextParagraphs()) {
                            runs.addAll(p.getTextRuns());
                        }
                    }
                }
                String words = flat(all.toString());
                // The title is the slide's title placeholder: the outline and screen readers name the slide by it.
                assertTrue(slide.getTitle() != null && slide.getTitle().startsWith(e.name().zh()), slide.getTitle());
                assertTrue(words.contains(flat(e.name().zh())), words);
                assertTrue(words.contains(String.valueOf(e.year())), words);
                assertFalse(words.contains("…"), words);
                for (XSLFTextRun run : runs) {
                    assertEquals(PptxDeckWriter.EAST_ASIAN_FONT, run.getFontFamily(FontGroup.EAST_ASIAN),
                            "East Asian text names a Chinese face: " + run.getRawText());
                }
                XSLFNotes notes = show.getNotesSlide(slide);
                String spoken = notes.getPlaceholders().length == 0 ? "" : java.util.Arrays.stream(notes.getPlaceholders())
                        .filter(s -> s.getTextType() == Placeholder.BODY).map(XSLFTextShape::getText)
                        .findFirst().orElse("");
                assertEquals(step.notes().zh(), spoken, "the step's notes are the speaker notes");
            }
        }
    }

    @Test
    void aLongPassageWrapsAndContinuesOnAnotherSlideNeverCut(@TempDir Path dir) throws IOException {
        SourceDocument document = seeds.documents().get(0);
        String full = seeds.text(document.id());
        // Some 3,000 characters of a seed document: more than one slide holds even in the smallest type.
        String passage = full.substring(0, Math.min(full.length(), 3000)).strip();
        Tour longTour = new Tour(Text.of("Long", "长"), List.of(TourStep.edition(tour.step(0).target()),
                TourStep.passage(document.id(), passage).withNotes(Text.of("Read it aloud.", "朗读。"))));
        DeckContent content = new DeckContent(dataset, seeds, Language.EN);
        SlideContent slide = content.slides(longTour).get(1);
        assertEquals(StepKind.PASSAGE, slide.kind());

        Path pdfFile = dir.resolve("long.pdf");
        DeckWriter.Result result = new DeckWriter(dataset, seeds, Language.EN).write(longTour, pdfFile, p -> { });
        assertTrue(result.slides() > 2, "the passage continues on further slides: " + result.slides());
        try (PDDocument pdf = Loader.loadPDF(pdfFile.toFile())) {
            StringBuilder passageText = new StringBuilder();
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                String t = text(pdf, page);
                if (page > 2) {
                    assertTrue(t.contains("(continued)"), t);
                }
                passageText.append(t);
            }
            String printed = flat(passageText.toString());
            String expected = flat(new org.wicexplorer.handout.HandoutFonts(pdf).printable(passage));
            assertTrue(printed.contains(expected.substring(0, 200)) && printed.contains(expected.substring(expected.length() - 200)),
                    "the passage starts and ends on the slides");
            assertEquals(expected.length(), longestCommonRun(printed, expected), "the whole passage, in order");
        }
        Path pptxFile = dir.resolve("long.pptx");
        assertEquals(result.slides(), new DeckWriter(dataset, seeds, Language.EN).write(longTour, pptxFile, p -> { }).slides());
        try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(pptxFile))) {
            assertEquals(result.slides(), show.getSlides().size());
        }
    }

    /** How much of {@code expected} appears in {@code text} once the slides' own words (kickers, source lines) are skipped. */
    private static int longestCommonRun(String text, String expected) {
        int i = 0;
        int at = 0;
        while (i < expected.length()) {
            int found = text.indexOf(expected.charAt(i), at);
            if (found < 0) {
                break;
            }
            at = found + 1;
            i++;
        }
        return i;
    }

    @Test
    void theBundledFontHasEveryCharacterOfTheDecksWords() throws IOException {
        try (PDDocument scratch = new PDDocument()) {
            org.wicexplorer.handout.HandoutFonts fonts = new org.wicexplorer.handout.HandoutFonts(scratch);
            for (java.util.Locale locale : List.of(java.util.Locale.ROOT, java.util.Locale.SIMPLIFIED_CHINESE)) {
                java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("org.wicexplorer.ui.messages", locale);
                for (String key : bundle.keySet()) {
                    if (key.startsWith("deck.")) {
                        String words = bundle.getString(key);
                        assertEquals(words, fonts.printable(words), key + " prints without a missing glyph");
                    }
                }
            }
        }
    }

    @Test
    void aFileThatIsNeitherPptxNorPdfOrAnEmptyTourIsRefused(@TempDir Path dir) {
        DeckWriter writer = new DeckWriter(dataset, seeds, Language.EN);
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> writer.write(tour, dir.resolve("tour.docx"), p -> { }));
        assertTrue(wrong.getMessage().contains(".pptx"), wrong.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> writer.write(Tour.empty(Text.of("e", "e")), dir.resolve("tour.pdf"), p -> { }));
        assertFalse(Files.exists(dir.resolve("tour.docx")));
    }
}
