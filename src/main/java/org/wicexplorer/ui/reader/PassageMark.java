package org.wicexplorer.ui.reader;

import javafx.geometry.Bounds;
import javafx.geometry.Side;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.CitedPassage;
import org.wicexplorer.cite.FactUse;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Navigator;
import org.wicexplorer.ui.cite.CitationCopy;
import org.wicexplorer.ui.cite.FactUseLabels;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The small marker after a passage that the dataset quotes, numbered like the citation markers that
 * point at it. Hovering or focusing it lists the facts resting on the passage; activating it (click,
 * Enter, Space) opens the same list as a menu, where choosing a fact shows its edition, and from
 * which the passage can be copied as a citation.
 */
final class PassageMark extends Button {
    private static final int TOOLTIP_FACTS = 8;

    private final ContextMenu menu = new ContextMenu();
    private final Tooltip tip = new Tooltip();

    PassageMark(CitedPassage passage, Dataset dataset, Navigator navigator, CitationCopy copy,
                SourceDocument document, Consumer<CitationStyle> copied) {
        String numbers = passage.citations().stream().map(c -> String.valueOf(dataset.citationNumber(c.id())))
                .collect(Collectors.joining(", "));
        setText("[" + numbers + "]");
        getStyleClass().setAll("passage-mark");
        setUserData(passage);
        setAccessibleText(I18n.t("mark.accessible", numbers, passage.uses().size()));
        setMnemonicParsing(false);

        List<String> facts = passage.uses().stream().map(u -> "• " + FactUseLabels.describe(u, dataset)).toList();
        String list = facts.stream().limit(TOOLTIP_FACTS).collect(Collectors.joining("\n"));
        if (facts.size() > TOOLTIP_FACTS) {
            list += "\n" + I18n.t("mark.more", facts.size() - TOOLTIP_FACTS);
        }
        tip.setText(I18n.t("mark.citedBy", passage.uses().size()) + "\n" + list);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        tip.setShowDelay(Duration.millis(200));
        tip.getStyleClass().add("passage-mark-tip");
        setTooltip(tip);
        // Keyboard users get the same list as mouse users when the mark receives focus.
        focusedProperty().addListener((o, was, now) -> {
            if (now && isFocusVisible() && !menu.isShowing()) {
                Bounds b = localToScreen(getBoundsInLocal());
                if (b != null) {
                    tip.show(this, b.getMinX(), b.getMaxY() + 4);
                }
            } else if (!now) {
                tip.hide();
            }
        });

        menu.getStyleClass().add("cited-by-menu");
        for (FactUse use : passage.uses()) {
            MenuItem item = new MenuItem(FactUseLabels.describe(use, dataset));
            item.getStyleClass().add("cited-by-item");
            item.setUserData(use.edition());
            item.setMnemonicParsing(false);
            item.setDisable(use.edition() == null);
            item.setOnAction(e -> navigator.showEdition(use.edition()));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        int copyItemsFrom = menu.getItems().size();
        setOnAction(e -> {
            // The copy items are made as the menu opens, so the style chosen last comes first.
            menu.getItems().remove(copyItemsFrom, menu.getItems().size());
            menu.getItems().addAll(CitationCopy.menuItems(style -> copy.format(document, passage.range(), style), copied));
            tip.hide();
            menu.show(this, Side.BOTTOM, 0, 0);
        });
    }
}
