package org.wicexplorer.ui.search;

import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.wicexplorer.search.Snippet;
import org.wicexplorer.text.TextRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A hit's snippet on wrapped lines, its matches as their own runs (style class {@code search-match})
 * with a highlight drawn behind them by the text layout.
 */
final class SnippetFlow extends TextFlow {
    private final Path highlight = new Path();
    private final List<TextRange> matches;

    SnippetFlow(Snippet snippet) {
        getStyleClass().add("search-snippet");
        highlight.setManaged(false);
        highlight.getStyleClass().add("search-match-background");
        getChildren().add(highlight);
        String text = snippet.oneLine();
        List<TextRange> ranges = new ArrayList<>();
        int from = 0;
        for (TextRange r : snippet.highlights()) {
            int s = Math.max(from, Math.min(r.start(), text.length()));
            int e = Math.max(s, Math.min(r.end(), text.length()));
            if (e == s) {
                continue;
            }
            if (s > from) {
                getChildren().add(run(text.substring(from, s), "search-snippet-text"));
            }
            getChildren().add(run(text.substring(s, e), "search-match"));
            ranges.add(new TextRange(s, e));
            from = e;
        }
        if (from < text.length()) {
            getChildren().add(run(text.substring(from), "search-snippet-text"));
        }
        matches = List.copyOf(ranges);
    }

    private static Text run(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        return t;
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<PathElement> elements = new ArrayList<>();
        for (TextRange r : matches) {
            elements.addAll(Arrays.asList(rangeShape(r.start(), r.end())));
        }
        highlight.getElements().setAll(elements);
    }
}
