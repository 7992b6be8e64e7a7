package org.wicexplorer.ui.userdata;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.Note;
import org.wicexplorer.userdata.Overlay;
import org.wicexplorer.userdata.Provenance;
import org.wicexplorer.userdata.UserDataService;

/**
 * Under the edition's header: a badge when the edition, or something at it, is the user's own (a word,
 * not a colour alone), the user's note on it, and the button to write one.
 */
final class UserDataBar extends HBox {
    private final ExplorerModel model;
    private final UserDataService service;
    private final Label badge = new Label();
    private final Label note = new Label();

    UserDataBar(ExplorerModel model, UserDataService service, Runnable onWriteNote) {
        this.model = model;
        this.service = service;
        setId("user-data-bar");
        getStyleClass().add("user-data-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        badge.setId("user-badge");
        badge.getStyleClass().add("user-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        note.setId("edition-note");
        note.getStyleClass().add("user-note");
        note.setWrapText(true);
        note.setMaxHeight(80);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        Button write = new Button(I18n.t("userdata.noteButton"));
        write.setId("note-button");
        write.getStyleClass().add("header-button");
        write.setMinWidth(Region.USE_PREF_SIZE);
        write.setOnAction(e -> onWriteNote.run());
        getChildren().addAll(badge, note, write);
        model.selectedEditionProperty().addListener((obs, old, e) -> refresh());
        refresh();
    }

    void refresh() {
        Edition e = model.selectedEdition();
        String badgeText = e == null ? null : badgeText(e);
        badge.setText(badgeText == null ? "" : badgeText);
        badge.setVisible(badgeText != null);
        badge.setManaged(badgeText != null);
        String text = e == null ? null : service.layer().note(e.id()).map(Note::text).orElse(null);
        note.setText(text == null ? "" : I18n.t("userdata.noteLabel") + " " + text);
        note.setVisible(text != null);
        badge.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("noted"), text != null);
    }

    private String badgeText(Edition e) {
        Overlay overlay = service.overlay();
        Provenance own = overlay.provenance(ItemKind.EDITION, e.id()).orElse(Provenance.BUNDLED);
        if (own == Provenance.USER_MADE) {
            return I18n.t("userdata.badge.userMade");
        }
        if (own == Provenance.CHANGED) {
            return I18n.t("userdata.badge.changed");
        }
        long here = overlay.effective().appearancesAt(e.id()).stream()
                .filter(a -> overlay.provenanceOf(ItemKind.APPEARANCE, a) != Provenance.BUNDLED).count()
                + overlay.effective().controversiesAt(e.id()).stream()
                .filter(c -> overlay.provenanceOf(ItemKind.CONTROVERSY, c) != Provenance.BUNDLED).count();
        return here > 0 ? I18n.t("userdata.badge.here", here) : null;
    }

}
