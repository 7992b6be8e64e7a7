package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.Styles;

/**
 * A detail tab that shows one aspect of the selected edition and follows the selection and the library.
 * Its page is built anew each time, but shown through the nodes already on screen when it has the same
 * shape (an edit of a text, another edition with as many items): see {@link InPlace}.
 */
abstract class EditionTab extends Tab {
    protected final ExplorerModel model;
    protected final CiteContext cite;
    private final ScrollPane scroll = new ScrollPane();

    EditionTab(String title, String id, ExplorerModel model, CiteContext cite) {
        super(title);
        this.model = model;
        this.cite = cite;
        setId(id);
        setClosable(false);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Styles.DETAIL_SCROLL);
        setContent(scroll);
        model.selectedEditionProperty().addListener((obs, old, edition) -> {
            // The same edition as edited: keep the reader's place in the pane.
            refresh(old != null && edition != null && old.id().equals(edition.id()));
        });
        model.libraryProperty().addListener((obs, old, library) -> {
            Edition shown = model.selectedEdition();
            if (shown != null && !library.dataset().edition(shown.id()).map(shown::equals).orElse(false)) {
                return; // the selection follows at once (the edition as edited, or a neighbour) and refreshes then
            }
            refresh(true);
        });
        selectedProperty().addListener((obs, was, now) -> {
            if (now && stale) {
                refresh();
            }
        });
    }

    /** Whether the content shows an edition other than the selected one (built only when the tab is shown). */
    private boolean stale = true;

    /**
     * Shows the selected edition. A tab that is not showing only notes that it is out of date and builds when
     * it is selected: building every tab on every change of edition was most of the start-up's window
     * building and of its memory (docs/performance.md, T1 and T4).
     */
    final void refresh() {
        refresh(false);
    }

    /** {@link #refresh()}, keeping the scroll position when {@code keepPlace} (the same edition, edited). */
    private void refresh(boolean keepPlace) {
        if (getTabPane() != null && !isSelected()) {
            stale = true;
            return;
        }
        stale = false;
        Edition edition = model.selectedEdition();
        double place = scroll.getVvalue();
        Node page = edition == null ? Sections.page(Sections.empty(org.wicexplorer.ui.I18n.t("detail.noSelection")))
                : content(edition);
        // A page of the same shape is shown through the nodes on screen (see InPlace): no new nodes to style.
        if (!InPlace.adopt(scroll.getContent(), page)) {
            scroll.setContent(page);
        }
        scroll.setVvalue(keepPlace ? place : 0);
    }

    protected abstract Node content(Edition edition);
}
