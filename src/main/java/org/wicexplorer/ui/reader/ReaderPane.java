package org.wicexplorer.ui.reader;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.wicexplorer.data.QuoteMatcher;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.Navigator;
import org.wicexplorer.ui.Sections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shows a source: a seed document's full text, opened at a cited passage with the passage highlighted,
 * or a web source's publisher, date, address and quote.
 */
public final class ReaderPane extends VBox {
    private static final Pattern PARAGRAPH = Pattern.compile("[^\\n]+(?:\\n(?!\\s*\\n)[^\\n]*)*");

    private final SeedLibrary seeds;
    private final Navigator navigator;
    private final Label title = new Label();
    private final VBox meta = new VBox();
    private final VBox body = new VBox();
    private final ScrollPane scroll = new ScrollPane(body);
    private final List<HighlightFlow> paragraphs = new ArrayList<>();
    private String documentId;

    public ReaderPane(SeedLibrary seeds, Navigator navigator) {
        this.seeds = seeds;
        this.navigator = navigator;
        setId("reader");
        getStyleClass().add("reader-pane");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        meta.getStyleClass().add("reader-meta");
        body.getStyleClass().add("reader-body");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("reader-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(title, meta, scroll);
        showWelcome();
    }

    private void showWelcome() {
        documentId = null;
        title.setText(I18n.t("reader.title"));
        meta.getChildren().setAll(Sections.muted(I18n.t("reader.hint")));
        body.getChildren().clear();
        paragraphs.clear();
        for (SourceDocument d : seeds.documents()) {
            Hyperlink link = new Hyperlink(d.title().in(I18n.language()));
            link.setWrapText(true);
            link.setOnAction(e -> navigator.openDocument(d.id()));
            body.getChildren().add(link);
        }
    }

    /** The seed document shown, or null. */
    public String documentId() {
        return documentId;
    }

    /** The highlighted passage's text as shown, or an empty string. */
    public String highlightedText() {
        StringBuilder out = new StringBuilder();
        for (HighlightFlow p : paragraphs) {
            if (p.isHighlighted()) {
                out.append(p.highlightedText()).append(' ');
            }
        }
        return out.toString().strip();
    }

    public void open(String seedId) {
        openAt(seedId, null);
    }

    /** Opens a seed document with the given range of its text highlighted and scrolled into view. */
    public void openAt(String seedId, QuoteMatcher.Range range) {
        SourceDocument doc = seeds.document(seedId).orElseThrow();
        documentId = seedId;
        title.setText(doc.title().in(I18n.language()));
        meta.getChildren().setAll(Sections.muted(String.join(" · ", Formats.name(doc.kind()), doc.date(),
                doc.publisher(), doc.licence())), Sections.muted(doc.origin()));
        String text = seeds.text(seedId);
        body.getChildren().clear();
        paragraphs.clear();
        HighlightFlow first = null;
        Matcher m = PARAGRAPH.matcher(text);
        while (m.find()) {
            String para = m.group();
            if (para.isBlank()) {
                continue;
            }
            HighlightFlow flow = new HighlightFlow(para);
            if (range != null && range.start() < m.end() && range.end() > m.start()) {
                flow.highlight(Math.max(0, range.start() - m.start()), Math.min(para.length(), range.end() - m.start()));
                if (first == null) {
                    first = flow;
                }
            }
            paragraphs.add(flow);
            body.getChildren().add(flow);
        }
        scroll.setVvalue(0);
        if (first != null) {
            scrollTo(first);
        }
    }

    /** Opens a citation: a seed passage in the text, or a web source's details. */
    public void show(Citation citation) {
        if (citation.isSeed()) {
            openAt(citation.document(), seeds.locate(citation.document(), citation.quote()).orElse(null));
            return;
        }
        documentId = null;
        paragraphs.clear();
        title.setText(citation.title() != null ? citation.title() : citation.publisher());
        meta.getChildren().setAll(Sections.muted(citation.publisher() + " · " + citation.date()
                + " · " + I18n.t("cite.confidence", Formats.name(citation.confidence()))));
        Hyperlink url = new Hyperlink(citation.url());
        url.setId("source-url");
        url.setWrapText(true);
        url.setOnAction(e -> navigator.browse(citation.url()));
        Label quote = new Label("“" + citation.quote() + "”");
        quote.getStyleClass().add("web-quote");
        quote.setWrapText(true);
        body.getChildren().setAll(url, quote);
        if (citation.note() != null) {
            body.getChildren().add(Sections.muted(citation.note()));
        }
        body.getChildren().add(Sections.muted(I18n.t("reader.webNote")));
    }

    private void scrollTo(HighlightFlow target) {
        // Positions are only known after layout; one pulse later the paragraph has its place.
        Platform.runLater(() -> {
            layout();
            Bounds b = target.getBoundsInParent();
            double content = body.getHeight() - scroll.getViewportBounds().getHeight();
            if (content > 0) {
                scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 24) / content)));
            }
        });
    }
}
