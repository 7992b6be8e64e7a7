package org.wicexplorer.ui.detail;

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
        editionTabs.forEach(DetailView::contentOnlyWhileShown);
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

    /** Adds a tab that is not about one edition, e.g. people or comparison. */
    public void addTab(Tab tab) {
        tab.setClosable(false);
        tabs.getTabs().add(tab);
        contentOnlyWhileShown(tab);
    }

    /** Where a tab keeps its content while it is not shown, and the mark that it already follows its selection. */
    private static final String HIDDEN_CONTENT = "wic.hiddenContent";
    private static final String FOLLOWS = "wic.contentFollowsSelection";

    /**
     * A tab's content is in the window only while the tab is shown; the tab keeps it meanwhile and puts it back
     * when shown again, with its scroll position. A tab pane keeps every tab's content in the scene, merely
     * hidden, so each hidden page had its styles worked out with the window's (at the first frame, after a
     * change of theme or text size, in a pass over the whole window): the first frame built only the tab it
     * shows, but the pages of tabs shown before stayed (start-up and memory, T1 and T4; an edit, T5, in
     * docs/performance.md). A tab moved to views built again (another language) keeps following its selection.
     */
    private static void contentOnlyWhileShown(Tab tab) {
        if (tab.getProperties().put(FOLLOWS, Boolean.TRUE) == null) {
            tab.selectedProperty().addListener((obs, was, now) -> place(tab));
            // Content a hidden tab sets (a page built behind another tab) waits with the tab too.
            tab.contentProperty().addListener((obs, old, content) -> {
                if (content != null && !tab.isSelected()) {
                    place(tab);
                }
            });
        }
        place(tab);
    }

    private static void place(Tab tab) {
        if (tab.isSelected()) {
            Object hidden = tab.getProperties().remove(HIDDEN_CONTENT);
            if (tab.getContent() == null && hidden instanceof Node content) {
                tab.setContent(content);
            }
        } else if (tab.getContent() != null) {
            tab.getProperties().put(HIDDEN_CONTENT, tab.getContent());
            tab.setContent(null);
        }
    }
}
