package org.wicexplorer.ui.cite;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.wicexplorer.model.Citation;
import org.wicexplorer.ui.I18n;

/**
 * The small numbered marker after every fact. Clicking it opens the evidence: a seed document at the
 * quoted passage, or the web source's details.
 */
public final class CitationMarker extends Button {
    public static final String STYLE_CLASS = "citation-marker";

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
        Tooltip tip = new Tooltip(source + "\n“" + citation.quote() + "”");
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.setShowDelay(Duration.millis(250));
        setTooltip(tip);
        setUserData(citation.id());
        setOnAction(e -> context.navigator().showCitation(citation));
    }
}
