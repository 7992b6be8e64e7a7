package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Controversy;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Party;
import org.wicexplorer.model.Perspective;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.List;

/** Each controversy with the parties' perspectives side by side, one column per party, every claim cited. */
final class ControversiesTab extends EditionTab {

    ControversiesTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.controversies"), "tab-controversies", model, cite);
    }

    @Override
    protected Node content(Edition e) {
        VBox page = Sections.page();
        List<Controversy> controversies = cite.dataset().controversiesAt(e.id());
        if (controversies.isEmpty()) {
            page.getChildren().add(Sections.empty(I18n.t("controversies.none")));
        }
        for (Controversy c : controversies) {
            VBox card = new VBox();
            card.getStyleClass().add("controversy-card");
            card.setId("controversy-" + c.id());
            Label title = Sections.heading(c.title().in(I18n.language()));
            card.getChildren().addAll(title, FactView.of(c.summary(), cite), perspectives(c));
            page.getChildren().add(card);
        }
        return page;
    }

    private HBox perspectives(Controversy c) {
        HBox columns = new HBox();
        columns.getStyleClass().add("perspective-columns");
        for (Party party : Party.values()) {
            List<Perspective> views = c.perspectives().stream().filter(p -> p.party() == party).toList();
            if (views.isEmpty()) {
                continue;
            }
            VBox column = new VBox();
            column.getStyleClass().addAll("perspective-column", Styles.party(party));
            Label head = new Label(Formats.name(party));
            head.getStyleClass().add("party-heading");
            column.getChildren().add(head);
            for (Perspective p : views) {
                Label who = new Label(p.who().in(I18n.language()));
                who.getStyleClass().add("perspective-who");
                who.setWrapText(true);
                column.getChildren().addAll(who, FactView.of(p.claim(), p.sources(), cite));
            }
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setMaxWidth(Double.MAX_VALUE);
            column.setPrefWidth(0);
            columns.getChildren().add(column);
        }
        return columns;
    }
}
