package org.wicexplorer.ui.reader;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SourceExport;
import org.wicexplorer.cite.CitedPassage;
import org.wicexplorer.cite.CitedPassages;
import org.wicexplorer.cite.SeedTexts;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.text.Block;
import org.wicexplorer.text.ReadableText;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.ui.Formats;
import org.wicexplorer.ui.I18n;
import org.wicexplorer.ui.ExplorerModel;
import org.wicexplorer.ui.Library;
import org.wicexplorer.ui.Session;
import org.wicexplorer.ui.Navigator;
import org.wicexplorer.ui.Sections;
import org.wicexplorer.ui.cite.CitationCopy;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Shows a source. A seed document is shown as readable text (wiki markup rendered, paragraphs kept)
 * with a table of contents, find-in-document, every passage the dataset quotes marked, and the passage
 * asked for (a citation's quote or a search hit) highlighted and scrolled into view. A web source
 * shows its publisher, date, address and quote. Either can be copied as a citation.
 */
public final class ReaderPane extends VBox {
    private static final Duration CONFIRMATION = Duration.seconds(3);

    private final ExplorerModel model;
    private final Navigator navigator;
    /** The citation formatter for the library it was made on; made again when the library changes. */
    private CitationCopy copy;
    private Library copyFor;
    private final Label title = new Label();
    private final VBox meta = new VBox();
    private final HBox tools = new HBox();
    private final ToggleButton contents = new ToggleButton(I18n.t("reader.contents"));
    private final Button find = new Button(I18n.t("reader.find"));
    private final MenuButton copyAs = new MenuButton(I18n.t("reader.copyPassage"));
    private final Label confirmation = new Label();
    private final PauseTransition confirmationTimer = new PauseTransition(CONFIRMATION);
    private final DocumentView view = new DocumentView();
    private final TableOfContents toc = new TableOfContents();
    private final FindBar findBar = new FindBar(view);
    private String documentId;
    /** The seed documents the welcome listed when it was last shown (read only while it is shown). */
    private List<SourceDocument> welcomed;
    private Citation webCitation;
    private final VBox annotationList = new VBox();
    private Function<String, List<Annotated>> annotations = id -> List.of();

    /**
     * A reader on the session's library, which it follows: after an edit the list of documents, the passages
     * marked and the citations copied are the library's as it now is, and the open document stays open.
     * It opens the document the session was reading (the reader of a window relabelled in another language).
     */
    public ReaderPane(ExplorerModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        setId("reader");
        getStyleClass().add("reader-pane");
        title.getStyleClass().add("reader-title");
        title.setWrapText(true);
        title.setId("reader-title");
        title.setMinHeight(USE_PREF_SIZE);
        meta.getStyleClass().add("reader-meta");
        annotationList.setId("reader-annotations");
        annotationList.getStyleClass().add("reader-annotations");
        meta.setMinHeight(USE_PREF_SIZE);

        contents.setId("reader-contents-toggle");
        contents.setSelected(true);
        contents.selectedProperty().addListener((o, a, show) -> showToc(show));
        find.setId("reader-find");
        find.setOnAction(e -> openFind());
        copyAs.setId("reader-copy-passage");
        copyAs.getItems().setAll(CitationCopy.menuItems(this::passageCitation, this::confirmCopied));
        copyAs.setOnShowing(e -> {
            // The style chosen last, perhaps in another menu since, comes first.
            copyAs.getItems().setAll(CitationCopy.menuItems(this::passageCitation, this::confirmCopied));
            copyAs.getItems().forEach(i -> i.setDisable(!hasPassage()));
        });
        confirmation.getStyleClass().add("reader-confirmation");
        confirmation.setId("reader-confirmation");
        confirmationTimer.setOnFinished(e -> confirmation.setText(""));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        tools.getStyleClass().add("reader-tools");
        tools.setMinHeight(USE_PREF_SIZE);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.getChildren().addAll(contents, find, copyAs, spacer, confirmation);

        HBox.setHgrow(view, Priority.ALWAYS);
        HBox document = new HBox(toc, view);
        document.getStyleClass().add("reader-document-row");
        VBox.setVgrow(document, Priority.ALWAYS);
        getChildren().addAll(title, meta, tools, findBar, document);

        addEventHandler(KeyEvent.KEY_PRESSED, k -> {
            if (k.getCode() == KeyCode.F3 && documentId != null) {
                if (!findBar.isOpen()) {
                    openFind();
                } else if (k.isShiftDown()) {
                    findBar.previous();
                } else {
                    findBar.next();
                }
                k.consume();
            }
        });
        Session.Reading reading = model.session().readingProperty().get();
        if (reading != null && seeds().document(reading.documentId()).isPresent()) {
            openPassage(reading.documentId(), reading.passage(), List.of());
        } else {
            showWelcome();
        }
        model.libraryProperty().addListener((obs, old, now) -> libraryChanged(old));
    }

    private SeedLibrary seeds() {
        return model.seeds();
    }

    private SeedTexts texts() {
        return model.library().texts();
    }

    private CitedPassages cited() {
        return model.library().cited();
    }

    private CitationCopy copy() {
        if (copyFor != model.library()) {
            copyFor = model.library();
            copy = new CitationCopy(copyFor.dataset(), copyFor.texts());
        }
        return copy;
    }

    /**
     * After an edit, an undo or an import: the list of documents is the new library's; an open document
     * stays where it is, and is drawn again (its scroll position kept) only when the passages it marks changed.
     */
    private void libraryChanged(Library old) {
        if (documentId == null && webCitation == null) {
            // The welcome lists the seed documents: an edit of the data leaves it as it is, an import of
            // documents (added to the same seeds) shows them.
            if (!seeds().documents().equals(welcomed)) {
                showWelcome();
            }
            return;
        }
        if (documentId == null) {
            return;
        }
        if (seeds().document(documentId).isEmpty()) {
            showWelcome();
            return;
        }
        List<CitedPassage> before = old == null ? List.of() : old.cited().in(documentId);
        List<CitedPassage> now = cited().in(documentId);
        Label count = Sections.muted(I18n.t("reader.citedCount", now.size()));
        count.getStyleClass().add("reader-cited-count");
        meta.getChildren().removeIf(n -> n.getStyleClass().contains("reader-cited-count"));
        meta.getChildren().add(Math.max(0, meta.getChildren().indexOf(annotationList)), count);
        if (!before.equals(now)) {
            SourceDocument doc = seeds().document(documentId).orElseThrow();
            double scroll = view.getVvalue();
            List<TextRange> passage = view.marks(MarkLayer.PASSAGE);
            List<TextRange> highlight = view.marks(MarkLayer.HIGHLIGHT);
            view.show(texts().of(documentId), block -> marksIn(block, now, doc));
            view.mark(MarkLayer.CITED, now.stream().map(CitedPassage::range).toList());
            view.mark(MarkLayer.PASSAGE, passage);
            view.mark(MarkLayer.HIGHLIGHT, highlight);
            findBar.documentChanged();
            refreshAnnotations();
            view.setVvalue(scroll);
        }
    }

    private void showWelcome() {
        model.session().readingProperty().set(null);
        documentId = null;
        webCitation = null;
        title.setText(I18n.t("reader.title"));
        meta.getChildren().setAll(Sections.muted(I18n.t("reader.hint")));
        List<Node> links = new ArrayList<>();
        welcomed = seeds().documents();
        for (SourceDocument d : welcomed) {
            Hyperlink link = new Hyperlink(d.title().in(I18n.language()));
            link.setWrapText(true);
            link.getStyleClass().add("reader-document-link");
            link.setOnAction(e -> navigator.openDocument(d.id()));
            links.add(link);
        }
        view.showNodes(links.toArray(Node[]::new));
        toc.show(List.of(), o -> { });
        setTools(false, false);
    }

    private void setTools(boolean document, boolean citation) {
        tools.setVisible(document || citation);
        tools.setManaged(document || citation);
        for (Node n : List.of(contents, find)) {
            n.setVisible(document);
            n.setManaged(document);
        }
        contents.setDisable(toc.isEmpty());
        showToc(document && contents.isSelected() && !toc.isEmpty());
        if (!document && findBar.isOpen()) {
            findBar.close();
        }
    }

    private void showToc(boolean show) {
        boolean visible = show && documentId != null && !toc.isEmpty();
        toc.setVisible(visible);
        toc.setManaged(visible);
    }

    /** The seed document shown, or null. */
    public String documentId() {
        return documentId;
    }

    /** The highlighted passage's text as shown, or an empty string. */
    public String highlightedText() {
        return view.markedText(MarkLayer.HIGHLIGHT);
    }

    /** The selected or highlighted passage of the open seed document, or null; what an annotation attaches to. */
    public TextRange selectedPassage() {
        return documentId == null ? null : passageRange();
    }

    /** The clean text of the open document, or null. */
    public ReadableText readableText() {
        return documentId == null ? null : texts().of(documentId);
    }

    public void open(String seedId) {
        openPassage(seedId, null, List.of());
    }

    /**
     * Opens a seed document at a passage (a search hit): the passage tinted, the matches in it
     * highlighted, and the first match scrolled into view. A null passage opens the document at the top.
     */
    public void openPassage(String seedId, TextRange passage, List<TextRange> highlights) {
        SourceDocument doc = seeds().document(seedId).orElseThrow();
        ReadableText readable = texts().of(seedId);
        boolean same = seedId.equals(documentId) && view.text() == readable;
        documentId = seedId;
        webCitation = null;
        welcomed = null;
        model.session().readingProperty().set(new Session.Reading(seedId, passage));
        title.setText(doc.title().in(I18n.language()));
        String details = java.util.stream.Stream.of(Formats.name(doc.kind()), doc.date(), doc.publisher(), doc.licence())
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        List<CitedPassage> passages = cited().in(seedId);
        Label count = Sections.muted(I18n.t("reader.citedCount", passages.size()));
        count.getStyleClass().add("reader-cited-count");
        meta.getChildren().setAll(Sections.muted(details), Sections.muted(doc.origin()), count, annotationList);
        if (!same) {
            // Stepping through passages of the open document keeps its text, find results and position.
            view.show(readable, block -> marksIn(block, passages, doc));
            view.mark(MarkLayer.CITED, passages.stream().map(CitedPassage::range).toList());
            toc.show(readable.headings(), view::scrollToOffset);
            findBar.documentChanged();
            refreshAnnotations();
        }
        setTools(true, false);
        List<TextRange> strong = highlights.isEmpty() && passage != null ? List.of(passage) : highlights;
        view.mark(MarkLayer.PASSAGE, passage == null || highlights.isEmpty() ? List.of() : List.of(passage));
        view.mark(MarkLayer.HIGHLIGHT, strong);
        if (!strong.isEmpty()) {
            view.scrollTo(passage != null ? passage.start() : strong.get(0).start(), strong.get(0).start());
        }
    }

    /** The markers of the passages ending in a block, placed right after each passage. */
    private List<Map.Entry<Integer, Node>> marksIn(Block block, List<CitedPassage> passages, SourceDocument doc) {
        List<Map.Entry<Integer, Node>> out = new ArrayList<>();
        for (CitedPassage p : passages) {
            int end = p.range().end();
            if (end > block.start() && end <= block.end()) {
                out.add(new AbstractMap.SimpleEntry<>(end,
                        new PassageMark(p, model.dataset(), navigator, copy(), doc, this::confirmCopied)));
            }
        }
        out.sort(Map.Entry.comparingByKey());
        return out;
    }

    /** Opens a citation: a seed passage in the text, or a web source's details. */
    public void show(Citation citation) {
        if (citation.isSeed()) {
            TextRange range = cited().of(citation.id()).map(CitedPassage::range)
                    .or(() -> texts().locate(citation)).orElse(null);
            openPassage(citation.document(), range, List.of());
            return;
        }
        documentId = null;
        webCitation = citation;
        welcomed = null;
        model.session().readingProperty().set(null);
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
        List<Node> nodes = new ArrayList<>(List.of(url, quote));
        if (citation.note() != null) {
            nodes.add(Sections.muted(citation.note()));
        }
        nodes.add(Sections.muted(I18n.t("reader.webNote")));
        view.showNodes(nodes.toArray(Node[]::new));
        toc.show(List.of(), o -> { });
        setTools(false, true);
    }

    /** Opens the find bar on the open document. Returns false when no document is open. */
    public boolean openFind() {
        if (documentId == null) {
            return false;
        }
        findBar.open();
        return true;
    }

    /** Whether something can be copied as a citation: a selection, a highlighted passage or a web source. */
    private boolean hasPassage() {
        return webCitation != null || documentId != null && passageRange() != null;
    }

    /**
     * A user's remark on a passage, as the reader needs it: the clean-text range when it was taken from a
     * selection, else the quoted words to find.
     */
    public record Annotated(Integer start, Integer end, String quote, String text) {
    }

    /** Where the user's annotations on a document come from; they are underlined and listed with it. */
    public void setAnnotations(Function<String, List<Annotated>> source) {
        annotations = source;
        refreshAnnotations();
    }

    /** Shows the open document's annotations again, after one was added, changed or removed. */
    public void refreshAnnotations() {
        if (documentId == null) {
            view.mark(MarkLayer.ANNOTATION, List.of());
            annotationList.getChildren().clear();
            return;
        }
        String id = documentId;
        List<Node> links = new ArrayList<>();
        List<TextRange> ranges = new ArrayList<>();
        for (Annotated a : annotations.apply(id)) {
            TextRange range = rangeOf(id, a);
            Hyperlink link = new Hyperlink("✎ " + a.text());
            link.getStyleClass().add("user-annotation");
            link.setWrapText(true);
            if (range != null) {
                ranges.add(range);
                link.setOnAction(e -> {
                    view.mark(MarkLayer.HIGHLIGHT, List.of(range));
                    view.scrollTo(range.start(), range.start());
                });
            } else {
                link.setDisable(true);
            }
            links.add(link);
        }
        view.mark(MarkLayer.ANNOTATION, ranges);
        annotationList.getChildren().setAll(links);
        if (!links.isEmpty()) {
            annotationList.getChildren().add(0, Sections.muted(I18n.t("reader.annotations", links.size())));
        }
    }

    private TextRange rangeOf(String id, Annotated a) {
        int length = texts().of(id).clean().length();
        if (a.start() != null && a.end() != null && 0 <= a.start() && a.start() < a.end() && a.end() <= length) {
            return new TextRange(a.start(), a.end());
        }
        return a.quote() == null ? null : seeds().locate(id, a.quote())
                .map(raw -> texts().of(id).toClean(new TextRange(raw.start(), raw.end())))
                .filter(r -> !r.isEmpty()).orElse(null);
    }

    /** A passage of a seed document as the reader shows it: what "add to tour" takes. */
    public record Passage(String documentId, String text) {
    }

    /**
     * The passage a teacher means: the selection if there is one, else the highlighted passage; empty
     * for a web source or when nothing is marked.
     */
    public Optional<Passage> passage() {
        TextRange range = documentId == null ? null : passageRange();
        if (range == null) {
            return Optional.empty();
        }
        String text = range.of(texts().of(documentId).clean()).strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(new Passage(documentId, text));
    }

    /** The selection if there is one, else the highlighted passage (its whole extent). */
    private TextRange passageRange() {
        if (view.selection() != null) {
            return view.selection();
        }
        List<TextRange> passage = view.marks(MarkLayer.PASSAGE);
        List<TextRange> ranges = passage.isEmpty() ? view.marks(MarkLayer.HIGHLIGHT) : passage;
        if (ranges.isEmpty()) {
            return null;
        }
        return new TextRange(ranges.get(0).start(), ranges.get(ranges.size() - 1).end());
    }

    /** The source of what the reader shows, for a reference manager: the document, or the web citation's page. */
    public List<SourceExport.Entry> openSources() {
        if (webCitation != null) {
            return SourceExport.entries(List.of(webCitation), seeds());
        }
        return documentId == null ? List.of()
                : seeds().document(documentId).map(SourceExport::ofDocument).orElse(List.of());
    }

    /** The text "Copy passage as citation" copies in a style, or null when there is nothing to copy. */
    public String passageCitation(CitationStyle style) {
        if (webCitation != null) {
            return copy().format(webCitation, style);
        }
        TextRange range = documentId == null ? null : passageRange();
        return range == null ? null : copy().format(seeds().document(documentId).orElseThrow(), range, style);
    }

    private void confirmCopied(CitationStyle style) {
        confirmation.setText(I18n.t("reader.copied", CitationCopy.styleName(style)));
        confirmationTimer.playFromStart();
    }
}
