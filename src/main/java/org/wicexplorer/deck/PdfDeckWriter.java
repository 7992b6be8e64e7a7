package org.wicexplorer.deck;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.handout.HandoutFonts;
import org.wicexplorer.handout.Line;
import org.wicexplorer.handout.Run;
import org.wicexplorer.model.Language;
import org.wicexplorer.tour.Tour;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The tour as 16:9 PDF slides, for a computer with no presentation program: the pages
 * {@link DeckLayout} lays out, drawn with the handout's embedded Noto Sans CJK SC subsets, so the text is
 * real text (selectable, searchable) and 中文 shows on any computer.
 */
public final class PdfDeckWriter {
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x5b, 0x66);
    static final Color ACCENT = new Color(0x0b, 0x4f, 0x8a);
    static final Color STRIP = new Color(0xa0, 0xa6, 0xb0);
    /** The controversy panel: a light amber with a darker bar, as presentation mode's light theme. */
    static final Color TINT = new Color(0xfd, 0xf0, 0xdc);
    static final Color WARNING = new Color(0xa8, 0x5a, 0x00);

    private final DeckContent content;

    public PdfDeckWriter(DeckContent content) {
        this.content = content;
    }

    /** Writes the deck atomically and returns the number of slides (pages) written. */
    public int write(Tour tour, Path file, DoubleConsumer progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            int pages = compose(document, tour, progress);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            AtomicFiles.writeExport(file, bytes.toByteArray());
            progress.accept(1);
            return pages;
        }
    }

    private int compose(PDDocument document, Tour tour, DoubleConsumer progress) throws IOException {
        HandoutFonts fonts = new HandoutFonts(document);
        DeckLayout layout = new DeckLayout(fonts, content);
        List<SlideContent> slides = content.slides(tour);
        List<DeckLayout.Page> pages = new ArrayList<>();
        for (int i = 0; i < slides.size(); i++) {
            pages.addAll(layout.pages(slides.get(i)));
            progress.accept(0.5 * (i + 1) / Math.max(1, slides.size()));
        }
        for (int i = 0; i < pages.size(); i++) {
            draw(document, pages.get(i), layout);
            progress.accept(0.5 + 0.45 * (i + 1) / pages.size());
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(tour.title().in(content.language()));
        info.setCreator("WIC Timeline Explorer");
        document.getDocumentCatalog().setLanguage(content.language() == Language.ZH ? "zh-CN" : "en");
        return pages.size();
    }

    private static void draw(PDDocument document, DeckLayout.Page page, DeckLayout layout) throws IOException {
        PDPage pdf = new PDPage(new PDRectangle(DeckLayout.WIDTH, DeckLayout.HEIGHT));
        document.addPage(pdf);
        try (PDPageContentStream out = new PDPageContentStream(document, pdf)) {
            for (DeckLayout.Band band : DeckLayout.bands(page.body())) {
                out.setNonStrokingColor(band.kind() == DeckLayout.BandKind.THEME ? ACCENT : TINT);
                out.addRect(band.x(), DeckLayout.HEIGHT - band.y() - band.height(), band.width(), band.height());
                out.fill();
                if (band.kind() == DeckLayout.BandKind.CONTROVERSY) {
                    out.setNonStrokingColor(WARNING);
                    out.addRect(band.x(), DeckLayout.HEIGHT - band.y() - band.height(), 4, band.height());
                    out.fill();
                }
            }
            for (DeckLayout.Box box : new DeckLayout.Box[] {page.year(), page.head(), page.body(), page.sources()}) {
                if (box != null) {
                    drawBox(out, box, layout);
                }
            }
            drawStrip(out, page.slide(), layout.fonts());
        }
    }

    private static void drawBox(PDPageContentStream out, DeckLayout.Box box, DeckLayout layout) throws IOException {
        float y = box.y();
        for (DeckLayout.Para para : box.paras()) {
            y += para.spaceBefore();
            for (Line line : para.lines()) {
                float baseline = y + line.height() - para.size() * 0.3f;
                float x = box.x() + line.indent();
                for (Run run : line.runs()) {
                    if (!run.text().isEmpty()) {
                        out.setNonStrokingColor(color(run.size() < para.size() - 0.01f ? DeckLayout.Tone.MUTED : para.tone()));
                        out.beginText();
                        out.setFont(run.font(), run.size());
                        out.newLineAtOffset(x, DeckLayout.HEIGHT - baseline);
                        out.showText(run.text());
                        out.endText();
                    }
                    x += run.width();
                }
                y += line.height();
            }
        }
    }

    /** Every edition's year on a line along the foot; the step's edition as a larger dot and a bold year. */
    private static void drawStrip(PDPageContentStream out, SlideContent slide, HandoutFonts fonts) throws IOException {
        List<String> years = slide.stripYears();
        if (years.isEmpty()) {
            return;
        }
        float left = DeckLayout.MARGIN_X;
        float width = DeckLayout.WIDTH - 2 * DeckLayout.MARGIN_X;
        float lineY = DeckLayout.HEIGHT - DeckLayout.STRIP_LINE;
        out.setStrokingColor(STRIP);
        out.setLineWidth(1.2f);
        out.moveTo(left, lineY);
        out.lineTo(left + width, lineY);
        out.stroke();
        float step = width / years.size();
        for (int i = 0; i < years.size(); i++) {
            boolean current = i == slide.stripCurrent();
            float cx = left + step * (i + 0.5f);
            float r = current ? 6 : 3.5f;
            out.setNonStrokingColor(current ? ACCENT : STRIP);
            circle(out, cx, lineY, r);
            out.fill();
            float size = DeckLayout.STRIP_YEAR_SIZE;
            var font = current ? fonts.bold() : fonts.regular();
            float w = font.getStringWidth(years.get(i)) / 1000f * size;
            out.setNonStrokingColor(current ? ACCENT : MUTED);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(cx - w / 2, lineY - 10 - size);
            out.showText(years.get(i));
            out.endText();
        }
    }

    private static void circle(PDPageContentStream out, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        out.closePath();
    }

    static Color color(DeckLayout.Tone tone) {
        return switch (tone) {
            case TEXT -> TEXT;
            case MUTED -> MUTED;
            case ACCENT -> ACCENT;
        };
    }
}
