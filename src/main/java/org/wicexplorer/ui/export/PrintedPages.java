package org.wicexplorer.ui.export;

import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;

/**
 * The handout's pages as nodes a printer job prints, one at a time: each PDF page drawn by PDFBox at
 * print resolution and scaled to fit the printable area. Printing the PDF's own pages, rather than
 * laying the handout out again for the printer, means paper and PDF are the same handout.
 */
public final class PrintedPages implements Closeable {
    /** Sharp on paper; an A4 page at this resolution is about 9 MB, and only one is held at a time. */
    static final float DPI = 150;

    private final PDDocument document;
    private final PDFRenderer renderer;

    public PrintedPages(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.renderer = new PDFRenderer(document);
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (0-based) fitted into {@code width} × {@code height} points, keeping its shape. */
    public Node page(int index, double width, double height) throws IOException {
        BufferedImage image = renderer.renderImageWithDPI(index, DPI, ImageType.RGB);
        int w = image.getWidth();
        int h = image.getHeight();
        WritableImage fx = new WritableImage(w, h);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            fx.getPixelWriter().setPixels(0, y, w, 1, PixelFormat.getIntArgbInstance(), row, 0, w);
        }
        ImageView view = new ImageView(fx);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(width);
        view.setFitHeight(height);
        return view;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
