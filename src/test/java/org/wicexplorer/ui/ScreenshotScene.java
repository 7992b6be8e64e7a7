package org.wicexplorer.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.wicexplorer.app.StartupData;

import java.util.Locale;

/**
 * Stages the real window for the README's screenshots, run by hand under the screenshot tool:
 * {@code ScreenshotScene$Launcher EDITION TAB [COMPARE_WITH] [zh] [compressed] [dark|high-contrast]}, e.g.
 * {@code wic-2015 tab-controversies}.
 */
public final class ScreenshotScene extends Application {

    /** On the class path the main class must not be an Application, hence this nested launcher. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ScreenshotScene.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        if (args.contains("zh")) {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
        }
        StartupData data = StartupData.load(null);
        MainWindow window = new MainWindow(data.dataset(), data.seeds(), null);
        Scene scene = new Scene(window.root(), 1560, 960);
        Styles.addTo(scene.getStylesheets());
        Fonts.load();
        Fonts.apply(scene.getStylesheets());
        args.stream().map(Theme::of).filter(t -> t != Theme.LIGHT).findFirst()
                .ifPresent(t -> t.applyTo(scene.getStylesheets()));
        stage.setScene(scene);
        stage.setTitle("WIC Timeline Explorer");
        stage.show();
        window.applyDefaultLayout();
        window.timeline().view().setCompressedAxis(args.contains("compressed"));
        window.model().select(args.get(0));
        if (args.size() > 2 && args.get(2).startsWith("wic-")) {
            window.showEdition(args.get(2));
            window.model().select(args.get(0));
            TabPane tabs = (TabPane) scene.lookup(".detail-view .tab-pane");
            scene.lookup("#compare-button").fireEvent(new javafx.event.ActionEvent());
            window.model().select(args.get(2));
            Platform.runLater(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                    .filter(t -> "tab-compare".equals(t.getId())).findFirst().orElseThrow()));
            return;
        }
        TabPane tabs = (TabPane) scene.lookup(".detail-view .tab-pane");
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> args.get(1).equals(t.getId()))
                .findFirst().orElseThrow());
        if (args.contains("cite")) {
            var d = data.dataset();
            d.edition(args.get(0)).orElseThrow().summary().sources().stream().map(id -> d.citation(id).orElseThrow())
                    .filter(org.wicexplorer.model.Citation::isSeed).findFirst().ifPresent(window::showCitation);
        }
        window.timeline().view().requestFocus();
    }
}
