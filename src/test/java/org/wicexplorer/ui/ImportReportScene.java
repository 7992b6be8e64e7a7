package org.wicexplorer.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.wicexplorer.app.StartupData;
import org.wicexplorer.interchange.ImportedDocuments;
import org.wicexplorer.interchange.InputLimits;
import org.wicexplorer.interchange.TimelineJs;

/**
 * Stages an import for a screenshot of its report, run by hand under the screenshot tool:
 * {@code ImportReportScene$Launcher FOLDER [zh]}. Imports the TimelineJS sample, a CSV, a Markdown note and an
 * unsupported file from a copy in FOLDER, keeping the documents in FOLDER/store.
 */
public final class ImportReportScene extends Application {

    public static final class Launcher {
        public static void main(String[] args) {
            Application.launch(ImportReportScene.class, args);
        }
    }

    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        if (args.contains("zh")) {
            I18n.use(Locale.SIMPLIFIED_CHINESE);
        }
        Path folder = Path.of(args.get(0));
        Path research = Files.createDirectories(folder.resolve("research"));
        try (var in = TimelineJs.class.getResourceAsStream("timelinejs/eras.json")) {
            Files.write(research.resolve("eras.json"), in.readAllBytes());
        }
        Files.writeString(research.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n");
        Files.writeString(research.resolve("乌镇笔记.md"), "# 乌镇笔记\n\n会议讨论了数字丝绸之路。\n");
        Files.writeString(research.resolve("photo.jpg"), "not a photo");
        StartupData data = StartupData.load(null);
        MainWindow window = new MainWindow(data.dataset(), data.seeds(), null);
        Scene scene = new Scene(window.root(), 1440, 900);
        Styles.addTo(scene.getStylesheets());
        Fonts.load();
        Fonts.apply(scene.getStylesheets());
        stage.setScene(scene);
        stage.setTitle("WIC Timeline Explorer");
        stage.show();
        window.dataMenu().model().useStore(new ImportedDocuments(folder.resolve("store")), InputLimits.DEFAULT);
        window.dataMenu().model().importPaths(research, List.of(Path.of("")));
    }
}
