package org.wicexplorer.ui.cite;

import javafx.geometry.Side;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.wicexplorer.model.Citation;
import org.wicexplorer.ui.I18n;

/**
 * The small numbered marker after every fact. Clicking it opens the evidence: a seed document at the
 * quoted passage, or the web source's details. Its context menu (right click, Shift+F10 or the menu
 * key) copies the citation in a CSL style (Chicago, APA, MLA, GB/T 7714), the last chosen first.
 */
public final class CitationMarker extends Button {
    public static final String STYLE_CLASS = "citation-marker";

    private ContextMenu menu;

    public CitationMarker(Citation citation, CiteContext context) {
        int number = context.dataset().citationNumber(citation.id());
        setText("[" + number + "]");
        getStyleClass().setAll(STYLE_CLASS);
        if (!citation.isSeed()) {
            getStyleClass().add("web");
        }
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        String source = SourceNames.of(citation, context.seeds());
        setAccessibleText(I18n.t("cite.accessible", number, source, citation.quote()));
        // Each Tooltip is a popup window with a scene of its own, and a page of facts has dozens of markers:
        // made when the pointer first comes near, they no longer weigh on start-up (docs/performance.md, T1, T4).
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (getTooltip() == null) {
                Tooltip tip = new Tooltip(source + "\n“" + citation.quote() + "”");
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                tip.setShowDelay(Duration.millis(250));
                setTooltip(tip);
            }
        });
        setUserData(citation.id());
        setOnAction(e -> context.navigator().showCitation(citation));
        setOnContextMenuRequested(e -> {
            copyMenu(citation, context).show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.CONTEXT_MENU || k.isShiftDown() && k.getCode() == KeyCode.F10) {
                copyMenu(citation, context).show(this, Side.BOTTOM, 0, 0);
                k.consume();
            }
        });
    }

    /** Built on first use: a fact view holds many markers, few of which are ever copied. */
    private ContextMenu copyMenu(Citation citation, CiteContext context) {
        if (menu == null) {
            menu = new ContextMenu();
            menu.getStyleClass().add("citation-copy-menu");
        }
        menu.hide();
        // Rebuilt each time: the style chosen last, perhaps in another menu since, comes first.
        CitationCopy copy = new CitationCopy(context.dataset(), context.seeds());
        menu.getItems().setAll(CitationCopy.menuItems(style -> copy.format(citation, style), style -> { }));
        return menu;
    }
}
