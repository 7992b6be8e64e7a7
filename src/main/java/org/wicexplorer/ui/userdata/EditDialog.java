package org.wicexplorer.ui.userdata;

import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.EditRefusedException;
import org.wicexplorer.ui.Styles;

/**
 * A dialog that saves an edit when the user presses Save, and stays open with the reason shown when the
 * edit is refused, so nothing typed is lost.
 */
final class EditDialog extends Dialog<Boolean> {
    /** The edit to make; throws when it is refused. */
    interface Attempt {
        void run() throws EditRefusedException, BadInput;
    }

    /** Input that cannot become an item, e.g. JSON with a syntax error, with the message to show. */
    static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    private final Label error = new Label();

    EditDialog(Window owner, String title, Node content, Attempt attempt) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(title);
        setHeaderText(title);
        setResizable(true);
        ButtonType save = new ButtonType(I18n.t("userdata.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        getDialogPane().getStyleClass().add("edit-dialog");
        DialogLook.apply(getDialogPane());
        Styles.addTo(getDialogPane().getStylesheets());
        error.setId("edit-error");
        error.getStyleClass().add("edit-error");
        error.setWrapText(true);
        error.setVisible(false);
        error.setManaged(false);
        VBox box = new VBox(8, content, error);
        box.setPrefWidth(640);
        getDialogPane().setContent(box);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("edit-save");
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                attempt.run();
            } catch (EditRefusedException refused) {
                show(I18n.t("userdata.refused") + "\n" + refused.getMessage());
                e.consume();
            } catch (BadInput bad) {
                show(bad.getMessage());
                e.consume();
            }
        });
        setResultConverter(button -> button == save);
    }

    private void show(String message) {
        error.setText(message);
        error.setVisible(true);
        error.setManaged(true);
    }
}
