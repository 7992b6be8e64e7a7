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

import java.util.List;

/**
 * The small numbered marker after every fact. Clicking it opens the evidence: a seed document at the
 * quoted passage, or the web source's details. Its context menu (right click, Shift+F10 or the menu
 * key) copies the citation in a CSL style (Chicago, APA, MLA, GB/T 7714), the last chosen first.
 */
public final class CitationMarker extends Button {
    public static final String STYLE_CLASS = "citation-marker";

    private ContextMenu menu;
    /** What the marker stands for; a detail page updated in place after an edit hands it another ({@link #adopt}). */
    private Citation citation;
    private CiteContext context;
    private String source;

    public CitationMarker(Citation citation, CiteContext context) {
        show(citation, context);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        // Each Tooltip is a popup window with a scene of its own, and a page of facts has dozens of markers:
        // made when the pointer first comes near, they no longer weigh on start-up (docs/performance.md, T1, T4).
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> {
            if (getTooltip() == null) {
                Tooltip tip = new Tooltip(this.source + "\n“" + this.citation.quote() + "”");
                tip.setWrapText(true);
                tip.setMaxWidth(480);
                tip.setShowDelay(Duration.millis(250));
                setTooltip(tip);
            }
        });
        setOnAction(e -> this.context.navigator().showCitation(this.citation));
        setOnContextMenuRequested(e -> {
            copyMenu(this.citation, this.context).show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.CONTEXT_MENU || k.isShiftDown() && k.getCode() == KeyCode.F10) {
                copyMenu(this.citation, this.context).show(this, Side.BOTTOM, 0, 0);
                k.consume();
            }
        });
    }

    private void show(Citation citation, CiteContext context) {
        this.citation = citation;
        this.context = context;
        int number = context.dataset().citationNumber(citation.id());
        String text = "[" + number + "]";
        if (!text.equals(getText())) {
            setText(text);
        }
        // Set only when they differ: a change of style classes has CSS applied to the marker again.
        List<String> classes = citation.isSeed() ? List.of(STYLE_CLASS) : List.of(STYLE_CLASS, "web");
        if (!getStyleClass().equals(classes)) {
            getStyleClass().setAll(classes);
        }
        source = SourceNames.of(citation, context.seeds());
        setAccessibleText(I18n.t("cite.accessible", number, source, citation.quote()));
        setUserData(citation.id());
    }

    /**
     * Stands from now on for what {@code built}, a marker made for the same place of a page and not shown,
     * stands for: its number, source and quote (its tooltip is made again when the pointer next comes near).
     */
    public void adopt(CitationMarker built) {
        if (!built.citation.equals(citation) || !built.source.equals(source)) {
            setTooltip(null);
        }
        show(built.citation, built.context);
    }

    /** The citation the marker stands for. */
    public Citation citation() {
        return citation;
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
