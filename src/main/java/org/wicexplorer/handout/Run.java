package org.wicexplorer.handout;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A stretch of text in one font and size; {@code rise} lifts it above the baseline, as for note numbers. */
public record Run(String text, PDFont font, float size, float rise) {

    public static Run of(String text, PDFont font, float size) {
        return new Run(text, font, size, 0);
    }

    public float width() {
        return width(text);
    }

    public float width(String s) {
        try {
            return (font.getStringWidth(s) - QuoteSpacing.total(s, font)) / 1000f * size;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
