package org.wicexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The few layout pieces the detail views share, each with its style class so CSS decides the looks. */
public final class Sections {
    private Sections() {
    }

    public static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_HEADING);
        label.setWrapText(true);
        return label;
    }

    public static Label chip(String text, String... extraClasses) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.CHIP);
        label.getStyleClass().addAll(extraClasses);
        return label;
    }

    public static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        label.setWrapText(true);
        return label;
    }

    public static VBox page(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("detail-page");
        return box;
    }

    /** A two-column grid of field names and values. */
    public static GridPane fields() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("field-grid");
        return grid;
    }

    public static void addField(GridPane grid, String name, Node value) {
        int row = grid.getRowCount();
        Label label = new Label(name);
        label.getStyleClass().add(Styles.FIELD_NAME);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(value, 1, row);
        GridPane.setHgrow(value, Priority.ALWAYS);
    }

    /**
     * The value with a ⚠ beside it when sources disagree about this kind of fact of the edition (the 2019
     * dates, say), so the dispute shows where the value stands, not only in the header's badge.
     */
    public static Node withDispute(Node value, java.util.List<org.wicexplorer.model.SourceConflict> conflicts,
                                   org.wicexplorer.model.ConflictSubject subject) {
        String questions = conflicts.stream().filter(c -> c.subject() == subject)
                .map(c -> c.question().in(I18n.language())).filter(q -> !q.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
        if (conflicts.stream().noneMatch(c -> c.subject() == subject)) {
            return value;
        }
        Label mark = new Label("⚠");
        mark.getStyleClass().addAll(Styles.DISPUTED_MARK);
        mark.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        String says = I18n.t("field.disputedMark", questions);
        mark.setTooltip(new javafx.scene.control.Tooltip(says));
        mark.setAccessibleText(says);
        javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(value, mark);
        box.getStyleClass().add("disputed-value");
        // The value keeps its own width, so the ⚠ stands right after it, not at the far edge of the row.
        box.setMinWidth(0);
        return box;
    }

    public static Label empty(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.EMPTY_NOTE);
        label.setWrapText(true);
        return label;
    }
}
