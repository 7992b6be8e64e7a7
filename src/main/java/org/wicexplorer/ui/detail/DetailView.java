package org.wicexplorer.ui.detail;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.cite.CiteContext;

import java.util.List;

/** The selected edition's header and its detail tabs: overview, themes, speakers, controversies, documents. */
public final class DetailView extends VBox {
    private final TabPane tabs = new TabPane();
    private final List<EditionTab> editionTabs;

    public DetailView(ExplorerModel model, CiteContext cite, Runnable onCompare) {
        getStyleClass().add("detail-view");
        editionTabs = List.of(new OverviewTab(model, cite), new ThemesTab(model, cite), new SpeakersTab(model, cite),
                new ControversiesTab(model, cite), new DocumentsTab(model, cite));
        tabs.getTabs().addAll(editionTabs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        EditionHeader header = new EditionHeader(model, cite, onCompare);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header, tabs);
        editionTabs.forEach(EditionTab::refresh);
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Adds a row between the edition's header and its tabs, e.g. the user's note and edit marks. */
    public void addBelowHeader(javafx.scene.Node row) {
        getChildren().add(getChildren().size() - 1, row);
    }

    /**
     * Adds a tab that is not about one edition, e.g. people or comparison. Its content joins the window the first
     * time the tab is shown: until then its controls have no skin and no styles, so the window's first frame
     * does not build what it does not show (start-up, T1 in docs/performance.md).
     */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        Node content = tab.getContent();
        if (tab.isSelected() || content == null) {
            return;
        }
        tab.setContent(null);
        tab.selectedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    tab.selectedProperty().removeListener(this);
                    if (tab.getContent() == null) {
                        tab.setContent(content);
                    }
                }
            }
        });
    }
}
