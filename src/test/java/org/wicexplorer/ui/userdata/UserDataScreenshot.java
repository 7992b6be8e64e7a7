package org.wicexplorer.ui.userdata;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wicexplorer.app.StartupData;
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
        UserDataService service = UserDataService.open(data.dataset(), data.seeds(), new UserDataStore(Path.of(args.get(0))));
        UserDataUi ui = new UserDataUi(service, d -> new MainWindow(d, data.seeds(), null), w -> { });
        MainWindow window = ui.createWindow();
        Scene scene = new Scene(window.root(), 1440, 900);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/wicexplorer/ui/app.css").toExternalForm());
        Fonts.load();
        Fonts.apply(scene.getStylesheets());
        stage.setScene(scene);
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
