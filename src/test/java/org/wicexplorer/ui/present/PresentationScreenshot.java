package org.wicexplorer.ui.present;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.ui.Fonts;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.MainWindow;
import org.wicexplorer.ui.Theme;
import org.wicexplorer.ui.Styles;

import java.util.List;
import java.util.Locale;

/**
 * Stages presentation mode for the README's screenshots, run by hand under the screenshot tool:
 * {@code PresentationScreenshot$Launcher STEP [zh] [presenter] [help] [controversy ID] [dark|high-contrast]};
 * STEP is 1-based.
 * It opens the real explorer and starts the real presentation, as F5 does.
 */
public final class PresentationScreenshot extends Application {

    /** On the class path the main class must not be an Application, hence this nested launcher. */
    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(PresentationScreenshot.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        I18n.use(args.contains("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Fonts.load();
        StartupData data = StartupData.load(null);
        MainWindow window = new MainWindow(data.dataset(), data.seeds(), null);
        Scene scene = new Scene(window.root(), 1400, 900);
        Styles.addTo(scene.getStylesheets());
        Fonts.apply(scene.getStylesheets());
        args.stream().map(Theme::of).filter(t -> t != Theme.LIGHT).findFirst()
                .ifPresent(t -> t.applyTo(scene.getStylesheets()));
        stage.setScene(scene);
        stage.show();
        int controversy = args.indexOf("controversy");
        if (controversy >= 0) {
            window.classroom().addControversy(args.get(controversy + 1));
        }
        int step = args.isEmpty() ? 0 : Integer.parseInt(args.get(0)) - 1;
        Platform.runLater(() -> {
            window.classroom().present(controversy >= 0 ? window.classroom().tour().get().size() - 1 : step,
                    args.contains("presenter"));
            if (args.contains("help")) {
                window.classroom().presentation().audience().setHelpShown(true);
            }
        });
    }
}
