package org.wicexplorer.ui.search;

import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.search.SearchResults;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The results of a search, grouped by kind (editions, people, … passages), each hit with its snippet
 * and the matches highlighted; above them the number of hits, the other names the query's aliases
 * added, and the way to the query's trend. The list is driven from the search field: Up/Down move,
 * Enter opens (see {@link SearchField}); the list itself answers the same keys when it has focus.
 */
final class SearchPanel extends VBox {
    /** The session's dataset as it is now: a hit found after an edit is looked up in the edited data. */
    private final Supplier<Dataset> dataset;
    private final Label status = new Label();
    private final Label also = new Label();
    private final Button trend = new Button();
    private final ListView<ResultRow> list = new ListView<>();
    private Consumer<SearchHit> onOpen = h -> { };
    private SearchResults results;

    private final Label hint = new Label();

    /** Names the panel's own controls in the interface language; the results are named as they are shown. */
    void relabel() {
        trend.setText(I18n.t("search.trend"));
        hint.setText(I18n.t("search.keys"));
    }

    SearchPanel(Supplier<Dataset> dataset) {
        this.dataset = dataset;
        setId("search-panel");
        getStyleClass().add("search-panel");
        status.setId("search-status");
        status.getStyleClass().add("search-status");
        status.setWrapText(true);
        also.setId("search-also");
        also.getStyleClass().add("search-also");
        also.setWrapText(true);
        trend.setId("search-trend");
        trend.getStyleClass().add("search-trend-button");
        trend.setMnemonicParsing(true);
        trend.setDisable(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(status, spacer, trend);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("search-panel-head");
        list.setId("search-results");
        list.getStyleClass().add("search-results");
        list.setPlaceholder(new Label(""));
        list.setCellFactory(v -> new RowCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::listKey);
        // A group heading is not a result: a click on it passes the selection to its first hit.
        list.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row instanceof ResultRow.Group) {
                javafx.application.Platform.runLater(() -> move(1));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        hint.getStyleClass().add("search-keys");
        relabel();
        getChildren().addAll(head, also, list, hint);
        showAlso(List.of());
    }

    void setOnOpen(Consumer<SearchHit> action) {
        onOpen = action;
    }

    void setOnTrend(Runnable action) {
        trend.setOnAction(e -> action.run());
    }

    void showStatus(String text) {
        status.setText(text);
    }

    /** Shows fresh results; the best hit is selected, so Enter opens it at once. */
    void show(SearchResults r) {
        results = r;
        List<ResultRow> rows = new ArrayList<>();
        Map<HitKind, List<SearchHit>> groups = r.byKind();
        groups.forEach((kind, hits) -> {
            rows.add(new ResultRow.Group(kind, hits.size()));
            hits.forEach(h -> rows.add(new ResultRow.Hit(h)));
        });
        list.getItems().setAll(rows);
        status.setText(r.hits().isEmpty() ? I18n.t("search.none", r.query())
                : I18n.t("search.count", r.hits().size(), r.query()));
        showAlso(r.alsoSearched());
        trend.setDisable(r.hits().isEmpty());
        list.getSelectionModel().clearSelection();
        move(1);
    }

    void clear() {
        results = null;
        list.getItems().clear();
        status.setText("");
        showAlso(List.of());
        trend.setDisable(true);
    }

    SearchResults results() {
        return results;
    }

    private void showAlso(List<String> terms) {
        also.setText(terms.isEmpty() ? "" : I18n.t("search.also", String.join(", ", terms)));
        also.setVisible(!terms.isEmpty());
        also.setManaged(!terms.isEmpty());
    }

    /** Moves the selection to the next (+1) or previous (-1) hit, skipping group headings. */
    void move(int delta) {
        List<ResultRow> rows = list.getItems();
        int i = list.getSelectionModel().getSelectedIndex();
        int j = i < 0 && delta < 0 ? rows.size() : i;
        for (j += delta; j >= 0 && j < rows.size(); j += delta) {
            if (rows.get(j) instanceof ResultRow.Hit) {
                list.getSelectionModel().select(j);
                // Keep the group heading in view above the first hit of a group.
                list.scrollTo(j > 0 && rows.get(j - 1) instanceof ResultRow.Group ? j - 1 : j);
                return;
            }
        }
    }

    /** Moves the selection to the first hit of the next (+1) or previous (-1) group. */
    void moveGroup(int delta) {
        List<ResultRow> rows = list.getItems();
        List<Integer> groups = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ResultRow.Group) {
                groups.add(i);
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        int selected = list.getSelectionModel().getSelectedIndex();
        int current = -1;
        for (int g = 0; g < groups.size(); g++) {
            if (groups.get(g) <= selected) {
                current = g;
            }
        }
        int target = Math.max(0, Math.min(groups.size() - 1, current + delta));
        int heading = groups.get(target);
        if (heading + 1 < rows.size()) {
            list.getSelectionModel().select(heading + 1);
            list.scrollTo(heading);
        }
    }

    /** Opens the selected hit; false when none is selected. */
    boolean openSelected() {
        if (list.getSelectionModel().getSelectedItem() instanceof ResultRow.Hit h) {
            onOpen.accept(h.hit());
            return true;
        }
        return false;
    }

    private void listKey(KeyEvent k) {
        if (k.getCode() == KeyCode.DOWN || k.getCode() == KeyCode.UP) {
            move(k.getCode() == KeyCode.DOWN ? 1 : -1);
            k.consume();
        } else if (k.getCode() == KeyCode.PAGE_DOWN || k.getCode() == KeyCode.PAGE_UP) {
            moveGroup(k.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            k.consume();
        } else if (k.getCode() == KeyCode.ENTER) {
            openSelected();
            k.consume();
        }
    }

    private final class RowCell extends ListCell<ResultRow> {
        RowCell() {
            getStyleClass().add("search-row");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() instanceof ResultRow.Hit h) {
                    onOpen.accept(h.hit());
                }
            });
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ResultRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("search-group-row");
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setDisable(false);
                return;
            }
            if (row instanceof ResultRow.Group g) {
                Label heading = new Label(I18n.t("search.group", Formats.name(g.kind()), g.count()));
                heading.getStyleClass().add("search-group");
                getStyleClass().add("search-group-row");
                setGraphic(heading);
            } else if (row instanceof ResultRow.Hit h) {
                setGraphic(new HitView(h.hit(), dataset.get()));
            }
        }
    }
}
