package org.wicexplorer.ui.export;

import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import org.wicexplorer.data.AtomicFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/** Saves a JavaFX image as PNG with ImageIO, atomically, without the javafx.swing module. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Copies the pixels of a finished image; any thread may call it, then {@link #write}. */
    public static BufferedImage pixels(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    public static void write(BufferedImage image, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", bytes)) {
            throw new IOException("no PNG writer is available");
        }
        AtomicFiles.writeExport(file, bytes.toByteArray());
    }
}
