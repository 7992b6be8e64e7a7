package org.wicexplorer.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a source as a reference in a CSL style, with citeproc-java (ADR 0012), and a quote with its
 * source as text to paste into notes or a paper: the quote in quotation marks on the first line, the
 * reference on the second. The access date is when the sources were consulted (the dataset's
 * compilation date), not today: the copy the quote was checked against is that day's.
 *
 * <p>Styles and locales are the bundled CSL files; nothing is loaded from the network. Each style is
 * parsed once per formatter. A formatter may be used from several threads.
 */
public final class CitationFormatter {
    private static final String CSL_FOLDER = "/org/wicexplorer/cite/csl/";
    /** A numeric style's own "[1]" before an entry: the handout and a copied citation number their notes themselves. */
    private static final Pattern NUMBER = Pattern.compile("^\\[\\d+]\\s*");

    private static final Map<LocalDate, CitationFormatter> SHARED = new java.util.concurrent.ConcurrentHashMap<>();

    private final LocalDate accessed;
    private final Map<CitationStyle, Processor> processors = new EnumMap<>(CitationStyle.class);

    public CitationFormatter(LocalDate accessed) {
        this.accessed = accessed;
    }

    /**
     * The formatter for a dataset compiled on {@code compiled} (ISO date); today when it is not a date.
     * Shared per date, so the styles are parsed once for every marker, menu and handout.
     */
    public static CitationFormatter compiledOn(String compiled) {
        LocalDate date;
        try {
            date = LocalDate.parse(compiled);
        } catch (RuntimeException e) {
            date = LocalDate.now();
        }
        return SHARED.computeIfAbsent(date, CitationFormatter::new);
    }

    public LocalDate accessed() {
        return accessed;
    }

    /** The quote (when there is one) on a line of its own, then the reference. */
    public String format(CitableSource source, String quote, CitationStyle style) {
        String reference = reference(source, style);
        return quote == null || quote.isBlank() ? reference : "“" + quote.strip() + "”\n" + reference;
    }

    /** The source as the style's reference-list (bibliography) entry, plain text on one line. */
    public String reference(CitableSource source, CitationStyle style) {
        Processor p;
        synchronized (processors) {
            p = processors.computeIfAbsent(style, Processor::new);
        }
        return p.entry(CslItems.item("source", source, accessed));
    }

    /** One style's citeproc-java processor, reused for one item at a time. */
    private static final class Processor implements ItemDataProvider {
        private final CSL csl;
        private final Map<String, CSLItemData> items = new HashMap<>();

        Processor(CitationStyle style) {
            try {
                csl = new CSL(this, CitationFormatter::locale, null, resource(style.cslName() + ".csl"), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            csl.setOutputFormat("text");
        }

        synchronized String entry(CSLItemData item) {
            items.clear();
            items.put(item.getId(), item);
            csl.reset();
            // reset() also goes back to HTML
            csl.setOutputFormat("text");
            csl.registerCitationItems(item.getId());
            String[] entries = csl.makeBibliography().getEntries();
            String text = entries.length == 0 ? "" : entries[0];
            return NUMBER.matcher(text.replaceAll("\\s+", " ").strip()).replaceFirst("");
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return items.get(id);
        }

        @Override
        public java.util.Collection<String> getIds() {
            return items.keySet();
        }
    }

    /** The bundled locale files: en-US and zh-CN; any other English or Chinese locale falls back to them. */
    static String locale(String lang) {
        String file = lang != null && lang.startsWith("zh") ? "locales-zh-CN.xml" : "locales-en-US.xml";
        return resource(file);
    }

    static String resource(String name) {
        try (InputStream in = CitationFormatter.class.getResourceAsStream(CSL_FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled CSL file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
