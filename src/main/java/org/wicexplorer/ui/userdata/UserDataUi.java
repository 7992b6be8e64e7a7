package org.wicexplorer.ui.userdata;

import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.StatusSlot;
import org.wicexplorer.ui.reader.ReaderPane;
import org.wicexplorer.userdata.EditRefusedException;
import org.wicexplorer.userdata.ItemKind;
import org.wicexplorer.userdata.Provenance;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;
import org.wicexplorer.userdata.UserLayerJson;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The user's notes and edits in the explorer: the Edit menu in the status bar, the note and badge under the
 * edition's header, the detail pane's context menu, and the undo keys. An edit of the data itself reaches
 * the window through the session (the composition root sets its library); here a change only refreshes the
 * note, the badge and the reader's annotations.
 */
public final class UserDataUi {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private final UserDataService service;
    private final DialogService dialogs;
    /** The Edit menu's undo and redo, as a view-model the menu binds to. */
    private final EditHistoryModel history;
    private final MainWindow window;
    private UserDataBar bar;
    private MenuItem undo;
    private MenuItem redo;

    /** The user's layer in {@code window}: its bar, menu and context menu are added each time its views are built. */
    public UserDataUi(UserDataService service, DialogService dialogs, MainWindow window) {
        this.service = service;
        this.dialogs = dialogs;
        this.history = new EditHistoryModel(service);
        this.window = window;
        service.addListener(this::changed);
        service.addSaveFailureListener(e -> Platform.runLater(() -> alert(DialogService.Kind.ERROR,
                I18n.t("userdata.saveFailed", service.store().file(), e.getMessage()), null)));
        // A handler, not a filter: a text field's own Ctrl+Z consumes the key first. On the root, which stays.
        window.root().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                history.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                history.redo();
                e.consume();
            }
        });
        window.whenBuilt(this::decorate);
    }

    public MainWindow window() {
        return window;
    }

    public UserDataService service() {
        return service;
    }

    private void decorate(MainWindow w) {
        bar = new UserDataBar(w.model(), service, this::writeNote);
        w.detail().addBelowHeader(bar);
        w.reader().setAnnotations(source -> service.layer().annotationsOn(source).stream()
                .map(a -> new ReaderPane.Annotated(a.start(), a.end(), a.quote(), a.text())).toList());
        MenuButton menu = new MenuButton(I18n.t("userdata.menu"));
        menu.setId("edit-menu");
        menu.getStyleClass().add("edit-menu");
        undo = item("edit-undo", "", history::undo);
        redo = item("edit-redo", "", history::redo);
        history.refresh(); // the language may have changed since the last window
        undo.textProperty().bind(history.undoTextProperty());
        undo.disableProperty().bind(history.canUndoProperty().not());
        redo.textProperty().bind(history.redoTextProperty());
        redo.disableProperty().bind(history.canRedoProperty().not());
        menu.getItems().addAll(undo, redo, new SeparatorMenuItem(),
                item("edit-note", I18n.t("userdata.noteOnEdition"), this::writeNote),
                item("edit-edition", I18n.t("userdata.editEdition"), this::editEdition),
                item("edit-edition-json", I18n.t("userdata.editEditionJson"), this::editEditionJson),
                item("add-edition", I18n.t("userdata.addEdition"), this::addEdition),
                item("add-person", I18n.t("userdata.addPerson"), () -> add(ItemKind.PERSON, Templates.person(),
                        I18n.t("userdata.addPerson"))),
                item("add-appearance", I18n.t("userdata.addAppearance"), () -> add(ItemKind.APPEARANCE,
                        Templates.appearance(selectedId()), I18n.t("userdata.addAppearance"))),
                item("add-controversy", I18n.t("userdata.addControversy"), () -> add(ItemKind.CONTROVERSY,
                        Templates.controversy(selectedId()), I18n.t("userdata.addControversy"))),
                item("add-citation", I18n.t("userdata.addCitation"), () -> add(ItemKind.CITATION,
                        Templates.citation(), I18n.t("userdata.addCitation"))),
                item("annotate", I18n.t("userdata.annotate"), () -> AnnotationDialog.show(owner(), dialogs, service, w.reader())),
                new SeparatorMenuItem(),
                item("reset-edition", I18n.t("userdata.resetEdition"), this::resetEdition),
                item("reset-all", I18n.t("userdata.resetAll"), this::resetAll));
        w.addToStatusBar(StatusSlot.EDIT, menu);
        ContextMenu context = new ContextMenu(
                item("context-note", I18n.t("userdata.noteOnEdition"), this::writeNote),
                item("context-edit-edition", I18n.t("userdata.editEdition"), this::editEdition),
                item("context-reset-edition", I18n.t("userdata.resetEdition"), this::resetEdition));
        w.detail().setOnContextMenuRequested(e -> {
            context.show(w.detail(), e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /**
     * Where the Data menu's imports go: the user's layer, as one undoable edit saved at once. A refusal
     * becomes a problem against the user file (no line: it concerns the combined data).
     */
    public ImportTarget importTarget() {
        return new ImportTarget() {
            @Override
            public void check(Dataset fragment) throws DataException {
                try {
                    service.checkImport(fragment);
                } catch (EditRefusedException e) {
                    throw refused(e);
                }
            }

            @Override
            public void addItems(Dataset fragment) throws DataException {
                try {
                    service.importItems(fragment, I18n.t("data.importEdit",
                            fragment.info() == null ? "" : fragment.info().title()));
                } catch (EditRefusedException e) {
                    throw refused(e);
                }
            }

            private DataException refused(EditRefusedException e) {
                return new DataException(e.reasons().stream()
                        .map(reason -> new Problem(service.store().file().toString(), 0, 0, reason)).toList());
            }
        };
    }

    private MenuItem item(String id, String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }


    /** A note, an annotation or any edit: the bar and the reader's marks show it (the data, through the session). */
    private void changed() {
        bar.refresh();
        window.reader().refreshAnnotations();
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }

    private String selectedId() {
        Edition e = window.session().selectedEdition();
        return e == null ? service.effective().editions().get(0).id() : e.id();
    }

    private void writeNote() {
        Edition e = window.session().selectedEdition();
        if (e != null) {
            NoteDialog.show(owner(), service, e);
        }
    }

    private void editEdition() {
        Edition e = window.session().selectedEdition();
        if (e != null) {
            EditionForm.show(owner(), service, e);
        }
    }

    private void editEditionJson() {
        Edition e = window.session().selectedEdition();
        if (e != null) {
            JsonItemDialog.edit(owner(), service, ItemKind.EDITION, e.id(),
                    I18n.t("userdata.editionForm.title", e.name().in(I18n.language())));
        }
    }

    /** A new edition starts as a copy of the selected one under a new id, so every field is there to change. */
    private void addEdition() {
        Edition like = window.session().selectedEdition() != null ? window.session().selectedEdition()
                : window.session().dataset().editions().get(0);
        add(ItemKind.EDITION, Templates.editionLike(UserLayerJson.toJson(like), like.id()), I18n.t("userdata.addEdition"));
    }

    private <T> void add(ItemKind<T> kind, String template, String title) {
        JsonItemDialog.show(owner(), service, kind, null, template, title);
    }

    private void resetEdition() {
        Edition e = window.session().selectedEdition();
        if (e == null) {
            return;
        }
        try {
            if (service.overlay().provenance(ItemKind.EDITION, e.id()).orElse(Provenance.BUNDLED) != Provenance.BUNDLED) {
                service.reset(ItemKind.EDITION, e.id());
            }
        } catch (EditRefusedException refused) {
            alert(DialogService.Kind.WARNING, I18n.t("userdata.refused"), refused.getMessage());
        }
    }

    private void resetAll() {
        if (dialogs.confirm(I18n.t("userdata.menu"), I18n.t("userdata.resetAll"), I18n.t("userdata.resetAllConfirm"))) {
            try {
                service.resetAll();
            } catch (EditRefusedException refused) {
                alert(DialogService.Kind.WARNING, I18n.t("userdata.refused"), refused.getMessage());
            }
        }
    }

    /**
     * Tells the user, once the window is up, that a damaged user file was set aside: which file, what was
     * wrong with it (line and column), where it is kept, and what is used instead.
     */
    public void reportStartup() {
        UserDataStore.Loaded loaded = service.startup();
        if (loaded.clean()) {
            return;
        }
        if (loaded.rejected().isEmpty()) {
            reportLeftOut(loaded.leftOut());
            return;
        }
        String details = loaded.rejected().stream().map(r -> r.problems().stream().map(Problem::toString)
                        .collect(Collectors.joining("\n"))
                        + (r.keptAs() == null ? "" : "\n→ " + r.keptAs()))
                .collect(Collectors.joining("\n\n"));
        UserDataStore.Rejected first = loaded.rejected().get(0);
        String header = loaded.fromBackup()
                ? I18n.t("userdata.startup.fromBackup", first.file(), service.store().backup(), first.keptAs())
                : I18n.t("userdata.startup.noneUsable", service.store().file());
        System.err.println("wic-explorer: " + header + "\n" + details);
        alert(DialogService.Kind.WARNING, header, details);
    }

    /** Tells the user which items of their file were left out at start-up, and why, and where the file as it was is kept. */
    private void reportLeftOut(List<UserDataStore.LeftOut> leftOut) {
        UserDataStore.LeftOut first = leftOut.get(0);
        int count = leftOut.stream().mapToInt(l -> l.items().size()).sum();
        String header = first.originalKeptAs() == null
                ? I18n.t("userdata.startup.leftOutNoCopy", first.file(), count)
                : I18n.t("userdata.startup.leftOut", first.file(), count, first.originalKeptAs().getFileName());
        String details = String.join("\n", leftOutLines(leftOut));
        System.err.println("wic-explorer: " + header + "\n" + details);
        alert(DialogService.Kind.WARNING, header, details);
    }

    /** One line per item left out, in the interface language: where it is in the file, what it is, and why. */
    static List<String> leftOutLines(List<UserDataStore.LeftOut> leftOut) {
        return leftOut.stream().flatMap(l -> l.items().stream())
                .map(item -> I18n.t("userdata.startup.leftOutItem", item.at().file() + ":" + item.at().line() + ":"
                        + item.at().column(), kindName(item.section()), item.key(), item.reason()))
                .toList();
    }

    static String kindName(String section) {
        String key = KIND_PREFIX + section;
        return I18n.t(key);
    }

    private static final String KIND_PREFIX = "userdata.kind.";

    private void alert(DialogService.Kind kind, String header, String details) {
        dialogs.message(kind, I18n.t("userdata.menu"), header, details, "user-data-problems");
    }
}
