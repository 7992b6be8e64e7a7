package org.wicexplorer.handout;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The app's bundled Noto Sans CJK SC subsets, embedded as subsets: one font for Latin and Chinese, so
 * the handout prints the same on a machine with no CJK font. A character the font lacks prints as "?"
 * rather than failing the export. The deck's PDF slides ({@code org.wicexplorer.deck}) embed it the same way.
 */
public final class HandoutFonts {
    private static final String DIR = "/org/wicexplorer/ui/fonts/";
    /**
     * FontBox warns on every load that it ignores the fonts' variation-selector table (cmap format 14),
     * which the handout never needs. Held here so the setting is not garbage-collected with the logger.
     */
    private static final Logger CMAP_LOG = Logger.getLogger("org.apache.fontbox.ttf.CmapSubtable");

    static {
        CMAP_LOG.setLevel(Level.SEVERE);
        // PDFBox logs through commons-logging, which uses Log4j's API once POI has put it on the path (ADR 0013);
        // with no Log4j implementation that API reports an error on stderr on first use. Its simple logger is quiet.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

    public HandoutFonts(PDDocument document) throws IOException {
        regular = load(document, "WICNotoSansCJKsc-Regular.ttf");
        bold = load(document, "WICNotoSansCJKsc-Bold.ttf");
    }

    /**
     * Loaded with glyph substitution (GSUB) off. With it on, PDFBox replaces "fi", "fl", "ff" by the
     * font's ligature glyphs, which the subset's ToUnicode map does not map back to their letters: a
     * PDF reader then finds no "first" and copies quotes with letters missing (issue 17). Latin and
     * Chinese need no substitution to read correctly; the widths the lines are filled by are the
     * unsubstituted glyphs' anyway.
     */
    private static PDType0Font load(PDDocument document, String name) throws IOException {
        try (InputStream in = HandoutFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            // No glyph substitution: PDFBox would set "fi" or "——" as one ligature glyph that maps back to no
            // text, so "five" copied or searched from the PDF would read "ve" (ADR 0013). Plain glyphs need none.
            font.setEnableGsub(false);
            // Subsetting reads the font when the document is saved; the document closes it then.
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        }
    }

    public PDType0Font regular() {
        return regular;
    }

    public PDType0Font bold() {
        return bold;
    }

    /** The text with controls dropped, line breaks as spaces and characters without a glyph as "?". */
    public String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
            } else if (!Character.isISOControl(cp)) {
                out.appendCodePoint(known.computeIfAbsent(cp, this::hasGlyph) ? cp : '?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            bold.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
