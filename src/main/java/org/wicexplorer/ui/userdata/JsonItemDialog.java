package org.wicexplorer.ui.userdata;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserLayerJson;

/**
 * Editing any item (edition, person, appearance, controversy, citation) as the dataset file writes it.
 * One editor for every kind keeps the whole record editable, references and citations included; the
 * dataset rules check the result, and a mistake is shown with its line and column.
 */
final class JsonItemDialog {
    private JsonItemDialog() {
    }

    /** {@code key} is the item replaced, or null for a new item; {@code initial} is the JSON to start from. */
    static <T> void show(Window owner, UserDataService service, ItemKind<T> kind, String key, String initial,
                         String title) {
        TextArea json = new TextArea(initial);
        json.setId("json-editor");
        json.getStyleClass().add("json-editor");
        json.setPrefRowCount(22);
        Label help = new Label(I18n.t("userdata.json.help"));
        help.setWrapText(true);
        EditDialog dialog = new EditDialog(owner, title, new VBox(6, help, json), () -> {
            T item;
            try {
                item = UserLayerJson.fromJson(json.getText(), kind.type());
            } catch (DataException e) {
                Problem p = e.problems().get(0);
                throw new EditDialog.BadInput(I18n.t("userdata.jsonError", p.line(), p.column(), p.message()));
            }
            service.put(kind, key, item, title);
        });
        dialog.show();
    }

    static <T> void edit(Window owner, UserDataService service, ItemKind<T> kind, String key, String title) {
        service.overlay().item(kind, key).ifPresent(item ->
                show(owner, service, kind, key, UserLayerJson.toJson(item), title));
    }
}
