package org.wicexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
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
        Alert alert = new Alert(alertType(kind));
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
    public void report(Kind kind, String title, String header, List<Section> sections, String dialogId) {
        Alert alert = new Alert(alertType(kind));
        own(alert);
        alert.setTitle(title);
        alert.setHeaderText(header);
        DialogLook.apply(alert.getDialogPane());
        VBox content = new VBox();
        content.getStyleClass().add("import-report");
        for (Section section : sections) {
            Label label = new Label(section.title());
            label.getStyleClass().add("import-report-heading");
            ListView<String> list = new ListView<>();
            list.getItems().setAll(section.lines());
            if (section.styleClass() != null) {
                list.getStyleClass().add(section.styleClass());
            }
            list.setPrefHeight(Math.min(8, Math.max(1, section.lines().size())) * 26 + 4);
            VBox.setVgrow(list, Priority.ALWAYS);
            content.getChildren().addAll(label, list);
        }
        alert.getDialogPane().setContent(content);
        if (dialogId != null) {
            alert.getDialogPane().setId(dialogId);
        }
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.show();
    }

    @Override
    public Optional<String> askText(String title, String header, String initial, Predicate<String> accepts) {
        TextInputDialog dialog = new TextInputDialog(initial);
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        DialogLook.apply(dialog.getDialogPane());
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !accepts.test(dialog.getEditor().getText()), dialog.getEditor().textProperty()));
        return dialog.showAndWait().filter(accepts);
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
    public List<Path> chooseFilesToOpen(FileRequest request) {
        List<File> chosen = chooser(request).showOpenMultipleDialog(owner.get());
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter filter = chooser.getSelectedExtensionFilter();
        FileType chosen = filter == null ? null : request.types().stream()
                .filter(t -> t.patterns().equals(filter.getExtensions())).findFirst().orElse(null);
        return Optional.of(DialogService.withEnding(file.toPath(), chosen, request.types()));
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

    private static Alert.AlertType alertType(Kind kind) {
        return switch (kind) {
            case INFORMATION -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        };
    }

    private void own(Alert alert) {
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
    }
}
