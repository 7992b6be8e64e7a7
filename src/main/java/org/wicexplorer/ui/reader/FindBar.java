package org.wicexplorer.ui.reader;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.wicexplorer.search.TextFinder;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.ui.I18n;

import java.util.List;

/**
 * Find in the open document: every match marked, the current one marked more strongly and scrolled
 * into view, with a "3 of 12" count. Case and Traditional/Simplified differences are ignored.
 * Enter / F3 go to the next match, Shift+Enter / Shift+F3 to the previous one, Esc closes the bar.
 */
final class FindBar extends HBox {
    private final DocumentView view;
    private final TextField field = new TextField();
    private final Label count = new Label();
    private List<TextRange> matches = List.of();
    private int current = -1;

    FindBar(DocumentView view) {
        this.view = view;
        getStyleClass().add("find-bar");
        setId("find-bar");
        setAlignment(Pos.CENTER_LEFT);
        field.setId("find-field");
        field.setPromptText(I18n.t("find.prompt"));
        field.setAccessibleText(I18n.t("find.prompt"));
        field.getStyleClass().add("find-field");
        count.setId("find-count");
        count.getStyleClass().add("find-count");
        count.setMinWidth(USE_PREF_SIZE);
        Button previous = iconButton("↑", "find-previous", I18n.t("find.previous"));
        Button next = iconButton("↓", "find-next", I18n.t("find.next"));
        Button close = iconButton("✕", "find-close", I18n.t("find.close"));
        previous.setOnAction(e -> previous());
        next.setOnAction(e -> next());
        close.setOnAction(e -> close());
        getChildren().addAll(field, count, previous, next, close);
        field.textProperty().addListener((o, a, b) -> refresh(true));
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                close();
                k.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    private static Button iconButton(String glyph, String id, String name) {
        Button b = new Button(glyph);
        b.setId(id);
        b.getStyleClass().add("icon-button");
        b.setAccessibleText(name);
        b.setTooltip(new javafx.scene.control.Tooltip(name));
        return b;
    }

    private void key(KeyEvent k) {
        if (k.getCode() == KeyCode.ENTER || k.getCode() == KeyCode.F3) {
            if (k.isShiftDown()) {
                previous();
            } else {
                next();
            }
            k.consume();
        } else if (k.getCode() == KeyCode.ESCAPE) {
            close();
            k.consume();
        }
    }

    boolean isOpen() {
        return isVisible();
    }

    void open() {
        setVisible(true);
        setManaged(true);
        field.requestFocus();
        field.selectAll();
        refresh(true);
    }

    void close() {
        setVisible(false);
        setManaged(false);
        view.mark(MarkLayer.FIND, List.of());
        view.mark(MarkLayer.FIND_CURRENT, List.of());
        view.requestFocus();
    }

    /** The document changed: search it again if the bar is open, else just forget old matches. */
    void documentChanged() {
        if (isOpen()) {
            refresh(true);
        } else {
            matches = List.of();
            current = -1;
        }
    }

    void next() {
        step(1);
    }

    void previous() {
        step(-1);
    }

    private void step(int delta) {
        if (matches.isEmpty()) {
            return;
        }
        current = Math.floorMod(current + delta, matches.size());
        showCurrent();
    }

    /** Searches again; the first match shown is the first at or after the top of the view. */
    private void refresh(boolean fromView) {
        String clean = view.text() == null ? "" : view.text().clean();
        matches = TextFinder.findAll(clean, field.getText());
        current = -1;
        if (!matches.isEmpty()) {
            int top = fromView ? view.firstVisibleOffset() : 0;
            current = 0;
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i).start() >= top) {
                    current = i;
                    break;
                }
            }
        }
        view.mark(MarkLayer.FIND, matches);
        showCurrent();
    }

    private void showCurrent() {
        if (current < 0) {
            view.mark(MarkLayer.FIND_CURRENT, List.of());
            count.setText(field.getText().isBlank() ? "" : I18n.t("find.none"));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"), !field.getText().isBlank());
            return;
        }
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("no-match"), false);
        TextRange m = matches.get(current);
        view.mark(MarkLayer.FIND_CURRENT, List.of(m));
        count.setText(I18n.t("find.count", current + 1, matches.size()));
        if (!view.isOffsetVisible(m.start())) {
            view.scrollToOffset(m.start());
        }
    }
}
