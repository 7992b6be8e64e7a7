package org.wicexplorer.ui.detail;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.ConflictSubject;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** Names, dates, venue, attendance, summary, key points, disputes and nearby milestones of an edition. */
final class OverviewTab extends EditionTab {
    /** Milestones this close to an edition count as "nearby" even when not linked to it. */
    private static final long NEARBY_DAYS = 200;

    OverviewTab(ExplorerModel model, CiteContext cite) {
        super(I18n.t("tab.overview"), "tab-overview", model, cite);
    }

    @Override
    protected Node content(Edition e) {
        VBox page = Sections.page();
        GridPane fields = Sections.fields();
        Sections.addField(fields, I18n.t("field.name"), FactView.of(e.name(), cite));
        List<SourceConflict> disputes = cite.dataset().conflictsAt(e.id());
        Sections.addField(fields, I18n.t("field.dates"), Sections.withDispute(
                FactView.of(Formats.range(e.dates()), null, e.dates().sources(), cite), disputes, ConflictSubject.DATES));
        Sections.addField(fields, I18n.t("field.venue"), FactView.of(e.venue(), cite));
        Sections.addField(fields, I18n.t("field.attendance"), Sections.withDispute(
                FactView.of(e.attendance(), cite), disputes, ConflictSubject.ATTENDANCE));
        Sections.addField(fields, I18n.t("field.sessions"), FactView.of(e.sessions(), cite));
        page.getChildren().addAll(fields, Sections.heading(I18n.t("section.summary")), FactView.of(e.summary(), cite));

        if (!e.highlights().isEmpty()) {
            VBox points = new VBox();
            points.getStyleClass().add("key-points");
            e.highlights().forEach(h -> {
                Label bullet = new Label("•");
                bullet.getStyleClass().add("bullet");
                points.getChildren().add(new HBox(bullet, FactView.of(h, cite)));
            });
            page.getChildren().addAll(Sections.heading(I18n.t("section.keyPoints")), points);
        }

        List<SourceConflict> conflicts = cite.dataset().conflictsAt(e.id());
        if (!conflicts.isEmpty()) {
            page.getChildren().addAll(Sections.heading(I18n.t("section.conflicts")), new ConflictsView(conflicts, cite));
        }

        List<Milestone> nearby = cite.dataset().milestones().stream()
                .filter(m -> e.id().equals(m.edition())
                        // An imported timeline's events stay in their own lane, not among the WIC's milestones.
                        || !m.fromImport() && Math.abs(ChronoUnit.DAYS.between(e.dates().start(), m.date())) <= NEARBY_DAYS)
                .toList();
        if (!nearby.isEmpty()) {
            VBox list = new VBox();
            list.getStyleClass().add("milestone-list");
            for (Milestone m : nearby) {
                Label date = new Label(Formats.when(m));
                date.getStyleClass().add("milestone-date");
                Label title = new Label(m.title().in(I18n.language()));
                title.getStyleClass().add("milestone-title");
                title.setWrapText(true);
                list.getChildren().add(new VBox(new HBox(date, title), FactView.of(m.summary(), cite)));
            }
            page.getChildren().addAll(Sections.heading(I18n.t("section.milestones")), list);
        }
        return page;
    }
}
