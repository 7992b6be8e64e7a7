package org.wicexplorer.handout;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.wicexplorer.cite.CitableSource;
import org.wicexplorer.cite.CitationFormatter;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.data.AtomicFiles;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Writes the classroom handout as an A4 PDF: a cover with the contents, then each edition from a new
 * page, continued on the next page when its facts, controversies and notes do not fit on one. Every
 * citation is a numbered footnote on the page that cites it: the source's title, publisher, date and
 * address, and the quoted evidence.
 */
public final class HandoutWriter {
    private static final PDRectangle PAPER = PDRectangle.A4;
    private static final float MARGIN_X = 56;
    private static final float MARGIN_TOP = 56;
    private static final float MARGIN_BOTTOM = 54;

    private final Dataset dataset;
    private final SeedLibrary seeds;
    private final Language language;
    private final HandoutLabels labels;
    private final CitationFormatter formatter;
    private final CitationStyle style;

    /** The handout with the language's default citation style. */
    public HandoutWriter(Dataset dataset, SeedLibrary seeds, Language language) {
        this(dataset, seeds, language, CitationStyle.defaultFor(language == Language.ZH ? "zh" : "en"));
    }

    /** The handout with its notes in {@code style} (a CSL style, ADR 0012). */
    public HandoutWriter(Dataset dataset, SeedLibrary seeds, Language language, CitationStyle style) {
        this.style = style;
        this.dataset = dataset;
        this.seeds = seeds;
        this.language = language;
        this.labels = new HandoutLabels(language);
        this.formatter = CitationFormatter.compiledOn(dataset.info() == null ? null : dataset.info().compiled());
    }

    /** What was written: the page count, and the page (1-based) on which each edition starts. */
    public record Result(int pages, Map<String, Integer> editionPages) {
        public Result {
            editionPages = Map.copyOf(editionPages);
        }
    }

    /** Writes the handout to {@code file} atomically: a reader of the file sees the old handout or the new one, never half. */
    public Result write(Path file) throws IOException {
        return write(file, progress -> { });
    }

