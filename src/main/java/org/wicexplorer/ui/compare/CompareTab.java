package org.wicexplorer.ui.compare;

import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.ConflictSubject;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.List;
import java.util.function.Function;

/**
 * Two editions side by side: theme, dates, attendance, speakers and controversies. The left one is
 * pinned; the right one follows the timeline, so choosing on the timeline fills the comparison.
 */
public final class CompareTab extends Tab {
    private final CiteContext cite;
    private final ComboBox<Edition> left = new ComboBox<>();
    private final ComboBox<Edition> right = new ComboBox<>();
    private final GridPane grid = new GridPane();
    private boolean stale = true;
    /** The library's dataset after a change made while the tab was not shown; null when the pickers are current. */
    private Dataset pending;

    public CompareTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.compare"));
        this.cite = cite;
        setId("tab-compare");
        // The grid is built when the tab is shown, not on every change of edition behind it (docs/performance.md, T1).
        selectedProperty().addListener((obs, was, now) -> {
            if (now && pending != null) {
                Dataset changed = pending;
                pending = null;
                follow(changed);
            } else if (now && stale) {
                rebuild();
            }
        });
        List<Edition> editions = cite.dataset().editions();
        for (ComboBox<Edition> box : List.of(left, right)) {
            box.getItems().setAll(editions);
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(Edition e) {
                    return e == null ? "" : e.year() + " · " + e.label().in(I18n.language());
                }

                @Override
                public Edition fromString(String s) {
                    return null;
                }
            });
            box.setButtonCell(new ListCell<>() {
                @Override
                protected void updateItem(Edition e, boolean empty) {
                    super.updateItem(e, empty);
                    setText(empty || e == null ? null : box.getConverter().toString(e));
                }
            });
            box.valueProperty().addListener((obs, old, e) -> rebuild());
        }
        left.setId("compare-left");
        right.setId("compare-right");
        left.setAccessibleText(I18n.t("compare.left"));
        right.setAccessibleText(I18n.t("compare.right"));
        model.selectedEditionProperty().addListener((obs, old, e) -> {
            if (e != null) {
                right.setValue(e);
            }
        });
        right.setValue(model.selectedEdition());
        // Behind another tab the pickers catch up when the tab is shown: an edit need not refill them.
        model.libraryProperty().addListener((obs, old, library) -> {
            if (isSelected()) {
                follow(library.dataset());
            } else {
                pending = library.dataset();
            }
        });
        grid.getStyleClass().add("compare-grid");
        ColumnConstraints names = new ColumnConstraints();
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(42);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(names, half, half);
        HBox pickers = new HBox(new Label(I18n.t("compare.left")), left, new Label(I18n.t("compare.right")), right);
        pickers.getStyleClass().add("compare-pickers");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox box = new VBox(pickers, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        setContent(box);
    }

    /** After an edit: the editions offered are the library's, and both choices stay, as they now are. */
    private void follow(Dataset dataset) {
        Edition a = left.getValue();
        Edition b = right.getValue();
        for (ComboBox<Edition> box : List.of(left, right)) {
            box.getItems().setAll(dataset.editions());
        }
        left.setValue(a == null ? null : dataset.edition(a.id()).orElse(null));
        right.setValue(b == null ? null : dataset.edition(b.id()).orElse(null));
        rebuild();
    }

    public ObjectProperty<Edition> leftProperty() {
        return left.valueProperty();
    }

    public ObjectProperty<Edition> rightProperty() {
        return right.valueProperty();
    }

    private void rebuild() {
        if (!isSelected()) {
            stale = true;
            return;
        }
        stale = false;
        grid.getChildren().clear();
        Edition a = left.getValue();
        Edition b = right.getValue();
        if (a == null || b == null) {
            grid.add(Sections.empty(I18n.t("compare.choose")), 0, 0, 3, 1);
            return;
        }
        if (a.id().equals(b.id())) {
            // Compare… pins the selected edition; an edition beside itself tells nothing, so ask for the second one.
            Label hint = Sections.empty(I18n.t("compare.pickSecond", a.year() + " · " + a.label().in(I18n.language())));
            hint.setId("compare-hint");
            grid.add(hint, 0, 0, 3, 1);
            return;
        }
        row(I18n.t("field.name"), a, b, e -> FactView.of(e.name(), cite));
        row(I18n.t("field.dates"), a, b, e -> disputed(e, ConflictSubject.DATES,
                FactView.of(Formats.range(e.dates()), null, e.dates().sources(), cite)));
        row(I18n.t("field.theme"), a, b, e -> disputed(e, ConflictSubject.THEME, FactView.of(e.theme(), cite)));
        row(I18n.t("field.venue"), a, b, e -> FactView.of(e.venue(), cite));
        row(I18n.t("field.attendance"), a, b, e -> disputed(e, ConflictSubject.ATTENDANCE,
                FactView.of(e.attendance(), cite)));
        row(I18n.t("field.sessions"), a, b, e -> FactView.of(e.sessions(), cite));
        row(I18n.t("tab.speakers"), a, b, this::speakers);
        row(I18n.t("tab.controversies"), a, b, this::controversies);
    }

    private void row(String name, Edition a, Edition b, Function<Edition, Node> cell) {
        int r = grid.getRowCount();
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FIELD_NAME);
        Node left = cell.apply(a);
        Node right = cell.apply(b);
        left.getStyleClass().add("compare-left-cell");
        right.getStyleClass().add("compare-right-cell");
        grid.addRow(r, label, left, right);
    }

    private Node disputed(Edition e, ConflictSubject subject, Node value) {
        return Sections.withDispute(value, cite.dataset().conflictsAt(e.id()), subject);
    }

    private Node speakers(Edition e) {
        VBox box = new VBox();
        box.getStyleClass().add("compare-list");
        for (Appearance a : cite.dataset().appearancesAt(e.id())) {
            cite.dataset().person(a.person()).ifPresent(p -> box.getChildren().add(new Label(
                    p.name().in(I18n.language()) + " — " + Formats.name(a.role()))));
        }
        if (box.getChildren().isEmpty()) {
            box.getChildren().add(Sections.empty(I18n.t("speakers.none")));
        }
        return box;
    }

    private Node controversies(Edition e) {
        VBox box = new VBox();
        box.getStyleClass().add("compare-list");
        for (Controversy c : cite.dataset().controversiesAt(e.id())) {
            Label title = new Label(c.title().in(I18n.language()));
            title.setWrapText(true);
            box.getChildren().add(title);
        }
        if (box.getChildren().isEmpty()) {
            box.getChildren().add(Sections.empty(I18n.t("controversies.none")));
        }
        return box;
    }
}
