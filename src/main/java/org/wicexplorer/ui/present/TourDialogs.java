package org.wicexplorer.ui.present;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.I18n;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The file choosers and messages around tour files. */
final class TourDialogs {
    private TourDialogs() {
    }

    static Path chooseToOpen(Window owner, Path near) {
        File file = chooser(I18n.t("tour.openTitle"), near).showOpenDialog(owner);
        return file == null ? null : file.toPath();
    }

    /** A path ending in .wictour.json, so the installed app opens it again on a double click. */
    static Path chooseToSave(Window owner, Path near) {
        FileChooser chooser = chooser(I18n.t("tour.saveTitle"), near);
        chooser.setInitialFileName(near != null ? near.getFileName().toString() : I18n.t("tour.defaultFileName")
                + TourFiles.EXTENSION);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return null;
        }
        String name = file.getName();
        return name.endsWith(TourFiles.EXTENSION) ? file.toPath()
                : file.toPath().resolveSibling(name.replaceFirst("\\.json$", "") + TourFiles.EXTENSION);
    }

    private static FileChooser chooser(String title, Path near) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.t("tour.fileType"),
                "*" + TourFiles.EXTENSION));
        if (near != null && near.toAbsolutePath().getParent() != null
                && near.toAbsolutePath().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(near.toAbsolutePath().getParent().toFile());
        }
        return chooser;
    }

    /** Every problem as FILE:LINE:COLUMN: message, and the reassurance that nothing was lost. */
    static Alert problems(Window owner, Path file, List<Problem> problems) {
        String lines = problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
        System.err.println("wic-explorer: the tour " + file + " cannot be opened:");
        System.err.println(lines);
        Alert alert = new Alert(Alert.AlertType.WARNING);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.t("tour.problemsTitle"));
        alert.setHeaderText(I18n.t("tour.rejected", file.getFileName()));
        DialogLook.apply(alert.getDialogPane());
        TextArea details = new TextArea(lines);
        details.setId("tour-problems");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(details);
        alert.show();
        return alert;
    }

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks what to do with a tour's unsaved edits before another tour replaces it. */
    static UnsavedChoice askUnsaved(Window owner, String title) {
        ButtonType save = new ButtonType(I18n.t("tour.unsavedSave"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("tour.unsavedDiscard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("tour.unsavedCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, I18n.t("tour.unsavedText"), save, discard, cancel);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.t("tour.problemsTitle"));
        alert.setHeaderText(I18n.t("tour.unsavedHeader", title == null || title.isBlank() ? I18n.t("tour.untitled") : title));
        alert.getDialogPane().setId("tour-unsaved");
        DialogLook.apply(alert.getDialogPane());
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? UnsavedChoice.SAVE : chosen == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    static void saveFailed(Window owner, Path file, String why) {
        System.err.println("wic-explorer: could not save the tour to " + file + ": " + why);
        Alert alert = new Alert(Alert.AlertType.ERROR, I18n.t("tour.saveFailed", file, why));
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(I18n.t("tour.problemsTitle"));
        DialogLook.apply(alert.getDialogPane());
        alert.show();
    }
}
