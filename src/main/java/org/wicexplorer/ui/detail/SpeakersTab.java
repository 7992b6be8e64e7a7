package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Appearance;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Person;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Navigator;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.List;

/** Who spoke, in what role, holding which office at the time, with a way to their other appearances. */
final class SpeakersTab extends EditionTab {

    SpeakersTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.speakers"), "tab-speakers", model, cite);
    }

    @Override
    protected Node content(Edition e) {
        VBox page = Sections.page();
        List<Appearance> appearances = cite.dataset().appearancesAt(e.id());
        if (appearances.isEmpty()) {
            page.getChildren().add(Sections.empty(I18n.t("speakers.none")));
        }
        for (Appearance a : appearances) {
            page.getChildren().add(card(a, cite, cite.navigator()));
        }
        return page;
    }

    static Node card(Appearance a, CiteContext cite, Navigator navigator) {
        Person person = cite.dataset().person(a.person()).orElseThrow();
        Label name = new Label(person.name().in(I18n.language()));
        name.getStyleClass().add("person-name");
        String other = person.name().in(I18n.language() == org.wicexplorer.model.Language.ZH
                ? org.wicexplorer.model.Language.EN : org.wicexplorer.model.Language.ZH);
        Label otherName = Sections.muted(other.equals(name.getText()) ? "" : other);
        Label role = Sections.chip(Formats.name(a.role()), Styles.ROLE_CHIP);
        HBox head = new HBox(name, otherName, role);
        head.getStyleClass().add("person-head");
        VBox card = new VBox(head);
        card.getStyleClass().add("appearance-card");
        if (a.position() != null && !a.position().isEmpty()) {
            card.getChildren().add(FactView.of(a.position(), List.of(), cite));
        }
        card.getChildren().add(FactView.of(a.note() == null ? null : a.note().en(), a.note() == null ? null : a.note().zh(),
                a.sources(), cite));
        int count = cite.dataset().appearancesOf(person.id()).size();
        Hyperlink all = new Hyperlink(I18n.t("speakers.allAppearances", count));
        all.getStyleClass().add("person-link");
        all.setOnAction(ev -> navigator.showPerson(person.id()));
        card.getChildren().add(all);
        return card;
    }
}
