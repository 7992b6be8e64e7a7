package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.ConferenceDocument;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.List;

/** Documents the edition released or discussed, and the full-text sources that speak about it. */
final class DocumentsTab extends EditionTab {

    DocumentsTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.documents"), "tab-documents", model, cite);
    }

    @Override
    protected Node content(Edition e) {
        VBox page = Sections.page();
        List<ConferenceDocument> released = cite.dataset().documentsAt(e.id());
        page.getChildren().add(Sections.heading(I18n.t("documents.released")));
        if (released.isEmpty()) {
            page.getChildren().add(Sections.empty(I18n.t("documents.noneReleased")));
        }
        for (ConferenceDocument d : released) {
            VBox card = new VBox();
            card.getStyleClass().add("document-card");
            Label title = new Label(d.title().in(I18n.language()));
            title.getStyleClass().add("document-title");
            title.setWrapText(true);
            HBox meta = new HBox(Sections.chip(Formats.name(d.kind()), Styles.KIND_CHIP));
            meta.getStyleClass().add("document-meta");
            if (d.date() != null) {
                meta.getChildren().add(Sections.muted(Formats.date(d.date())));
            }
            card.getChildren().addAll(title, meta, FactView.of(d.summary(), cite));
            if (d.seed() != null) {
                card.getChildren().add(openButton(d.seed(), I18n.t("documents.readFullText")));
            }
            page.getChildren().add(card);
        }
        List<SourceDocument> sources = cite.seeds().documents().stream()
                .filter(s -> s.editions().contains(e.id())).toList();
        page.getChildren().add(Sections.heading(I18n.t("documents.sources")));
        if (sources.isEmpty()) {
            page.getChildren().add(Sections.empty(I18n.t("documents.noSources")));
        }
        for (SourceDocument s : sources) {
            VBox card = new VBox();
            card.getStyleClass().add("document-card");
            Label title = new Label(s.title().in(I18n.language()));
            title.getStyleClass().add("document-title");
            title.setWrapText(true);
            card.getChildren().addAll(title,
                    Sections.muted(Formats.name(s.kind()) + " · " + s.date() + " · " + s.licence()),
                    openButton(s.id(), I18n.t("documents.open")));
            page.getChildren().add(card);
        }
        return page;
    }

    private Button openButton(String seedId, String text) {
        Button open = new Button(text);
        open.getStyleClass().add("open-document");
        open.setUserData(seedId);
        open.setOnAction(ev -> cite.navigator().openDocument(seedId));
        return open;
    }
}
