package org.wicexplorer.ui.reader;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import org.wicexplorer.text.Block;
import org.wicexplorer.text.BlockKind;
import org.wicexplorer.text.Heading;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A document's clean text, block by block, in a scroll pane: marks in clean-text offsets are spread
 * over the blocks they touch, any offset can be scrolled into view, and the mouse selects text across
 * blocks (Ctrl+C copies it, Ctrl+A selects everything).
 */
final class DocumentView extends ScrollPane {
    private static final double SCROLL_MARGIN_EM = 2.5;

    private final VBox body = new VBox() {
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            applyPendingScroll();
        }
    };
    private final List<BlockFlow> flows = new ArrayList<>();
    private final Map<MarkLayer, List<TextRange>> marks = new EnumMap<>(MarkLayer.class);
    private ReadableText text;
    private int anchor = -1;
    private TextRange selection;
    /** A clean offset to keep at the top of the view through layouts, until the user scrolls; -1 for none. */
    private int pendingScroll = -1;
    private int pendingContext = -1;

    DocumentView() {
        setContent(body);
        setFitToWidth(true);
        getStyleClass().add("reader-scroll");
        setId("reader-document");
        body.getStyleClass().add("reader-body");
        body.setCursor(Cursor.TEXT);
        setFocusTraversable(true);
        body.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        body.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        // The text wraps to whatever width it gets; it must not ask for the width of its longest paragraph.
        setPrefViewportHeight(200);
        setPrefViewportWidth(200);
        // Whatever the user does to the view ends the wait for a requested position.
        addEventFilter(javafx.scene.input.ScrollEvent.ANY, e -> pendingScroll = -1);
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pendingScroll = -1);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> pendingScroll = -1);
    }

    /**
     * Shows a readable text. {@code inline} gives, per block, the nodes to show inline after given
     * offsets (clean offsets, ascending), e.g. the markers of cited passages.
     */
    void show(ReadableText readable, Function<Block, List<Map.Entry<Integer, Node>>> inline) {
        text = readable;
        flows.clear();
        marks.clear();
        selection = null;
        anchor = -1;
        List<Heading> headings = readable.headings();
        for (Block block : readable.blocks()) {
            int level = 1;
            if (block.kind() == BlockKind.HEADING) {
                level = headings.stream().filter(h -> h.offset() == block.start()).mapToInt(Heading::level).findFirst().orElse(1);
            }
            List<Integer> offsets = new ArrayList<>();
            List<Node> nodes = new ArrayList<>();
            for (Map.Entry<Integer, Node> e : inline.apply(block)) {
                offsets.add(e.getKey() - block.start());
                nodes.add(e.getValue());
            }
            flows.add(new BlockFlow(block, readable.text(block), level, offsets, nodes, this::showSourceNote));
        }
        pendingScroll = -1;
        body.getChildren().setAll(flows);
        setVvalue(0);
    }

    /** Clears the document (for the welcome page or a web source) and shows other content. */
    void showNodes(Node... nodes) {
        text = null;
        flows.clear();
        marks.clear();
        selection = null;
        pendingScroll = -1;
        body.getChildren().setAll(nodes);
        setVvalue(0);
    }

    ReadableText text() {
        return text;
    }

    /** Sets the ranges of a mark layer, in clean-text offsets. */
    void mark(MarkLayer layer, List<TextRange> ranges) {
        marks.put(layer, List.copyOf(ranges));
        for (BlockFlow flow : flows) {
            int start = flow.block().start();
            List<TextRange> local = new ArrayList<>();
            for (TextRange r : ranges) {
                if (r.end() > start && r.start() < flow.block().end()) {
                    local.add(new TextRange(Math.max(0, r.start() - start), Math.min(flow.text().length(), r.end() - start)));
                }
            }
            flow.mark(layer, local);
        }
    }

    List<TextRange> marks(MarkLayer layer) {
        return marks.getOrDefault(layer, List.of());
    }

    /** The text under a mark layer as shown, ranges joined by a space. */
    String markedText(MarkLayer layer) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (TextRange r : marks(layer)) {
            out.append(r.of(text.clean())).append(' ');
        }
        return out.toString().strip();
    }

    /** The block holding a clean offset (or the last block before it, for an offset between blocks). */
    BlockFlow flowAt(int offset) {
        BlockFlow found = null;
        for (BlockFlow f : flows) {
            if (f.block().start() <= offset) {
                found = f;
            } else {
                break;
            }
        }
        return found != null ? found : flows.isEmpty() ? null : flows.get(0);
    }

    /**
     * Scrolls so that the line holding {@code offset} stands near the top of the view. The position is
     * kept through the layouts that follow (a just-built document, a table of contents appearing, the
     * window resized) until the user scrolls, so the passage stays in view while the text reflows.
     */
    void scrollToOffset(int offset) {
        scrollTo(offset, offset);
    }

    /** The source's own note {@code n} ("5. ^ …" in its reference list), brought into view. */
    void showSourceNote(int n) {
        if (text == null) {
            return;
        }
        text.blocks().stream().filter(b -> b.kind() == BlockKind.REFERENCE && text.text(b).startsWith(n + ". "))
                .findFirst().ifPresent(b -> scrollToOffset(b.start()));
    }

    /**
     * Like {@link #scrollToOffset}, for a match inside a passage: the passage's first line goes to the
     * top when the match then still stands in the upper part of the view, else the match's line does.
     */
    void scrollTo(int passageStart, int match) {
        if (flows.isEmpty()) {
            return;
        }
        pendingScroll = match;
        pendingContext = Math.min(passageStart, match);
        body.requestLayout();
        applyCss();
        layout();
    }

    private void applyPendingScroll() {
        if (pendingScroll < 0 || flows.isEmpty()) {
            return;
        }
        double viewport = getViewportBounds().getHeight();
        double y = yOf(pendingScroll);
        double context = yOf(pendingContext);
        if (y - context < viewport * 0.6) {
            y = context;
        }
        double content = body.getHeight() - viewport;
        setVvalue(content <= 0 ? 0 : Math.max(0, Math.min(1, (y - SCROLL_MARGIN_EM * emSize()) / content)));
    }

    /** The top of the line holding a clean offset, in the body's coordinates. */
    private double yOf(int offset) {
        BlockFlow flow = flowAt(offset);
        flow.layout();
        return flow.getLayoutY() + flow.yOf(offset - flow.block().start());
    }

    private double emSize() {
        return javafx.scene.text.Font.getDefault().getSize();
    }

    /** The clean offset of the first line visible at the top of the view. */
    int firstVisibleOffset() {
        if (flows.isEmpty()) {
            return 0;
        }
        double content = body.getLayoutBounds().getHeight() - getViewportBounds().getHeight();
        double top = Math.max(0, content) * getVvalue();
        for (BlockFlow f : flows) {
            Bounds b = f.getBoundsInParent();
            if (b.getMaxY() > top) {
                return f.block().start() + f.offsetAt(new Point2D(0, Math.max(0, top - b.getMinY())));
            }
        }
        return text.clean().length();
    }

    /** True when a clean offset's line is inside the visible part of the view. */
    boolean isOffsetVisible(int offset) {
        BlockFlow flow = flowAt(offset);
        if (flow == null || getScene() == null) {
            return false;
        }
        double y = flow.yOf(offset - flow.block().start());
        Point2D p = flow.localToScene(0, y);
        Bounds view = localToScene(getLayoutBounds());
        return p.getY() >= view.getMinY() && p.getY() < view.getMaxY();
    }

    /** The selected range of the clean text, or null. */
    TextRange selection() {
        return selection;
    }

    String selectedText() {
        return selection == null || text == null ? "" : selection.of(text.clean());
    }

    void clearSelection() {
        select(null);
    }

    private void select(TextRange range) {
        selection = range == null || range.isEmpty() ? null : range;
        mark(MarkLayer.SELECTION, selection == null ? List.of() : List.of(selection));
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || text == null || isInsideControl(e)) {
            return;
        }
        requestFocus();
        anchor = offsetAt(e);
        if (e.isShiftDown() && selection != null) {
            int other = anchor;
            anchor = selection.start();
            select(range(anchor, other));
        } else {
            select(null);
        }
    }

    private void dragged(MouseEvent e) {
        if (anchor < 0 || text == null || !e.isPrimaryButtonDown()) {
            return;
        }
        select(range(anchor, offsetAt(e)));
    }

    private static TextRange range(int a, int b) {
        return new TextRange(Math.min(a, b), Math.max(a, b));
    }

    /** A click on a marker or link inside the text is theirs, not the start of a selection. */
    private static boolean isInsideControl(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.Control) {
                return true;
            }
            if (n instanceof BlockFlow) {
                return false;
            }
        }
        return false;
    }

    /** The clean offset under the mouse, taking the block at that height. */
    private int offsetAt(MouseEvent e) {
        Point2D inBody = body.sceneToLocal(e.getSceneX(), e.getSceneY());
        BlockFlow target = null;
        for (BlockFlow f : flows) {
            Bounds b = f.getBoundsInParent();
            if (inBody.getY() < b.getMinY()) {
                if (target == null) {
                    return f.block().start();
                }
                return target.block().end();
            }
            target = f;
            if (inBody.getY() <= b.getMaxY()) {
                break;
            }
        }
        if (target == null) {
            return 0;
        }
        Point2D local = target.sceneToLocal(e.getSceneX(), e.getSceneY());
        if (local.getY() > target.getLayoutBounds().getMaxY()) {
            return target.block().end();
        }
        return target.block().start() + target.offsetAt(local);
    }

    private void key(KeyEvent e) {
        if (text == null || !e.isShortcutDown()) {
            return;
        }
        if (e.getCode() == KeyCode.C && selection != null) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selectedText());
            Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        } else if (e.getCode() == KeyCode.A) {
            select(new TextRange(0, text.clean().length()));
            e.consume();
        }
    }
}