    /** As {@link #write(Path)}, reporting progress from 0 to 1 as the editions are laid out. */
    public Result write(Path file, DoubleConsumer progress) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Result result = write(bytes, progress);
        AtomicFiles.writeExport(file, bytes.toByteArray());
        progress.accept(1);
        return result;
    }

    /** Writes the PDF to a stream, as for printing it without a file. */
    public Result write(OutputStream out, DoubleConsumer progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Result result = compose(document, progress);
            document.save(out);
            return result;
        }
    }

    private Result compose(PDDocument document, DoubleConsumer progress) throws IOException {
        HandoutFonts fonts = new HandoutFonts(document);
        float width = PAPER.getWidth() - 2 * MARGIN_X;
        float height = PAPER.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
        PageComposer composer = new PageComposer(width, height, fonts, this::note,
                n -> labels.t("handout.sameSource", n));
        EditionBlocks content = new EditionBlocks(dataset, language, labels, fonts);

        List<List<HandoutPage>> editions = new ArrayList<>();
        List<Edition> all = dataset.editions();
        for (int i = 0; i < all.size(); i++) {
            Edition e = all.get(i);
            Block continued = new Block(List.of(content.regular(
                    labels.t("handout.continued", content.title(e)), 8)), List.of(), 0, 0, 0, false);
            editions.add(composer.compose(e.id(), content.of(e), continued));
            progress.accept(0.8 * (i + 1) / all.size());
        }
        // The cover lists the page each edition starts on, and those depend on the cover's own length.
        List<HandoutPage> cover = composer.compose(null, cover(content, editions, 1), null);
        cover = composer.compose(null, cover(content, editions, cover.size()), null);

        List<HandoutPage> pages = new ArrayList<>(cover);
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (List<HandoutPage> edition : editions) {
            starts.put(edition.get(0).editionId, pages.size() + 1);
            pages.addAll(edition);
        }
        for (int i = 0; i < pages.size(); i++) {
            draw(document, pages.get(i), fonts, i + 1, pages.size());
        }
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(labels.t("handout.title"));
        info.setCreator("WIC Timeline Explorer");
        document.getDocumentCatalog().setLanguage(language == Language.ZH ? "zh-CN" : "en");
        return new Result(pages.size(), starts);
    }

    private List<Block> cover(EditionBlocks content, List<List<HandoutPage>> editions, int coverPages) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(List.of(content.bold(labels.t("handout.title"), 22)), List.of(), 0, 0, 0, false));
        blocks.add(new Block(List.of(content.regular(labels.t("handout.subtitle"), 13)), List.of(), 0, 0, 6, false));
        if (dataset.info() != null) {
            blocks.add(new Block(List.of(content.regular(labels.t("handout.dataset",
                    nullToEmpty(dataset.info().title()), nullToEmpty(dataset.info().compiled())), 9)),
                    List.of(), 0, 0, 14, false));
        }
        blocks.add(new Block(List.of(content.regular(labels.t("handout.howToRead"), 9)), List.of(), 0, 0, 6, false));
        blocks.add(new Block(List.of(content.bold(labels.t("handout.contents"), EditionBlocks.HEADING)),
                List.of(), 0, 0, 18, true));
        int page = coverPages + 1;
        for (int i = 0; i < editions.size(); i++) {
            Edition e = dataset.editions().get(i);
            String theme = e.theme() != null && e.theme().isKnown() ? e.theme().in(language) : "";
            blocks.add(new Block(List.of(
                    content.bold(labels.t("handout.contentsEntry", String.valueOf(e.year()), content.title(e), page), 9.5f),
                    content.regular(theme.isEmpty() ? "" : " — " + theme, 9.5f)), List.of(), 0, 12, 5, false));
            page += editions.get(i).size();
        }
        return blocks;
    }

    /** A citation's note: its source's reference in the chosen style, then the quoted evidence. */
    private PageComposer.Note note(String citationId) {
        return dataset.citation(citationId).map(c -> {
            CitableSource source = CitableSource.of(c, seeds);
            return new PageComposer.Note(source.toString(), formatter.reference(source, style), c.quote());
        }).orElse(null);
    }

    private void draw(PDDocument document, HandoutPage page, HandoutFonts fonts, int number, int total)
            throws IOException {
        PDPage pdf = new PDPage(PAPER);
        document.addPage(pdf);
        try (PDPageContentStream out = new PDPageContentStream(document, pdf)) {
            float y = PAPER.getHeight() - MARGIN_TOP;
            for (Line line : page.body) {
                y -= line.height();
                drawLine(out, line, MARGIN_X, y + baselineLift(line));
            }
            if (!page.notes.isEmpty()) {
                float top = MARGIN_BOTTOM + page.notesHeight;
                out.setStrokingColor(0.6f);
                out.setLineWidth(0.5f);
                out.moveTo(MARGIN_X, top + PageComposer.NOTE_GAP / 2);
                out.lineTo(MARGIN_X + 120, top + PageComposer.NOTE_GAP / 2);
                out.stroke();
                out.setNonStrokingColor(0.25f);
                float ny = top;
                for (Line line : page.notes) {
                    ny -= line.height();
                    drawLine(out, line, MARGIN_X, ny + baselineLift(line));
                }
                out.setNonStrokingColor(0f);
            }
            out.setNonStrokingColor(0.4f);
            String folio = labels.t("handout.page", number, total);
            float size = 8;
            float w = fonts.regular().getStringWidth(folio) / 1000f * size;
            out.beginText();
            out.setFont(fonts.regular(), size);
            out.newLineAtOffset(PAPER.getWidth() - MARGIN_X - w, 30);
            out.showText(folio);
            out.endText();
        }
    }

    /** Lines are as tall as their largest type plus leading; the baseline sits above the descender. */
    private static float baselineLift(Line line) {
        float size = (float) line.runs().stream().mapToDouble(Run::size).max().orElse(0);
        return size * 0.3f;
    }

    private static void drawLine(PDPageContentStream out, Line line, float x, float baseline) throws IOException {
        float cursor = x + line.indent();
        for (Run run : line.runs()) {
            if (run.text().isEmpty()) {
                continue;
            }
            out.beginText();
            out.setFont(run.font(), run.size());
            out.newLineAtOffset(cursor, baseline + run.rise());
            out.showTextWithPositioning(QuoteSpacing.positioned(run.text(), run.font()));
            out.endText();
            cursor += run.width();
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
