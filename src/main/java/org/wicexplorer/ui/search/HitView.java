package org.wicexplorer.ui.search;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.search.FactTarget;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.ui.I18n;

import java.util.Objects;
import java.util.stream.Collectors;

/** One search hit: what it is (a fact's title, or the document and section of a passage) and its snippet. */
final class HitView extends VBox {

    HitView(SearchHit hit, Dataset dataset) {
        getStyleClass().addAll("search-hit", "search-hit-" + hit.kind().label());
        Label title = new Label(hit.title().in(I18n.language()));
        title.getStyleClass().add("search-hit-title");
        title.setWrapText(false);
        title.setMinWidth(0);
        Label where = new Label(where(hit, dataset));
        where.getStyleClass().add("search-hit-where");
        // A long section name gives way to the title, which names what the hit is.
        where.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox head = new HBox(title, where);
        head.setAlignment(Pos.BASELINE_LEFT);
        head.getStyleClass().add("search-hit-head");
        SnippetFlow snippet = new SnippetFlow(hit.snippet());
        getChildren().addAll(head, snippet);
        setUserData(hit);
    }

    /** The section of a passage, or the years of a fact's editions. */
    private static String where(SearchHit hit, Dataset dataset) {
        if (hit.target() instanceof PassageTarget p) {
            return p.section() == null ? "" : "§ " + p.section();
        }
        if (hit.target() instanceof FactTarget f) {
            return f.editions().stream().map(id -> dataset.edition(id).map(Edition::year).orElse(null))
                    .filter(Objects::nonNull).distinct().sorted().map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        return "";
    }
}
