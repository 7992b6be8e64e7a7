package org.wicexplorer.deck;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;
import org.wicexplorer.tour.Tour;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PowerPoint deck in a real slide program: LibreOffice Impress (Debian's libreoffice-impress, which
 * .ci/run installs) opens the exported PPTX headless and converts it to PDF. One page per tour step,
 * and the English and the Chinese words come back out of it, so Impress read every text box and had
 * glyphs for both scripts. Skipped only where soffice is not installed.
 */
class DeckClientTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;
    private static Tour tour;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
        tour = new TourFiles(dataset, seeds).bundledDefault();
    }

    private static String soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "soffice"))) {
                return Path.of(dir, "soffice").toString();
            }
        }
        return null;
    }

    /** Converts with a profile of its own in {@code dir}, so a running LibreOffice or another test never interferes. */
    static Path convert(Path pptx, Path dir) throws IOException, InterruptedException {
        String soffice = soffice();
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs libreoffice-impress");
        Path out = Files.createDirectories(dir.resolve("converted"));
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + dir.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), pptx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice converted within three minutes");
        String name = pptx.getFileName().toString().replaceAll("\\.pptx$", ".pdf");
        Path pdf = out.resolve(name);
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote " + name + ": "
                + Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8));
        return pdf;
    }

    @Test
    void impressShowsOnePagePerStepWithEnglishAndChineseText(@TempDir Path dir) throws Exception {
        for (Language language : Language.values()) {
            Path pptx = dir.resolve("tour-" + language.name().toLowerCase() + ".pptx");
            new DeckWriter(dataset, seeds, language).write(tour, pptx, p -> { });
            Path pdf = convert(pptx, dir);
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                assertEquals(tour.size(), document.getNumberOfPages(), language + ": one page per step");
                PDFTextStripper stripper = new PDFTextStripper();
                for (int i = 0; i < tour.size(); i++) {
                    stripper.setStartPage(i + 1);
                    stripper.setEndPage(i + 1);
                    String page = DeckWriterTest.flat(stripper.getText(document));
                    Edition e = dataset.edition(tour.step(i).target()).orElseThrow();
                    assertTrue(page.contains(DeckWriterTest.flat(e.name().in(language))),
                            language + " page " + (i + 1) + " shows the edition's name: " + page);
                    if (e.theme().isKnown()) {
                        // Both scripts on every slide: the theme is in English and in Chinese.
                        assertTrue(page.contains(DeckWriterTest.flat(e.theme().en())), page);
                        assertTrue(page.contains(DeckWriterTest.flat(e.theme().zh())), page);
                    }
                }
            }
        }
    }

    /** The first edition's key points wrap inside their box in Impress too: every word is on the page, none cut. */
    @Test
    void impressKeepsEveryWordOfTheKeyPoints(@TempDir Path dir) throws Exception {
        Path pptx = dir.resolve("tour-en.pptx");
        new DeckWriter(dataset, seeds, Language.EN).write(tour, pptx, p -> { });
        Path pdf = convert(pptx, dir);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 0; i < tour.size(); i++) {
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                String page = DeckWriterTest.flat(stripper.getText(document));
                Edition e = dataset.edition(tour.step(i).target()).orElseThrow();
                List<String> points = e.highlights().stream().filter(f -> f.isKnown()).limit(DeckContent.MAX_POINTS)
                        .map(f -> DeckWriterTest.flat(f.en())).toList();
                for (String point : points) {
                    assertTrue(page.contains(point), "page " + (i + 1) + " has the whole point " + point);
                }
            }
        }
    }
}
