package org.wicexplorer.ui.reader;

import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A paragraph whose highlighted range gets a background shape behind the glyphs, computed by the
 * text layout itself so it follows wrapping and CJK line breaks.
 */
final class HighlightFlow extends TextFlow {
    private final Path highlight = new Path();
    private int start = -1;
    private int end = -1;

    private final String text;

    HighlightFlow(String text) {
        this.text = text;
        highlight.setManaged(false);
        highlight.getStyleClass().add("passage-highlight");
        Text body = new Text(text);
        body.getStyleClass().add("reader-text");
        getChildren().addAll(highlight, body);
        getStyleClass().add("reader-paragraph");
    }

    void highlight(int from, int to) {
        start = from;
        end = to;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("highlighted"), from >= 0);
        requestLayout();
    }

    boolean isHighlighted() {
        return start >= 0;
    }

    String highlightedText() {
        return start >= 0 ? text.substring(start, end) : "";
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (start >= 0 && end > start) {
            highlight.getElements().setAll(rangeShape(start, end));
        } else {
            highlight.getElements().clear();
        }
    }
}
