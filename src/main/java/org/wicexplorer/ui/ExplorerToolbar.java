package org.wicexplorer.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.wicexplorer.model.Topic;

/** The explorer's commands: view presets, axis mode and filters. */
final class ExplorerToolbar {
    private final ToolBar bar = new ToolBar();

    ExplorerToolbar(ExplorerModel model, EditionTimeline timeline) {
        bar.getStyleClass().add("explorer-toolbar");
        Label title = new Label(I18n.t("app.title"));
        title.getStyleClass().add("app-title");
        CheckComboBox<Topic> topics = new CheckComboBox<>();
        topics.setId("topic-filter");
        topics.setTitle(I18n.t("filter.topics"));
        topics.setShowCheckedCount(true);
        topics.getItems().setAll(model.dataset().topics());
        topics.setConverter(new StringConverter<>() {
            @Override
            public String toString(Topic t) {
                return t == null ? "" : t.label().in(I18n.language());
            }

            @Override
            public Topic fromString(String s) {
                return null;
            }
        });
        topics.setAccessibleText(I18n.t("filter.topics"));
        topics.getCheckModel().getCheckedItems().addListener((ListChangeListener<Topic>) change -> {
            model.topicFilter().clear();
            topics.getCheckModel().getCheckedItems().forEach(t -> model.topicFilter().add(t.id()));
        });
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getItems().addAll(title, spacer, new Label(I18n.t("filter.label")), topics);
    }

    Node node() {
        return bar;
    }

    /** Puts the search field right after the title. */
    void addSearch(Node search) {
        bar.getItems().add(1, search);
    }
}
