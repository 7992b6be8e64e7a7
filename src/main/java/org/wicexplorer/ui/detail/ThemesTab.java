package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.ConflictSubject;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;

import java.util.List;

/** The edition's theme in both languages, its forums, its topics, and any dispute over the theme. */
final class ThemesTab extends EditionTab {

    ThemesTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.themes"), "tab-themes", model, cite);
    }

    @Override
    protected Node content(Edition e) {
        VBox page = Sections.page();
        FactView theme = FactView.of(e.theme(), cite);
        theme.getStyleClass().add("theme-fact");
        page.getChildren().addAll(Sections.heading(I18n.t("field.theme")), theme,
                Sections.heading(I18n.t("field.sessions")), FactView.of(e.sessions(), cite));
        FlowPane topics = new FlowPane();
        topics.getStyleClass().add("chip-row");
        e.topics().forEach(id -> cite.dataset().topic(id)
                .ifPresent(t -> topics.getChildren().add(Sections.chip(t.label().in(I18n.language()), "topic-chip"))));
        if (!topics.getChildren().isEmpty()) {
            page.getChildren().addAll(Sections.heading(I18n.t("section.topics")), topics);
        }
        List<SourceConflict> disputes = cite.dataset().conflictsAt(e.id()).stream()
                .filter(c -> c.subject() == ConflictSubject.THEME).toList();
        if (!disputes.isEmpty()) {
            page.getChildren().addAll(Sections.heading(I18n.t("section.conflicts")), new ConflictsView(disputes, cite));
        }
        return page;
    }
}
