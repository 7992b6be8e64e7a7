package org.wicexplorer.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.wicexplorer.model.Topic;
import org.wicexplorer.ui.timeline.TimelineLane;
import org.wicexplorer.ui.timeline.TimelineView;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The explorer's commands: view presets, the axis mode, which lanes show, and the topic filter. The groups
 * wrap onto a second row when the window is narrow or the text large (a projector at 1024×768, 150 % text),
 * so every control keeps its name on screen; a ToolBar would hide the last ones behind its "»" menu.
 */
final class ExplorerToolbar {
    private final FlowPane bar = new FlowPane();
    /** Holds the fit control, which changes kind when an import brings the first imported timeline. */
    private final HBox fitHolder = new HBox();
    private final ToggleButton compressed = new ToggleButton(I18n.t("toolbar.compressed"));

    ExplorerToolbar(ExplorerModel model, TimelineView timeline) {
        bar.getStyleClass().add("explorer-toolbar");
        bar.setId("explorer-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setRowValignment(javafx.geometry.VPos.CENTER);
        bar.setPrefWrapLength(2000);
        Label title = new Label(I18n.t("app.title"));
        title.getStyleClass().add("app-title");

        // "Fit all" fits the WIC; imported timelines (perhaps from 3000 BCE) only when asked for everything,
        // which the button offers once there is an imported timeline (it changes when an import brings one).
        ButtonBase fit = fitControl(model.dataset(), timeline);
        Button years = button("toolbar-years", I18n.t("toolbar.allYears"), I18n.t("toolbar.allYearsTip"),
                timeline::showAllYears);
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("toolbar-year");
        year.setPromptText(I18n.t("toolbar.year"));
        year.setAccessibleText(I18n.t("toolbar.yearTip"));
        year.getItems().setAll(IntStream.rangeClosed(2014, Math.max(2026, LocalDate.now().getYear())).boxed().toList());
        year.valueProperty().addListener((obs, old, y) -> {
            if (y != null) {
                timeline.showYear(y);
            }
        });
        Button days = button("toolbar-days", I18n.t("toolbar.editionDays"), I18n.t("toolbar.editionDaysTip"), () -> {
            if (timeline.getSelectedItem() != null) {
                timeline.showItemDays(timeline.getSelectedItem());
            }
        });

        compressed.setId("toolbar-compressed");
        compressed.setTooltip(new Tooltip(I18n.t("toolbar.compressedTip")));
        compressed.selectedProperty().bindBidirectional(timeline.compressedAxisProperty());

        MenuButton lanes = new MenuButton(I18n.t("toolbar.lanes"));
        lanes.setId("toolbar-lanes");
        for (TimelineLane lane : timeline.getLanes()) {
            CheckMenuItem item = new CheckMenuItem(lane.name());
            item.setId("lane-" + lane.id());
            // The lanes shown are the session's; the check follows them (an import shows its lane).
            ObservableSet<TimelineLane> hidden = model.session().hiddenLanes();
            item.setSelected(!hidden.contains(lane));
            hidden.addListener(new WeakSetChangeListener<>(keep(change -> item.setSelected(!hidden.contains(lane)))));
            item.selectedProperty().addListener((obs, old, shown) -> {
                if (shown) {
                    hidden.remove(lane);
                } else {
                    hidden.add(lane);
                }
            });
            lanes.getItems().add(item);
        }

        CheckComboBox<Topic> topics = new CheckComboBox<>();
        topics.setId("topic-filter");
        topics.setTitle(I18n.t("filter.topics"));
        topics.setShowCheckedCount(true);
        topics.getItems().setAll(model.dataset().topics());
        // The filter is the session's: a toolbar built again (another language) shows the topics checked.
        check(topics, model.topicFilter());
        model.libraryProperty().addListener((obs, old, library) -> {
            if (!library.dataset().topics().equals(topics.getItems())) {
                List<String> checked = topics.getCheckModel().getCheckedItems().stream().map(Topic::id).toList();
                topics.getItems().setAll(library.dataset().topics());
                check(topics, checked);
            }
            // The button is built again only when an import brings the first imported timeline (or the last goes).
            boolean split = fitHolder.getChildren().get(0) instanceof SplitMenuButton;
            if (split != EditionTimeline.hasImported(library.dataset())) {
                fitHolder.getChildren().setAll(fitControl(library.dataset(), timeline));
            }
        });
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

        Label filterLabel = new Label(I18n.t("filter.label"));
        filterLabel.setLabelFor(topics);
        fitHolder.getChildren().setAll(fit);
        bar.getChildren().addAll(group(title), group(fitHolder, years, year, days), group(compressed, lanes),
                group(filterLabel, topics));
    }

    /** Listeners held as long as the toolbar, heard weakly by the session, which outlives it. */
    private final List<Object> held = new java.util.ArrayList<>();

    private <T> SetChangeListener<T> keep(SetChangeListener<T> listener) {
        held.add(listener);
        return listener;
    }

    /** Checks the topics whose ids are given. */
    private static void check(CheckComboBox<Topic> topics, java.util.Collection<String> ids) {
        topics.getItems().stream().filter(t -> ids.contains(t.id())).forEach(topics.getCheckModel()::check);
    }

    /** "Fit all"; with an imported timeline in the data, a split button that also offers "fit everything". */
    private static ButtonBase fitControl(org.wicexplorer.model.Dataset data, TimelineView timeline) {
        if (!EditionTimeline.hasImported(data)) {
            return button("toolbar-fit", I18n.t("toolbar.fitAll"), I18n.t("toolbar.fitAllTip"), timeline::fitAll);
        }
        SplitMenuButton split = new SplitMenuButton();
        split.setText(I18n.t("toolbar.fitAll"));
        split.setId("toolbar-fit");
        split.setTooltip(new Tooltip(I18n.t("toolbar.fitAllTip")));
        split.setOnAction(e -> timeline.fitAll());
        MenuItem fitWic = new MenuItem(I18n.t("timeline.fitWic"));
        fitWic.setId("toolbar-fit-wic");
        fitWic.setOnAction(e -> timeline.fitAll());
        MenuItem fitEverything = new MenuItem(I18n.t("timeline.fitEverything"));
        fitEverything.setId("toolbar-fit-everything");
        fitEverything.setOnAction(e -> timeline.fitEverything());
        split.getItems().addAll(fitWic, fitEverything);
        return split;
    }

    /** Controls that stay together on one row; only whole groups move to the next row. */
    private static HBox group(Node... controls) {
        HBox group = new HBox(controls);
        group.getStyleClass().add("toolbar-group");
        group.setAlignment(Pos.CENTER_LEFT);
        for (Node c : controls) {
            if (c instanceof javafx.scene.layout.Region r) {
                r.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        return group;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    FlowPane node() {
        return bar;
    }

    /** Puts the search field right after the title. */
    void addSearch(Node search) {
        bar.getChildren().add(1, group(search));
    }
}
