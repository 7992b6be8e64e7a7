package org.wicexplorer.ui.interchange;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wicexplorer.data.Problem;
import org.wicexplorer.interchange.ImportReport;
import org.wicexplorer.ui.DialogLook;
import org.wicexplorer.ui.I18n;

/** The end of an import: what was imported, what was skipped and why, and the problems that stopped it. */
final class ImportReportDialog {
    static final String KIND = "data.kind.";
    static final String SKIP = "data.skip.";
    private ImportReportDialog() {
    }

    static Alert show(Window owner, ImportReport report, int documents) {
        Alert alert = new Alert(report.succeeded() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(I18n.t("data.report.title"));
        alert.setHeaderText(report.succeeded()
                ? (report.edited().isEmpty()
                        ? I18n.t("data.report.done", report.imported().size() - documents, documents, report.skipped().size())
                        : I18n.t("data.report.doneEdited", report.imported().size() - documents, documents,
                                report.edited().size(), report.skipped().size()))
                : I18n.t("data.report.failed", report.problems().size()));
        DialogLook.apply(alert.getDialogPane());
        VBox content = new VBox();
        content.getStyleClass().add("import-report");
        if (!report.succeeded()) {
            section(content, "data.report.problems", "import-problems",
                    report.problems().stream().map(Problem::toString).toList());
        }
        section(content, "data.report.imported", "import-imported",
                report.imported().stream().map(ImportReportDialog::line).toList());
        if (!report.edited().isEmpty()) {
            section(content, "data.report.edited", "import-edited", report.edited().stream()
                    .map(e -> line(e) + " — " + I18n.t("data.edit.changed", e.detail())).toList());
        }
        section(content, "data.report.skipped", "import-skipped",
                report.skipped().stream().map(e -> line(e) + " — " + I18n.t(SKIP + key(e.reason().name()),
                        e.detail() == null ? "" : e.detail())).toList());
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setId("import-report");
        alert.getDialogPane().setPrefWidth(760);
        alert.setResizable(true);
        alert.show();
        return alert;
    }

    /** "events.csv: milestone lecture-series", with the kind in the interface language. */
    static String line(ImportReport.Entry e) {
        String what = I18n.t(KIND + e.kind()) + (e.id().isEmpty() ? "" : " " + e.id());
        return I18n.t("data.report.line", e.source(), what);
    }

    private static String key(String constant) {
        return constant.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static void section(VBox content, String title, String styleClass, List<String> lines) {
        Label label = new Label(I18n.t(title) + " (" + lines.size() + ")");
        label.getStyleClass().add("import-report-heading");
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines.isEmpty() ? List.of(I18n.t("data.report.none")) : lines);
        list.getStyleClass().add(styleClass);
        list.setPrefHeight(Math.min(8, Math.max(1, lines.size())) * 26 + 4);
        VBox.setVgrow(list, Priority.ALWAYS);
        content.getChildren().addAll(label, list);
    }
}
