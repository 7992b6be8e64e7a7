package org.wicexplorer.ui.userdata;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.userdata.UserDataService;

/**
 * The view-model of the Edit menu's undo and redo: their texts ("Undo: Correct the theme") and whether
 * each can run, as properties the menu binds to. It follows the user's layer, so plain JUnit drives it
 * through the service without a window (issue 12, §5).
 */
public final class EditHistoryModel {
    private final UserDataService service;
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public EditHistoryModel(UserDataService service) {
        this.service = service;
        service.addListener(this::refresh);
        refresh();
    }

    /** Reads the service again (after an edit, and after a language change relabels the menu). */
    public void refresh() {
        canUndo.set(service.canUndo());
        canRedo.set(service.canRedo());
        undoText.set(service.canUndo() ? I18n.t("userdata.undo", describe(service.undoDescription()))
                : I18n.t("userdata.undoNothing"));
        redoText.set(service.canRedo() ? I18n.t("userdata.redo", describe(service.redoDescription()))
                : I18n.t("userdata.redoNothing"));
    }

    public void undo() {
        service.undo();
    }

    public void redo() {
        service.redo();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** The service names its own edits by message key; edits made in dialogs carry their translated title. */
    private static String describe(String description) {
        return description.startsWith("userdata.") ? I18n.t(description) : description;
    }
}
