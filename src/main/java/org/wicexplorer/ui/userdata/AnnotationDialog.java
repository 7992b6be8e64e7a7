package org.wicexplorer.ui.userdata;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.ui.DialogService;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.reader.ReaderPane;
import org.wicexplorer.userdata.Annotation;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.ui.Styles;

import java.util.stream.Collectors;

/**
 * Annotating the passage the reader shows: the selection, or else the highlighted (e.g. cited) passage.
 * The annotation keeps the quoted words as well as the range, as citations locate their passages.
 */
final class AnnotationDialog {
    private static final int MAX_QUOTE = 300;

    private AnnotationDialog() {
    }

    static void show(Window owner, DialogService dialogs, UserDataService service, ReaderPane reader) {
        TextRange range = reader.selectedPassage();
        if (range == null || reader.readableText() == null) {
            dialogs.message(DialogService.Kind.INFORMATION, I18n.t("userdata.annotate"), I18n.t("userdata.annotate.none"),
                    null, null);
            return;
        }
        String source = reader.documentId();
        String clean = reader.readableText().clean();
        String quote = clean.substring(Math.max(0, range.start()), Math.min(clean.length(), range.end())).strip();
        if (quote.length() > MAX_QUOTE) {
            quote = quote.substring(0, MAX_QUOTE);
        }
        Label quoted = new Label("“" + quote + "”");
        quoted.getStyleClass().add("web-quote");
        quoted.setWrapText(true);
        TextArea text = new TextArea();
        text.setId("annotation-editor");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        VBox content = new VBox(8, quoted, text);
        String earlier = service.layer().annotationsOn(source).stream().map(Annotation::text)
                .collect(Collectors.joining(" · "));
        if (!earlier.isEmpty()) {
            Label others = new Label(I18n.t("userdata.annotations", earlier));
            others.setWrapText(true);
            others.getStyleClass().add(Styles.MUTED);
            content.getChildren().add(others);
        }
        String finalQuote = quote;
        EditDialog dialog = new EditDialog(owner, I18n.t("userdata.annotate.title", source), content, () -> {
            if (text.getText().isBlank()) {
                throw new EditDialog.BadInput(I18n.t("userdata.annotate.empty"));
            }
            service.annotate(source, range.start(), range.end(), finalQuote, text.getText());
        });
        dialog.setOnShown(e -> text.requestFocus());
        dialog.show();
    }
}
