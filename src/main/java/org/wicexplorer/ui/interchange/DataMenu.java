package org.wicexplorer.ui.interchange;

import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import org.wicexplorer.interchange.ExportFormat;
import org.wicexplorer.interchange.ImportTarget;
import org.wicexplorer.ui.I18n;

/**
 * The "Data" menu of the status bar: import files or a folder, export the dataset. The view: the flow
 * and its state live in its {@link DataMenuModel}; the menu's entries call it and the progress bar binds
 * to it.
 */
public final class DataMenu {
    private final MenuButton button = new MenuButton(I18n.t("data.menu"));
    private final ProgressBar progress = new ProgressBar();
    private final HBox node = new HBox(button, progress);
    private final DataMenuModel model;

    public DataMenu(DataMenuModel model) {
        this.model = model;
        button.setId("data-menu");
        button.getStyleClass().add("data-menu");
        progress.setId("import-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.importingProperty());
        progress.managedProperty().bind(model.importingProperty());
        node.getStyleClass().add("data-menu-box");

        MenuItem files = item("data.importFiles", "import-files", model::chooseFilesToImport);
        MenuItem folder = item("data.importFolder", "import-folder", model::chooseFolderToImport);
        // One import at a time: its report follows, and a second would check against data the first is changing.
        files.disableProperty().bind(model.importingProperty());
        folder.disableProperty().bind(model.importingProperty());
        Menu export = new Menu(I18n.t("data.export"));
        export.setId("export-menu");
        export.getItems().addAll(
                item("data.exportOurs", "export-ours", () -> model.chooseExport(ExportFormat.OUR_JSON)),
                item("data.exportTimeline", "export-timeline", () -> model.chooseExport(ExportFormat.TIMELINE_JS)),
                item("data.exportCsv", "export-csv", () -> model.chooseExport(ExportFormat.CSV)));
        button.getItems().addAll(files, folder, new SeparatorMenuItem(), export);
    }

    private static MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(I18n.t(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    public Node node() {
        return node;
    }

    public DataMenuModel model() {
        return model;
    }

    /** Where imported items go; the composition root hands the user's layer. */
    public void setTarget(ImportTarget target) {
        model.setTarget(target);
    }
}
