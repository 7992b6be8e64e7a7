package org.wicexplorer.ui.detail;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.model.Claim;
import org.wicexplorer.model.SourceConflict;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.cite.CiteContext;
import org.wicexplorer.ui.cite.FactView;
import org.wicexplorer.ui.Styles;

import java.util.List;

/**
 * Sources that disagree, shown rather than smoothed over: each claim side by side with its sources,
 * the one the dataset follows marked in words (not only in colour), and the reason.
 */
public final class ConflictsView extends VBox {

    public ConflictsView(List<SourceConflict> conflicts, CiteContext cite) {
        getStyleClass().add("conflicts-view");
        for (SourceConflict conflict : conflicts) {
            VBox card = new VBox();
            card.getStyleClass().add("conflict-card");
            Label subject = new Label("⚠ " + Formats.name(conflict.subject()));
            subject.getStyleClass().addAll(Styles.CHIP, Styles.DISPUTED_CHIP);
            card.getChildren().addAll(subject, FactView.of(conflict.question(), List.of(), cite));
            HBox claims = new HBox();
            claims.getStyleClass().add("claims-row");
            for (Claim claim : conflict.claims()) {
                VBox box = new VBox();
                box.getStyleClass().add("claim");
                boolean followed = claim.id().equals(conflict.follows());
                if (followed) {
                    box.getStyleClass().add("followed");
                }
                Label status = new Label(followed ? "✓ " + I18n.t("conflict.followed") : I18n.t("conflict.other"));
                status.getStyleClass().add(followed ? "claim-followed" : "claim-other");
                box.getChildren().addAll(status, FactView.of(claim.value(), claim.sources(), cite));
                HBox.setHgrow(box, Priority.ALWAYS);
                box.setMaxWidth(Double.MAX_VALUE);
                claims.getChildren().add(box);
            }
            Label reasonHead = new Label(conflict.follows() == null ? I18n.t("conflict.undecided") : I18n.t("conflict.why"));
            reasonHead.getStyleClass().add(Styles.FIELD_NAME);
            card.getChildren().addAll(claims, reasonHead, FactView.of(conflict.reason(), List.of(), cite));
            getChildren().add(card);
        }
    }
}
