package org.wicexplorer.ui.present;

import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Styles;

import java.util.List;

/**
 * A small editor for the current tour: the steps in order, moved with buttons or Ctrl+↑/Ctrl+↓,
 * removed with Delete, and the notes of the selected step. Edits go straight into the current tour;
 * Save writes it to its file.
 */
final class TourEditor {
    private final Classroom classroom;
    private final CurrentTour current;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final ListView<TourStep> list = new ListView<>();
    private final TextArea notes = new TextArea();
    private final Label status = new Label();
    /** True while the editor itself changes the fields, so that change is not written back. */
    private boolean updating;

    TourEditor(Classroom classroom, Window owner, List<String> stylesheets) {
        this.classroom = classroom;
        this.current = classroom.tour();
        title.setId("tour-title");
        title.setPromptText(I18n.t("tour.titlePrompt"));
        title.setAccessibleText(I18n.t("tour.titleLabel"));
        list.setId("tour-steps");
        list.setAccessibleText(I18n.t("tour.stepsLabel"));
        list.setCellFactory(v -> new StepCell());
        notes.setId("tour-notes");
        notes.setWrapText(true);
        notes.setPromptText(I18n.t("tour.notesPrompt"));
        notes.setAccessibleText(I18n.t("tour.notesLabel"));
        status.setId("tour-status");
        status.getStyleClass().add(Styles.MUTED);

        Button up = button("tour-up", "tour.moveUp", () -> move(-1));
        Button down = button("tour-down", "tour.moveDown", () -> move(1));
        Button remove = button("tour-remove", "tour.remove", this::remove);
        Button present = button("tour-present", "tour.presentFromHere", () -> {
            int i = list.getSelectionModel().getSelectedIndex();
            classroom.present(Math.max(0, i), false);
        });
        up.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(1));
        down.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(list.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        javafx.beans.binding.Bindings.size(list.getItems()).subtract(1))));
        remove.disableProperty().bind(list.getSelectionModel().selectedIndexProperty().lessThan(0));
        VBox side = new VBox(up, down, remove, present);
        side.getStyleClass().add("tour-editor-side");
        side.getChildren().forEach(n -> ((Button) n).setMaxWidth(Double.MAX_VALUE));

        Label titleLabel = new Label(I18n.t("tour.titleLabel"));
        titleLabel.setLabelFor(title);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox titleRow = new HBox(titleLabel, title);
        titleRow.getStyleClass().add("tour-editor-row");
        titleRow.setAlignment(Pos.CENTER_LEFT);

        HBox.setHgrow(list, Priority.ALWAYS);
        HBox steps = new HBox(list, side);
        steps.getStyleClass().add("tour-editor-row");
        VBox.setVgrow(steps, Priority.ALWAYS);
        Label notesLabel = new Label(I18n.t("tour.notesLabel"));
        notesLabel.setLabelFor(notes);
        notes.setPrefRowCount(5);
        VBox center = new VBox(titleRow, steps, notesLabel, notes);
        center.getStyleClass().add("tour-editor-center");

        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox files = new HBox(
                button("tour-new", "tour.new", classroom.model()::newTour),
                button("tour-open", "tour.open", classroom.model()::chooseAndOpen),
                button("tour-save", "tour.save", classroom.model()::save),
                button("tour-save-as", "tour.saveAs", classroom.model()::chooseAndSave),
                button("tour-default", "tour.default", classroom.model()::useDefaultTour),
                spacer, status);
        files.getStyleClass().add("tour-editor-files");
        files.setAlignment(Pos.CENTER_LEFT);

        BorderPane root = new BorderPane(center);
        root.setBottom(files);
        root.getStyleClass().add("tour-editor");
        root.setId("tour-editor");
        Scene scene = new Scene(root, 760, 620);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setTitle(I18n.t("tour.editorTitle"));
        if (owner != null) {
            stage.initOwner(owner);
        }

        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.UP) {
                move(-1);
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.DOWN) {
                move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
                e.consume();
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> showNotes());
        notes.textProperty().addListener((obs, old, now) -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (!updating && i >= 0) {
                TourStep step = current.get().step(i);
                current.edit(t -> t.replacing(i, step.withNotes(inLanguage(step.notes(), now))));
            }
        });
        title.textProperty().addListener((obs, old, now) -> {
            if (!updating) {
                current.edit(t -> t.withTitle(inLanguage(t.title(), now)));
            }
        });
        current.tourProperty().addListener((obs, old, now) -> show(now, old));
        current.modifiedProperty().addListener((obs, old, now) -> showStatus());
        current.fileProperty().addListener((obs, old, now) -> showStatus());
        show(current.get(), null);
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    Stage stage() {
        return stage;
    }

    void show() {
        stage.show();
        stage.toFront();
        list.requestFocus();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(I18n.t(key));
        b.setId(id);
        b.setTooltip(new Tooltip(I18n.t(key + "Tip")));
        b.setOnAction(e -> action.run());
        return b;
    }

    private void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        int to = i + by;
        if (i < 0 || to < 0 || to >= list.getItems().size()) {
            return;
        }
        current.edit(t -> t.moving(i, by));
        list.getSelectionModel().select(to);
        list.scrollTo(to);
    }

    private void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        current.edit(t -> t.removing(i));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(Math.min(i, list.getItems().size() - 1));
        }
    }

    /** Puts a changed tour on screen, keeping the selection on the same row. */
    private void show(Tour tour, Tour before) {
        updating = true;
        try {
            int selected = list.getSelectionModel().getSelectedIndex();
            boolean sameSteps = before != null && before.size() == tour.size();
            list.getItems().setAll(tour.steps());
            if (selected >= 0 && selected < tour.size()) {
                list.getSelectionModel().select(selected);
            } else if (!sameSteps && tour.size() > 0 && before != null && tour.size() > before.size()) {
                list.getSelectionModel().select(tour.size() - 1);
                list.scrollTo(tour.size() - 1);
            }
            String wanted = tour.title().in(I18n.language());
            if (!wanted.equals(title.getText())) {
                title.setText(wanted);
            }
            showNotesLocked();
        } finally {
            updating = false;
        }
        showStatus();
    }

    private void showNotes() {
        boolean was = updating;
        updating = true;
        try {
            showNotesLocked();
        } finally {
            updating = was;
        }
    }

    private void showNotesLocked() {
        int i = list.getSelectionModel().getSelectedIndex();
        notes.setDisable(i < 0);
        String text = i < 0 || i >= current.get().size() ? "" : current.get().step(i).notes().in(I18n.language());
        if (!text.equals(notes.getText())) {
            notes.setText(text);
        }
    }

    private void showStatus() {
        String name = current.file() == null ? I18n.t("tour.unsavedFile") : current.file().getFileName().toString();
        status.setText(I18n.t(current.isModified() ? "tour.statusModified" : "tour.status", name, current.get().size()));
    }

    /** The text with the interface language's side replaced: a teacher writes notes in the language they teach in. */
    private static Text inLanguage(Text text, String value) {
        String v = value == null || value.isBlank() ? null : value;
        return I18n.language() == Language.ZH ? Text.of(text.en(), v) : Text.of(v, text.zh());
    }

    private final class StepCell extends ListCell<TourStep> {
        @Override
        protected void updateItem(TourStep step, boolean empty) {
            super.updateItem(step, empty);
            if (empty || step == null) {
                setText(null);
                setAccessibleText(null);
                return;
            }
            String text = (getIndex() + 1) + ". " + Formats.name(step.kind()) + " · " + classroom.title(step);
            setText(text);
            setAccessibleText(text + (step.hasNotes() ? ". " + I18n.t("tour.hasNotes") : ""));
        }
    }
}
