package org.wicexplorer.ui.userdata;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.wicexplorer.app.Explorer;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.ui.DisplayPreferences;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Path;

/**
 * Stages the window with a user file for screenshots, run by hand under the screenshot tool:
 * {@code UserDataScreenshot$Launcher USER_FILE EDITION [form|note|json]}.
 */
public final class UserDataScreenshot extends Application {

    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(UserDataScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        StartupData data = StartupData.load(null);
        Fonts.load();
        Explorer explorer = Explorer.assemble(data, new UserDataStore(Path.of(args.get(0))),
                new DisplayPreferences(Theme.LIGHT, 1.0), null);
        UserDataUi ui = explorer.userData();
        UserDataService service = ui.service();
        MainWindow window = explorer.window();
        stage.setScene(explorer.scene());
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
        window.model().select(args.get(1));
        String what = args.size() > 2 ? args.get(2) : "";
        Platform.runLater(() -> {
            switch (what) {
                case "form" -> EditionForm.show(stage, service, window.model().selectedEdition());
                case "note" -> NoteDialog.show(stage, service, window.model().selectedEdition());
                case "json" -> JsonItemDialog.edit(stage, service, org.wicexplorer.userdata.ItemKind.EDITION,
                        args.get(1), "Edit as JSON");
                case "startup" -> ui.reportStartup();
                default -> { }
            }
        });
    }
}
