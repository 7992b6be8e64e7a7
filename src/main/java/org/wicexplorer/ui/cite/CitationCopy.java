package org.wicexplorer.ui.cite;

import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.wicexplorer.cite.CitableSource;
import org.wicexplorer.cite.CitationFormatter;
import org.wicexplorer.cite.CitationStyle;
import org.wicexplorer.cite.SeedTexts;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;
import org.wicexplorer.text.TextRange;
import org.wicexplorer.ui.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Copies a citation, or a passage with its source, to the clipboard in a chosen style. A seed quote is
 * copied as the reader shows it (wiki markup removed), so what is pasted reads like the source.
 */
public final class CitationCopy {
    private final SeedTexts texts;
    private final CitationFormatter formatter;

    public CitationCopy(Dataset dataset, SeedTexts texts) {
        this.texts = texts;
        this.formatter = CitationFormatter.compiledOn(dataset.info() == null ? null : dataset.info().compiled());
    }

    public CitationCopy(Dataset dataset, SeedLibrary seeds) {
        this(dataset, new SeedTexts(seeds));
    }

    public String format(Citation c, CitationStyle style) {
        String quote = c.quote();
        if (c.isSeed()) {
            quote = texts.locate(c).map(r -> r.of(texts.of(c.document()).clean())).orElse(quote);
        }
        return formatter.format(CitableSource.of(c, texts.library()), normalise(quote), style);
    }

    /** A passage of a seed document, quoted from its clean text. */
    public String format(SourceDocument doc, TextRange passage, CitationStyle style) {
        String quote = passage.of(texts.of(doc.id()).clean());
        return formatter.format(CitableSource.of(doc), normalise(quote), style);
    }

    public static void toClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * One "Copy citation (style)" menu item per CSL style, the remembered style first, copying
     * {@code text} of the chosen style; the choice is remembered ({@link CitationPreference}).
     * {@code copied} is told which style was copied, e.g. to confirm it.
     */
    public static List<MenuItem> menuItems(Function<CitationStyle, String> text, Consumer<CitationStyle> copied) {
        List<MenuItem> items = new ArrayList<>();
        CitationStyle preferred = CitationPreference.style();
        List<CitationStyle> order = new ArrayList<>(List.of(CitationStyle.values()));
        order.remove(preferred);
        order.add(0, preferred);
        for (CitationStyle style : order) {
            MenuItem item = new MenuItem(I18n.t(styleKey(style)));
            item.getStyleClass().add("copy-citation-" + style.id());
            if (style == preferred) {
                item.getStyleClass().add("copy-citation-preferred");
            }
            item.setOnAction(e -> {
                String s = text.apply(style);
                if (s != null && !s.isEmpty()) {
                    toClipboard(s);
                    CitationPreference.choose(style);
                    copied.accept(style);
                }
            });
            items.add(item);
        }
        return items;
    }

    static String styleKey(CitationStyle style) {
        return switch (style) {
            case CHICAGO -> "copy.chicago";
            case APA -> "copy.apa";
            case MLA -> "copy.mla";
            case GBT_7714_NUMERIC -> "copy.gbtNumeric";
            case GBT_7714_AUTHOR_DATE -> "copy.gbtAuthorDate";
        };
    }

    /** The style's short name in the interface language ("Chicago", "APA 7", "GB/T 7714 顺序编码制", …). */
    public static String styleName(CitationStyle style) {
        return I18n.t(switch (style) {
            case CHICAGO -> "style.chicago";
            case APA -> "style.apa";
            case MLA -> "style.mla";
            case GBT_7714_NUMERIC -> "style.gbtNumeric";
            case GBT_7714_AUTHOR_DATE -> "style.gbtAuthorDate";
        });
    }

    /** Line breaks inside a quote become spaces: a quote is pasted as one run of text. */
    private static String normalise(String quote) {
        return quote == null ? null : quote.replaceAll("\\s+", " ").strip();
    }
}
