package org.wicexplorer.deck;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.common.usermodel.fonts.FontGroup;
import org.apache.poi.sl.usermodel.Insets2D;
import org.apache.poi.sl.usermodel.Placeholder;
import org.apache.poi.sl.usermodel.ShapeType;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.sl.usermodel.TextParagraph.TextAlign;
import org.apache.poi.sl.usermodel.TextShape.TextAutofit;
import org.apache.poi.sl.usermodel.VerticalAlignment;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFAutoShape;
import org.apache.poi.xslf.usermodel.XSLFConnectorShape;
import org.apache.poi.xslf.usermodel.XSLFNotes;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xslf.usermodel.XSLFTextParagraph;
import org.apache.poi.xslf.usermodel.XSLFTextRun;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.openxmlformats.schemas.drawingml.x2006.main.CTRegularTextRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTransform2D;
import org.openxmlformats.schemas.presentationml.x2006.main.CTShape;
import org.apache.poi.util.Units;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.handout.HandoutFonts;
import org.wicexplorer.model.Language;
import org.wicexplorer.tour.Tour;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The tour as a PowerPoint deck (PPTX, 16:9), written with Apache POI: one slide per step (more where a
 * step continues), laid out by {@link DeckLayout} as the PDF slides are, with every text in a real text
 * box a teacher can edit, and the step's notes as the speaker notes.
 *
 * <p>Fonts: a deck cannot carry fonts the way a PDF does, so each run names faces the classroom's
 * program has: "Microsoft YaHei" for East Asian text (on every Windows since Vista; WPS has it too;
 * LibreOffice substitutes its own CJK face, Noto Sans CJK on Linux) and Noto Sans CJK SC for Latin,
 * which falls back to the program's default where missing. Runs are tagged with their language, so a
 * program picks Simplified Chinese glyph forms.
 */
public final class PptxDeckWriter {
    /** The East Asian face runs ask for; see the class comment. */
    public static final String EAST_ASIAN_FONT = "Microsoft YaHei";
    public static final String LATIN_FONT = "Noto Sans CJK SC";
    /** GB2312, PowerPoint's hint that the East Asian face is a Simplified Chinese one (as a signed byte). */
    private static final byte GB2312_CHARSET = (byte) 134;

