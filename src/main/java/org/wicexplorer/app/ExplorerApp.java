package org.wicexplorer.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Language;

/** The JavaFX application: loads the data, then builds the main window. */
public final class ExplorerApp extends Application {
    private StartupData data;

    static void launchWith(String[] args) {
        Application.launch(ExplorerApp.class, args);
    }

    @Override
    public void init() throws Exception {
        CommandLine options = CommandLine.parse(getParameters().getRaw().toArray(String[]::new));
        data = StartupData.load(options.dataset());
    }

    @Override
    public void start(Stage stage) {
        ListView<Edition> list = new ListView<>();
        list.getItems().setAll(data.dataset().editions());
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Edition e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : e.year() + "  " + e.name().in(Language.EN) + "  " + e.name().in(Language.ZH));
            }
        });
        stage.setTitle(AppInfo.NAME);
        stage.setScene(new Scene(list, 1100, 700));
        stage.show();
    }
}
