package org.wicexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The dialogs as the window shows them: owned by the window, with its look (DialogLook), in its language. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    /** {@code owner} gives the window that owns each dialog as it is shown (null: none yet). */
    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void message(Kind kind, String title, String header, String details, String detailsId) {
        Alert alert = new Alert(switch (kind) {
            case INFORMATION -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        });
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (details != null) {
            TextArea text = new TextArea(details);
            if (detailsId != null) {
                text.setId(detailsId);
            }
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount((int) Math.min(12, details.lines().count() + 1));
            alert.getDialogPane().setContent(text);
            alert.getDialogPane().setPrefWidth(760);
        } else {
            alert.setContentText(null);
        }
        DialogLook.apply(alert.getDialogPane());
        alert.show();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        DialogLook.apply(alert.getDialogPane());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Unsaved askUnsaved(String title, String header, String text, String dialogId) {
        ButtonType save = new ButtonType(I18n.t("tour.unsavedSave"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(I18n.t("tour.unsavedDiscard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(I18n.t("tour.unsavedCancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, save, discard, cancel);
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        if (dialogId != null) {
            alert.getDialogPane().setId(dialogId);
        }
        DialogLook.apply(alert.getDialogPane());
        ButtonType chosen = alert.showAndWait().orElse(cancel);
        return chosen == save ? Unsaved.SAVE : chosen == discard ? Unsaved.DISCARD : Unsaved.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen(FileRequest request) {
        return Optional.ofNullable(chooser(request).showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path near) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        folderOf(near).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileType type : request.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        folderOf(request.near()).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private static Optional<File> folderOf(Path near) {
        if (near == null) {
            return Optional.empty();
        }
        Path folder = Files.isDirectory(near) ? near : near.toAbsolutePath().getParent();
        return folder != null && Files.isDirectory(folder) ? Optional.of(folder.toFile()) : Optional.empty();
    }

    private void own(Alert alert) {
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
    }
}
