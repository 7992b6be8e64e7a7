package org.wicexplorer.ui.reader;

import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.wicexplorer.text.Heading;
import org.wicexplorer.ui.I18n;

import java.util.List;
import java.util.function.IntConsumer;

/** A document's headings as links, indented by level; following one scrolls the text to its heading. */
final class TableOfContents extends ScrollPane {
    private final VBox entries = new VBox();

    TableOfContents() {
        setContent(entries);
        setFitToWidth(true);
        setId("reader-toc");
        getStyleClass().add("reader-toc");
        entries.getStyleClass().add("reader-toc-entries");
    }

    void show(List<Heading> headings, IntConsumer scrollTo) {
        entries.getChildren().clear();
        if (headings.isEmpty()) {
            return;
        }
        Label title = new Label(I18n.t("reader.contents"));
        title.getStyleClass().add("reader-toc-title");
        entries.getChildren().add(title);
        for (Heading h : headings) {
            Hyperlink link = new Hyperlink(h.title());
            link.getStyleClass().addAll("toc-entry", "toc-level-" + Math.min(3, h.level()));
            link.setWrapText(true);
            link.setUserData(h);
            link.setOnAction(e -> {
                link.setVisited(false);
                scrollTo.accept(h.offset());
            });
            entries.getChildren().add(link);
        }
    }

    boolean isEmpty() {
        return entries.getChildren().isEmpty();
    }
}