    static {
        // POI logs through Log4j's API; without an implementation Log4j warns on stderr about that on first use.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final DeckContent content;

    public PptxDeckWriter(DeckContent content) {
        this.content = content;
    }

    /** Writes the deck atomically and returns the number of slides written. */
    public int write(Tour tour, Path file, DoubleConsumer progress) throws IOException {
        List<DeckLayout.Page> pages = new ArrayList<>();
        // Text is measured with the font the PDF slides embed; the scratch document is never saved.
        try (PDDocument scratch = new PDDocument()) {
            DeckLayout layout = new DeckLayout(new HandoutFonts(scratch), content);
            List<SlideContent> slides = content.slides(tour);
            for (int i = 0; i < slides.size(); i++) {
                pages.addAll(layout.pages(slides.get(i)));
                progress.accept(0.4 * (i + 1) / Math.max(1, slides.size()));
            }
        }
        try (XMLSlideShow show = new XMLSlideShow()) {
            show.setPageSize(new Dimension((int) DeckLayout.WIDTH, (int) DeckLayout.HEIGHT));
            for (int i = 0; i < pages.size(); i++) {
                slide(show, pages.get(i));
                progress.accept(0.4 + 0.5 * (i + 1) / pages.size());
            }
            var properties = show.getProperties().getCoreProperties();
            properties.setTitle(tour.title().in(content.language()));
            properties.setCreator("WIC Timeline Explorer");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            show.write(bytes);
            AtomicFiles.writeExport(file, bytes.toByteArray());
        }
        progress.accept(1);
        return pages.size();
    }

    private void slide(XMLSlideShow show, DeckLayout.Page page) {
        // "Title only": the slide's title is a real title placeholder, so the outline, the slide sorter
        // and screen readers name each slide; the other text boxes are plain ones.
        XSLFSlide slide = show.createSlide(show.getSlideMasters().get(0).getLayout(SlideLayout.TITLE_ONLY));
        XSLFTextShape title = null;
        for (XSLFTextShape placeholder : slide.getPlaceholders()) {
            if (title == null && placeholder.getTextType() == Placeholder.TITLE) {
                title = placeholder;
            } else {
                slide.removeShape(placeholder);
            }
        }
        // Bands first, so they lie behind the text boxes.
        for (DeckLayout.Band band : DeckLayout.bands(page.body())) {
            rectangle(slide, band.x(), band.y(), band.width(), band.height(),
                    band.kind() == DeckLayout.BandKind.THEME ? PdfDeckWriter.ACCENT : PdfDeckWriter.TINT);
            if (band.kind() == DeckLayout.BandKind.CONTROVERSY) {
                rectangle(slide, band.x(), band.y(), 4, band.height(), PdfDeckWriter.WARNING);
            }
        }
        for (DeckLayout.Box box : new DeckLayout.Box[] {page.year(), page.sources()}) {
            if (box != null && !box.paras().isEmpty()) {
                textBox(slide, box);
            }
        }
        head(slide, page.head(), title);
        for (DeckLayout.Group group : DeckLayout.groups(page.body())) {
            textBox(slide, group.box());
        }
        strip(slide, page.slide());
        String notes = page.slide().notes();
        if (!notes.isBlank() && page.part() == 1) {
            notes(show, slide, notes);
        }
    }

    /**
     * The head, a box per line group: the title (its bold paragraph; else its first) goes into the
     * slide's title placeholder, the kicker and the dates into text boxes, each where the layout put it.
     */
    private void head(XSLFSlide slide, DeckLayout.Box head, XSLFTextShape titleShape) {
        List<DeckLayout.Para> paras = head.paras();
        int titleIndex = 0;
        for (int i = 0; i < paras.size(); i++) {
            if (paras.get(i).pieces().stream().anyMatch(DeckLayout.Piece::bold)) {
                titleIndex = i;
                break;
            }
        }
        float y = head.y();
        for (int i = 0; i < paras.size(); i++) {
            DeckLayout.Para p = paras.get(i);
            y += p.spaceBefore();
            float height = p.height() - p.spaceBefore();
            DeckLayout.Para alone = new DeckLayout.Para(p.pieces(), p.size(), p.tone(), 0, p.bullet(), p.indent(),
                    p.lines(), p.role());
            DeckLayout.Box box = new DeckLayout.Box(head.x(), y, head.width(), height, List.of(alone));
            if (i == titleIndex && titleShape != null) {
                fill(titleShape, box);
                titleShape = null;
            } else {
                textBox(slide, box);
            }
            y += height;
        }
        if (titleShape != null) {
            slide.removeShape(titleShape);
        }
    }

    private void textBox(XSLFSlide slide, DeckLayout.Box box) {
        fill(slide.createTextBox(), box);
    }

    private void fill(XSLFTextShape shape, DeckLayout.Box box) {
        shape.setAnchor(new Rectangle2D.Double(box.x(), box.y(), box.width(), Math.max(box.height(), 1)));
        if (shape.getXmlObject() instanceof CTShape sp && sp.getSpPr() != null && !sp.getSpPr().isSetXfrm()) {
            // A placeholder keeps its layout's place unless its own shape properties say otherwise, and
            // POI does not write them for one: say where it goes, as for any text box.
            CTTransform2D xfrm = sp.getSpPr().addNewXfrm();
            xfrm.addNewOff().setX((long) Units.toEMU(box.x()));
            xfrm.getOff().setY((long) Units.toEMU(box.y()));
            xfrm.addNewExt().setCx(Units.toEMU(box.width()));
            xfrm.getExt().setCy(Units.toEMU(Math.max(box.height(), 1)));
        }
        shape.setInsets(new Insets2D(0, 0, 0, 0));
        shape.setWordWrap(true);
        shape.setTextAutofit(TextAutofit.NONE);
        shape.setVerticalAlignment(VerticalAlignment.TOP);
        shape.clearText();
        for (DeckLayout.Para para : box.paras()) {
            XSLFTextParagraph p = shape.addNewTextParagraph();
            p.setTextAlign(TextAlign.LEFT);
            // Exact line spacing in points (negative, in POI's convention), as the layout measured it.
            p.setLineSpacing(-(double) para.lineHeight());
            if (para.spaceBefore() > 0) {
                p.setSpaceBefore(-(double) para.spaceBefore());
            }
            p.setSpaceAfter(0d);
            if (para.bullet()) {
                p.setBullet(true);
                p.setBulletCharacter("•");
                p.setLeftMargin((double) para.indent());
                p.setIndent(-(double) para.indent());
            } else {
                p.setBullet(false);
                p.setLeftMargin(para.indent() > 0 && !para.pieces().isEmpty() ? (double) para.indent() : 0d);
                p.setIndent(0d);
            }
            for (DeckLayout.Piece piece : para.pieces()) {
                run(p, piece.text(), piece.size(), piece.bold(), PdfDeckWriter.color(piece.tone()));
            }
        }
    }

    private XSLFTextRun run(XSLFTextParagraph p, String text, double size, boolean bold, Color color) {
        XSLFTextRun run = p.addNewTextRun();
        run.setText(text);
        run.setFontSize(size);
        run.setBold(bold);
        run.setFontColor(color);
        run.setFontFamily(LATIN_FONT, FontGroup.LATIN);
        run.setFontFamily(EAST_ASIAN_FONT, FontGroup.EAST_ASIAN);
        if (run.getXmlObject() instanceof CTRegularTextRun r) {
            CTTextCharacterProperties props = r.getRPr();
            props.setLang(content.language() == Language.ZH ? "zh-CN" : "en-GB");
            props.setAltLang(content.language() == Language.ZH ? "en-GB" : "zh-CN");
            if (props.isSetEa()) {
                props.getEa().setCharset(GB2312_CHARSET);
            }
        }
        return run;
    }

    /** The year strip: a line, a dot per edition, its year under it; the step's edition larger and bold. */
    private void strip(XSLFSlide slide, SlideContent content) {
        List<String> years = content.stripYears();
        if (years.isEmpty()) {
            return;
        }
        double left = DeckLayout.MARGIN_X;
        double width = DeckLayout.WIDTH - 2 * DeckLayout.MARGIN_X;
        XSLFConnectorShape line = slide.createConnector();
        line.setAnchor(new Rectangle2D.Double(left, DeckLayout.STRIP_LINE, width, 0));
        line.setLineColor(PdfDeckWriter.STRIP);
        line.setLineWidth(1.2);
        double step = width / years.size();
        for (int i = 0; i < years.size(); i++) {
            boolean current = i == content.stripCurrent();
            double cx = left + step * (i + 0.5);
            double r = current ? 6 : 3.5;
            XSLFAutoShape dot = slide.createAutoShape();
            dot.setShapeType(ShapeType.ELLIPSE);
            dot.setAnchor(new Rectangle2D.Double(cx - r, DeckLayout.STRIP_LINE - r, 2 * r, 2 * r));
            dot.setFillColor(current ? PdfDeckWriter.ACCENT : PdfDeckWriter.STRIP);
            dot.setLineColor(null);
            XSLFTextBox year = slide.createTextBox();
            year.setAnchor(new Rectangle2D.Double(cx - step / 2, DeckLayout.STRIP_LINE + 8, step,
                    DeckLayout.STRIP_YEAR_SIZE * 1.5));
            year.setInsets(new Insets2D(0, 0, 0, 0));
            year.setWordWrap(false);
            year.setTextAutofit(TextAutofit.NONE);
            year.clearText();
            XSLFTextParagraph p = year.addNewTextParagraph();
            p.setTextAlign(TextAlign.CENTER);
            run(p, years.get(i), DeckLayout.STRIP_YEAR_SIZE, current,
                    current ? PdfDeckWriter.ACCENT : PdfDeckWriter.MUTED);
        }
    }

    private static void rectangle(XSLFSlide slide, double x, double y, double width, double height, Color fill) {
        XSLFAutoShape shape = slide.createAutoShape();
        shape.setShapeType(ShapeType.RECT);
        shape.setAnchor(new Rectangle2D.Double(x, y, width, height));
        shape.setFillColor(fill);
        shape.setLineColor(null);
    }

    private static void notes(XMLSlideShow show, XSLFSlide slide, String text) {
        XSLFNotes notes = show.getNotesSlide(slide);
        for (XSLFTextShape shape : notes.getPlaceholders()) {
            if (shape.getTextType() == Placeholder.BODY) {
                shape.setText(text);
                return;
            }
        }
    }
}
