package org.wicexplorer.ui.search;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.wicexplorer.search.SearchHit;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Destination;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Navigator;

/**
 * Search across documents and facts, put together for the main window: the field for the toolbar,
 * the results panel floating over the window's top-left (so the reader on the right stays visible
 * while passages are opened one after another), the Trend tab, and the window's shortcuts
 * (Ctrl+K search, Ctrl+F find in the document).
 */
public final class SearchFeature {
    private static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final SearchService service;
    private final SearchPanel panel;
    private final SearchField field;
    private final TrendTab trend;
    private final Navigator navigator;
    private final HitOpener opener;
    private String lastQuery = "";
    private boolean openWhenAnswered;
    private Node focusBefore;
    /** The window's content and the panel over it (see {@link #overlay}). */
    private StackPane overlay;

    /**
     * Search over the session's library (hits are looked up in the data as it is now). When the index has
     * been brought up to an edit, the open result list asks again, so it shows the edit, query kept.
     */
    public SearchFeature(SearchService service, ExplorerModel model, Navigator navigator) {
        this.service = service;
        this.navigator = navigator;
        this.opener = new HitOpener(model::dataset, navigator);
        this.panel = new SearchPanel(model::dataset);
        this.trend = new TrendTab(model::dataset, model::seeds, service, opener::open);
        service.revisionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(revisionListener));
        this.field = new SearchField(service, this::query, new SearchField.PanelKeys() {
            @Override
            public boolean move(int delta) {
                if (!panel.isVisible()) {
                    return false;
                }
                panel.move(delta);
                return true;
            }

            @Override
            public boolean moveGroup(int delta) {
                if (!panel.isVisible()) {
                    return false;
                }
                panel.moveGroup(delta);
                return true;
            }

            @Override
            public boolean open() {
                if (!panel.isVisible()) {
                    return false;
                }
                boolean current = panel.results() != null && panel.results().query().strip().equals(lastQuery);
                if (current && panel.openSelected()) {
                    return true;
                }
                // Enter pressed before the answer arrived: open the best hit once it does.
                openWhenAnswered = !current && !lastQuery.isBlank();
                return true;
            }

            @Override
            public boolean close() {
                if (!panel.isVisible()) {
                    return false;
                }
                hidePanel();
                return true;
            }

            @Override
            public void reopen() {
                if (!field.field().getText().isBlank()) {
                    showPanel();
                }
            }
        });
        panel.setOnOpen(this::open);
        panel.setOnTrend(this::showTrend);
        panel.setVisible(false);
        panel.addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.ESCAPE) {
                hidePanel();
                k.consume();
            }
        });
        startIndexAfterFirstFrame();
        service.readyProperty().addListener((o, a, ready) -> {
            if (ready && panel.isVisible() && panel.results() == null && !lastQuery.isBlank()) {
                panel.showStatus(I18n.t("search.searching"));
            }
        });
    }

    /**
     * Builds the index once the window has laid out its first frame, not while the window is being built:
     * indexing (SmartCN's dictionaries, the seeds) competed with the start-up for the CPU (docs/performance.md, T1).
     */
    private void startIndexAfterFirstFrame() {
        field.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene == null) {
                    return;
                }
                field.sceneProperty().removeListener(this);
                Runnable[] afterLayout = new Runnable[1];
                afterLayout[0] = () -> {
                    if (scene.getWindow() != null && scene.getWindow().isShowing()) {
                        scene.removePostLayoutPulseListener(afterLayout[0]);
                        Platform.runLater(service::start);
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout[0]);
            }
        });
    }

    public SearchService service() {
        return service;
    }

    /** The toolbar's search field. */
    public Node searchField() {
        return field;
    }

    /** The Trend tab, to add to the detail tabs. */
    /** Charts a query in the Trend tab (the window selects the tab). */
    public void chartTrend(String query) {
        trend.show(query);
    }

    public Tab trendTab() {
        return trend;
    }

    /**
     * The window's content with the results panel floating over its top-left corner. The panel joins it at
     * the first search, so its list and their styles are not built for the first frame (start-up, T1); once
     * there, it stays, and moves to the content built after a change of language.
     */
    public Node overlay(Node content) {
        boolean placed = panel.getParent() != null;
        overlay = new StackPane(content);
        overlay.getStyleClass().add("search-overlay");
        StackPane.setAlignment(panel, Pos.TOP_LEFT);
        panel.setMaxWidth(Region.USE_PREF_SIZE);
        panel.maxHeightProperty().bind(overlay.heightProperty().multiply(0.9));
        overlay.setPickOnBounds(false);
        if (placed) {
            overlay.getChildren().add(panel);
        }
        return overlay;
    }

    /** Ctrl+K focuses the search field from anywhere; Ctrl+F opens find in the reader's document. */
    public void installShortcuts(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, k -> {
            if (SEARCH.match(k)) {
                focusSearch();
                k.consume();
            } else if (FIND.match(k) && navigator.findInDocument()) {
                hidePanel();
                k.consume();
            }
        });
    }

    /** What Ctrl+K does: focus the field and show the last results. */
    public void focusSearch() {
        Node owner = field.getScene() == null ? null : field.getScene().getFocusOwner();
        if (owner != field.field()) {
            focusBefore = owner;
        }
        field.focus();
        if (!field.field().getText().isBlank()) {
            showPanel();
        }
    }

    /**
     * Names the field, the panel and the trend tab in the language now chosen; the words typed, the results
     * (asked again, so their headings are in the new words) and the chart stay.
     */
    public void relabel() {
        field.relabel(service);
        panel.relabel();
        trend.relabel();
        askAgain();
    }

    /** Held here, heard weakly: a search feature that is let go stops asking. */
    private final javafx.beans.value.ChangeListener<Number> revisionListener = (obs, was, now) -> askAgain();
    /** The index changed under an open result list: ask again for the same words, quietly. */
    private void askAgain() {
        if (lastQuery.isEmpty()) {
            return;
        }
        String asked = lastQuery;
        service.search(asked, results -> {
            if (results.query().strip().equals(lastQuery)) {
                panel.show(results);
            }
        });
    }

    private void query(String text) {
        String query = text == null ? "" : text.strip();
        if (!query.equals(lastQuery)) {
            openWhenAnswered = false;
        }
        lastQuery = query;
        if (lastQuery.isEmpty()) {
            panel.clear();
            hidePanel();
            return;
        }
        showPanel();
        panel.showStatus(service.readyProperty().get() ? I18n.t("search.searching")
                : I18n.t("search.waiting", Math.round(service.progressProperty().get() * 100)));
        service.search(lastQuery, results -> {
            if (results.query().strip().equals(lastQuery)) {
                panel.show(results);
                if (openWhenAnswered) {
                    openWhenAnswered = false;
                    panel.openSelected();
                }
            }
        });
    }

    private void open(SearchHit hit) {
        opener.open(hit);
        if (!HitOpener.opensInReader(hit)) {
            hidePanel();
            focusBefore = null;
        }
    }

    private void showTrend() {
        focusBefore = null;
        hidePanel();
        navigator.show(new Destination.Trend(lastQuery));
        trend.focusQuery();
    }

    private void showPanel() {
        if (overlay != null && panel.getParent() != overlay) {
            overlay.getChildren().add(panel);
        }
        panel.setVisible(true);
    }

    private void hidePanel() {
        if (!panel.isVisible()) {
            return;
        }
        panel.setVisible(false);
        if (focusBefore != null && focusBefore.getScene() != null) {
            focusBefore.requestFocus();
        }
        focusBefore = null;
    }
}
