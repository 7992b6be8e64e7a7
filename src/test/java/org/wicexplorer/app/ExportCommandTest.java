package org.wicexplorer.app;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.wicexplorer.ui.I18n;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --export-pdf and --export-png: the handout and the slide picture with no clicks. */
class ExportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void toolkit() throws Exception {
        // The tests share one toolkit; the command leaves running a toolkit it did not start.
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void englishAgain() {
        I18n.use(Locale.ENGLISH);
    }

    private int run(String... args) {
        return Main.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void thePictureHasTheRequestedWidth(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("slide.png");
        assertEquals(0, run("--export-png", png.toString(), "--width", "3840"), err.toString(StandardCharsets.UTF_8));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image);
        assertEquals(3840, image.getWidth());
        // In proportion to the default window's timeline (1440×360).
        assertEquals(960, image.getHeight());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("3840×960"));
        assertFalse(isBlank(image), "the picture shows something");
    }

    @Test
    void theDefaultWidthIsFullHd(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("timeline.png");
        assertEquals(0, run("--export-png", png.toString()), err.toString(StandardCharsets.UTF_8));
        assertEquals(1920, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void theHandoutInChinese(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("讲义.pdf");
        assertEquals(0, run("--export-pdf", pdf.toString(), "--language", "zh"), err.toString(StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 13);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertTrue(stripper.getText(doc).contains("世界互联网大会：课堂讲义"));
            assertTrue(out.toString(StandardCharsets.UTF_8).contains(doc.getNumberOfPages() + " pages"));
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsAClearFailure(@TempDir Path dir) throws Exception {
        Path notAFolder = dir.resolve("file");
        Files.writeString(notAFolder, "x");
        assertEquals(1, run("--export-pdf", notAFolder.resolve("handout.pdf").toString()));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("could not write the handout to " + notAFolder.resolve("handout.pdf")), message);
        assertEquals(1, run("--export-png", notAFolder.resolve("t.png").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("could not write the picture to"));
    }

    @Test
    void badOptionsAreRefused() {
        assertFalse(CommandLine.parse("--export-png", "a.png", "--width", "wide").errors().isEmpty());
        assertFalse(CommandLine.parse("--export-png", "a.png", "--width", "100000").errors().isEmpty());
        assertFalse(CommandLine.parse("--width", "800").errors().isEmpty());
        assertFalse(CommandLine.parse("--export-pdf", "a.pdf", "--language", "fr").errors().isEmpty());
        assertFalse(CommandLine.parse("--export-pdf").errors().isEmpty());
        CommandLine ok = CommandLine.parse("--export-png", "a.png", "--width", "3840", "--language", "zh");
        assertTrue(ok.errors().isEmpty());
        assertTrue(ok.isBatch());
        assertEquals(3840, ok.width());
        assertEquals(2, run("--export-png", "a.png", "--width", "wide"));
    }

    private static boolean isBlank(BufferedImage image) {
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                if (image.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }
}
