package org.wicexplorer.handout;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Quotation marks and apostrophes in Latin text at their Latin width. A CJK font draws ‘ ’ “ ” on a
 * full em, as Chinese sets them, so "don’t" printed as "don’ t" and an English quote stood apart from
 * its words (issue 17). Where the mark's neighbour inside the quote (the next character for an opening
 * mark, the one before for a closing mark) is not CJK, the empty part of its em is taken out by
 * positioning, not by another glyph: the text layer keeps the very characters, and a PDF reader sees
 * no gap to turn into a space. Next to Chinese the marks keep their full width.
 */
final class QuoteSpacing {
    /** What is left either side of the ink, in thousandths of an em. */
    private static final float SIDE = 60;
    private static final Map<PDFont, Map<Integer, Float>> SPARE = new WeakHashMap<>();

    private QuoteSpacing() {
    }

    /**
     * The thousandths of an em to take out before ({@code [i][0]}) and after ({@code [i][1]}) each char
     * of {@code text}; null when there is nothing to take out.
     */
    static float[][] adjustments(String text, PDFont font) {
        float[][] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '‘' || c == '“';
            boolean closing = c == '’' || c == '”';
            if (!opening && !closing) {
                continue;
            }
            int neighbour = opening ? (i + 1 < text.length() ? text.charAt(i + 1) : -1) : (i > 0 ? text.charAt(i - 1) : -1);
            if (neighbour < 0 || Character.isWhitespace(neighbour) || neighbour >= 0x2E80) {
                continue;
            }
            float spare = spare(font, c);
            if (spare <= 0) {
                continue;
            }
            if (out == null) {
                out = new float[text.length()][2];
            }
            out[i][opening ? 0 : 1] = spare;
        }
        return out;
    }

    /** The total taken out of {@code text}, in thousandths of an em. */
    static float total(String text, PDFont font) {
        float[][] a = adjustments(text, font);
        float sum = 0;
        if (a != null) {
            for (float[] pair : a) {
                sum += pair[0] + pair[1];
            }
        }
        return sum;
    }

    /** The text as PDF's TJ operands: strings, and between them the amounts to move left. */
    static Object[] positioned(String text, PDFont font) {
        float[][] a = adjustments(text, font);
        if (a == null) {
            return new Object[] {text};
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (a[i][0] > 0) {
                flush(parts, run);
                parts.add(a[i][0]);
            }
            run.append(text.charAt(i));
            if (a[i][1] > 0) {
                flush(parts, run);
                parts.add(a[i][1]);
            }
        }
        flush(parts, run);
        return parts.toArray();
    }

    private static void flush(List<Object> parts, StringBuilder run) {
        if (run.length() > 0) {
            parts.add(run.toString());
            run.setLength(0);
        }
    }

    /** The empty part of the mark's em on its open side: before an opening mark, after a closing one. */
    private static float spare(PDFont font, char c) {
        synchronized (SPARE) {
            return SPARE.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent((int) c, k -> measure(font, c));
        }
    }

    private static float measure(PDFont font, char c) {
        if (!(font instanceof PDType0Font type0)) {
            return 0;
        }
        try {
            byte[] code = type0.encode(String.valueOf(c));
            int cid = code.length == 2 ? (code[0] & 0xff) << 8 | (code[1] & 0xff) : code[0] & 0xff;
            Rectangle2D ink = type0.getPath(cid).getBounds2D();
            float advance = type0.getWidth(cid);
            if (ink.isEmpty() || advance <= 0) {
                return 0;
            }
            float spare = c == '‘' || c == '“' ? (float) ink.getMinX() - SIDE : advance - (float) ink.getMaxX() - SIDE;
            return Math.max(0, spare);
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }
}
