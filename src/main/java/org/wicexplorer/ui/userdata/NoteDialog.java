package org.wicexplorer.ui.userdata;

import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.Note;
import org.wicexplorer.userdata.UserDataService;

/** Writing the user's note on an edition, e.g. a teacher's plan for the lesson. An empty note is removed. */
final class NoteDialog {
    private NoteDialog() {
    }

    static void show(Window owner, UserDataService service, Edition edition) {
        TextArea text = new TextArea(service.layer().note(edition.id()).map(Note::text).orElse(""));
        text.setId("note-editor");
        text.setWrapText(true);
        text.setPrefRowCount(10);
        text.setPromptText(I18n.t("userdata.note.prompt"));
        String name = edition.name().in(I18n.language());
        EditDialog dialog = new EditDialog(owner, I18n.t("userdata.note.title", name), text,
                () -> service.setNote(edition.id(), text.getText()));
        dialog.setOnShown(e -> text.requestFocus());
        dialog.show();
    }
}
