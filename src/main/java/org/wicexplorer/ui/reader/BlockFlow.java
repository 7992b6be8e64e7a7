package org.wicexplorer.ui.reader;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wicexplorer.text.Block;
import org.wicexplorer.text.BlockKind;
import org.wicexplorer.text.TextRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One block of a document (heading, paragraph, list item, reference) as wrapped text, with marks drawn
 * behind the glyphs. Mark shapes come from the text layout itself, so they follow wrapping and CJK
 * line breaks. Small nodes (passage markers) can sit inline after a character; the layout counts each
 * as one character, so offsets into the block's text are translated before asking the layout.
 */
final class BlockFlow extends TextFlow {
    private final Block block;
    private final String text;
    private final Map<MarkLayer, Path> paths = new EnumMap<>(MarkLayer.class);
    private final Map<MarkLayer, List<TextRange>> ranges = new EnumMap<>(MarkLayer.class);
    /** Offsets in {@link #text} before which an inline node stands, ascending. */
    private final int[] inlineAt;

    /**
     * @param inline nodes to show inline, each before the character at the matching offset of
     *               {@code inlineOffsets} (relative to the block; the block's length means at its end)
     */
    BlockFlow(Block block, String text, int headingLevel, List<Integer> inlineOffsets, List<Node> inline) {
        this(block, text, headingLevel, inlineOffsets, inline, null);
    }

    /** @param onNote opens the source's own note of that number (a Wikipedia "[5]"); null leaves them plain */
    BlockFlow(Block block, String text, int headingLevel, List<Integer> inlineOffsets, List<Node> inline,
              java.util.function.IntConsumer onNote) {
        this.block = block;
        this.text = text;
        this.inlineAt = inlineOffsets.stream().mapToInt(Integer::intValue).toArray();
        getStyleClass().addAll("reader-block", "reader-" + block.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        if (block.kind() == BlockKind.HEADING) {
            getStyleClass().add("reader-heading-" + Math.min(3, Math.max(1, headingLevel)));
        }
        for (MarkLayer layer : MarkLayer.values()) {
            Path path = new Path();
            path.setManaged(false);
            path.getStyleClass().addAll("reader-mark", layer.styleClass);
            paths.put(layer, path);
            ranges.put(layer, List.of());
            getChildren().add(path);
        }
        int from = 0;
        for (int i = 0; i < inline.size(); i++) {
            int at = inlineAt[i];
            if (at > from) {
                addRuns(text.substring(from, at), onNote);
            }
            getChildren().add(inline.get(i));
            from = at;
        }
        if (from < text.length() || inline.isEmpty()) {
            addRuns(text.substring(from), onNote);
        }
    }

    private static final java.util.regex.Pattern SOURCE_NOTE = java.util.regex.Pattern.compile("\\[(\\d{1,3})]");

    /**
     * The text as runs; the source's own note markers ("[5]" in a saved Wikipedia page) get runs of their own,
     * set apart from the app's citation markers and opening the note. The characters stay exactly as they are.
     */
    private void addRuns(String s, java.util.function.IntConsumer onNote) {
        if (onNote == null || block.kind() == BlockKind.REFERENCE || block.kind() == BlockKind.HEADING) {
            getChildren().add(run(s));
            return;
        }
        java.util.regex.Matcher m = SOURCE_NOTE.matcher(s);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                getChildren().add(run(s.substring(from, m.start())));
            }
            Text note = run(m.group());
            note.getStyleClass().add("reader-source-note");
            int number = Integer.parseInt(m.group(1));
            javafx.scene.control.Tooltip.install(note, new javafx.scene.control.Tooltip(
                    org.wicexplorer.ui.I18n.t("reader.sourceNote", number)));
            note.setOnMouseClicked(e -> {
                onNote.accept(number);
                e.consume();
            });
            getChildren().add(note);
            from = m.end();
        }
        if (from < s.length() || from == 0) {
            getChildren().add(run(s.substring(from)));
        }
    }

    private static Text run(String s) {
        Text t = new Text(s);
        t.getStyleClass().add("reader-text");
        return t;
    }

    Block block() {
        return block;
    }

    String text() {
        return text;
    }

    /** Sets a layer's ranges, in block-relative offsets, clipped to the block. */
    void mark(MarkLayer layer, List<TextRange> blockRanges) {
        List<TextRange> clipped = new ArrayList<>();
        for (TextRange r : blockRanges) {
            int s = Math.max(0, r.start());
            int e = Math.min(text.length(), r.end());
            if (e > s) {
                clipped.add(new TextRange(s, e));
            }
        }
        if (!clipped.equals(ranges.get(layer))) {
            ranges.put(layer, List.copyOf(clipped));
            requestLayout();
        }
    }

    /** The layout position of a text offset: each inline node standing before it counts as one. */
    private int toLayout(int offset, boolean end) {
        int before = 0;
        for (int at : inlineAt) {
            if (end ? at < offset : at <= offset) {
                before++;
            }
        }
        return offset + before;
    }

    /** The text offset nearest to a point in this flow's coordinates. */
    int offsetAt(Point2D local) {
        HitInfo hit = hitTest(local);
        int layout = hit.getInsertionIndex();
        int offset = layout;
        for (int i = 0; i < inlineAt.length; i++) {
            // The i-th inline node sits at layout position inlineAt[i] + i.
            if (inlineAt[i] + i < layout) {
                offset--;
            }
        }
        return Math.max(0, Math.min(text.length(), offset));
    }

    /** The top of the line holding a text offset, in this flow's coordinates. */
    double yOf(int offset) {
        int s = Math.min(offset, Math.max(0, text.length() - 1));
        PathElement[] shape = rangeShape(toLayout(s, false), toLayout(Math.min(text.length(), s + 1), true));
        double top = Double.MAX_VALUE;
        for (double[] box : boxes(shape)) {
            top = Math.min(top, box[1]);
        }
        return top == Double.MAX_VALUE ? 0 : top;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        for (MarkLayer layer : MarkLayer.values()) {
            List<PathElement> elements = new ArrayList<>();
            for (TextRange r : ranges.get(layer)) {
                PathElement[] shape = rangeShape(toLayout(r.start(), false), toLayout(r.end(), true));
                if (layer.underline) {
                    elements.addAll(underline(shape));
                } else {
                    elements.addAll(Arrays.asList(shape));
                }
            }
            paths.get(layer).getElements().setAll(elements);
        }
    }

    /** Thin bars along the bottom of each line box of a range shape. */
    private static List<PathElement> underline(PathElement[] shape) {
        List<PathElement> out = new ArrayList<>();
        for (double[] b : boxes(shape)) {
            double bottom = b[3];
            double thickness = Math.max(1.5, (b[3] - b[1]) * 0.09);
            out.add(new MoveTo(b[0], bottom - thickness));
            out.add(new LineTo(b[2], bottom - thickness));
            out.add(new LineTo(b[2], bottom));
            out.add(new LineTo(b[0], bottom));
            out.add(new ClosePath());
        }
        return out;
    }

    /** The boxes (minX, minY, maxX, maxY) of a range shape: one MoveTo and its LineTos per box. */
    static List<double[]> boxes(PathElement[] shape) {
        List<double[]> out = new ArrayList<>();
        double[] box = null;
        for (PathElement e : shape) {
            double x;
            double y;
            if (e instanceof MoveTo m) {
                box = new double[] {m.getX(), m.getY(), m.getX(), m.getY()};
                out.add(box);
                continue;
            } else if (e instanceof LineTo l && box != null) {
                x = l.getX();
                y = l.getY();
            } else {
                continue;
            }
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return out;
    }
}
