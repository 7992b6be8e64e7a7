package org.wicexplorer.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.wicexplorer.model.Edition;

/** Provisional: the editions in a row, until the timeline control lands. */
public final class EditionTimeline {
    private final ListView<Edition> list = new ListView<>();
    private Runnable onOpen = () -> { };

    EditionTimeline(ExplorerModel model) {
        list.setOrientation(Orientation.HORIZONTAL);
        list.setId("timeline");
        list.getItems().setAll(model.dataset().editions());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Edition e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.year() + "\n" + e.label().in(I18n.language()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> model.selectedEditionProperty().set(e));
        model.selectedEditionProperty().addListener((o, a, e) -> list.getSelectionModel().select(e));
        list.setOnKeyPressed(k -> {
            if (k.getCode() == KeyCode.ENTER) {
                onOpen.run();
            }
        });
    }

    Node node() {
        return list;
    }

    void setOnOpen(Runnable action) {
        onOpen = action;
    }
}
