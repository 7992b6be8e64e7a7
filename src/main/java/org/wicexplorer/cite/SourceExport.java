package org.wicexplorer.cite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.SourceDocument;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The dataset's sources for a researcher's reference manager (ADR 0012): CSL-JSON (Zotero, Mendeley,
 * pandoc), BibTeX (biblatex entry types; written with jbibtex) and RIS. A source is listed once
 * however many citations quote it: a seed document once, a web page once per address, title,
 * publisher and date. Each entry's key is the seed document's id, or the id of the first citation of
 * the web page, so a key found in a paper leads back to the dataset.
 */
public final class SourceExport {
    /** The formats, by the names the command line and the file dialog use. */
    public enum Format {
        CSL_JSON("csl-json", "json"), BIBTEX("bibtex", "bib"), RIS("ris", "ris");

        private final String id;
        private final String extension;

        Format(String id, String extension) {
            this.id = id;
            this.extension = extension;
        }

        public String id() {
            return id;
        }

        public String extension() {
            return extension;
        }

        public static Optional<Format> ofId(String id) {
            for (Format f : values()) {
                if (f.id.equals(id == null ? null : id.toLowerCase(Locale.ROOT))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    /** One exported source: its key and what a reference needs to know about it. */
    public record Entry(String key, CitableSource source) {
    }

    private final LocalDate accessed;

    /** @param accessed when the sources were consulted (the dataset's compilation date) */
    public SourceExport(LocalDate accessed) {
        this.accessed = accessed;
    }

    public static SourceExport of(Dataset d) {
        return new SourceExport(CitationFormatter.compiledOn(d.info() == null ? null : d.info().compiled()).accessed());
    }

    /** Every source the dataset cites, in the order of first citation. */
    public static List<Entry> all(Dataset d, SeedLibrary seeds) {
        return entries(d.citations(), seeds);
    }

    /** The sources the facts of one edition cite (its name, dates, key points, people, controversies, …). */
    public static List<Entry> ofEdition(Dataset d, SeedLibrary seeds, String editionId) {
        Set<String> cited = FactSources.byCitation(d).entrySet().stream()
                .filter(e -> e.getValue().stream().anyMatch(u -> editionId.equals(u.edition())))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        return entries(d.citations().stream().filter(c -> cited.contains(c.id())).toList(), seeds);
    }

    /** The sources of some citations, each once. */
    public static List<Entry> entries(Collection<Citation> citations, SeedLibrary seeds) {
        Map<String, Entry> byIdentity = new LinkedHashMap<>();
        for (Citation c : citations) {
            CitableSource source = CitableSource.of(c, seeds);
            String identity = c.isSeed() ? "seed:" + c.document()
                    : String.join("\u0000", String.valueOf(source.locator()), String.valueOf(source.title()),
                    String.valueOf(source.publisher()), String.valueOf(source.date()));
            byIdentity.computeIfAbsent(identity, k -> new Entry(key(c.isSeed() ? c.document() : c.id()), source));
        }
        return List.copyOf(byIdentity.values());
    }

    /** A seed document on its own, as the reader shows it. */
    public static List<Entry> ofDocument(SourceDocument doc) {
        return List.of(new Entry(key(doc.id()), CitableSource.of(doc)));
    }

    public String write(List<Entry> entries, Format format) {
        return switch (format) {
            case CSL_JSON -> cslJson(entries);
            case BIBTEX -> bibtex(entries);
            case RIS -> ris(entries);
        };
    }

    /** CSL-JSON: an array of CSL items, the same records the citation styles format. */
    String cslJson(List<Entry> entries) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Entry e : entries) {
            CitableSource s = e.source();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", e.key());
            item.put("type", s.isWebAddress() ? "webpage" : "document");
            if (s.title() != null) {
                item.put("title", s.title());
            }
            if (s.publisher() != null) {
                item.put(s.isWebAddress() ? "container-title" : "publisher", s.publisher());
            }
            if (s.date() != null) {
                item.put("issued", Map.of("date-parts", List.of(toList(CslItems.dateParts(s.date())))));
            }
            if (s.isWebAddress()) {
                item.put("URL", s.locator());
                item.put("accessed", Map.of("date-parts", List.of(List.of(accessed.getYear(), accessed.getMonthValue(),
                        accessed.getDayOfMonth()))));
            } else if (s.locator() != null) {
                item.put("note", s.locator());
            }
            item.put("language", s.language());
            items.add(item);
        }
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(items) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * BibTeX with biblatex's types and fields (@online with url and urldate, @misc otherwise; ISO
     * dates), which Zotero, JabRef and pandoc read. jbibtex writes the file; TeX's special characters
     * in the text fields are escaped first, since jbibtex writes a value as it is given.
     */
    String bibtex(List<Entry> entries) {
        BibTeXDatabase db = new BibTeXDatabase();
        for (Entry e : entries) {
            CitableSource s = e.source();
            BibTeXEntry entry = new BibTeXEntry(s.isWebAddress() ? new Key("online") : BibTeXEntry.TYPE_MISC, new Key(e.key()));
            if (s.title() != null) {
                entry.addField(BibTeXEntry.KEY_TITLE, braced(tex(s.title())));
            }
            if (s.publisher() != null) {
                entry.addField(s.isWebAddress() ? BibTeXEntry.KEY_ORGANIZATION : BibTeXEntry.KEY_PUBLISHER,
                        braced(tex(s.publisher())));
            }
            if (s.date() != null) {
                entry.addField(new Key("date"), braced(s.date()));
            }
            if (s.isWebAddress()) {
                entry.addField(new Key("url"), braced(s.locator()));
                entry.addField(new Key("urldate"), braced(accessed.toString()));
            } else if (s.locator() != null) {
                entry.addField(BibTeXEntry.KEY_NOTE, braced(tex(s.locator())));
            }
            entry.addField(new Key("langid"), braced(s.language().startsWith("zh") ? "chinese" : "english"));
            db.addObject(entry);
        }
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(db, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * RIS, the tagged format of EndNote, Zotero, Citavi and RefWorks: "TY  - ELEC" … "ER  - ". No
     * maintained Java library writes RIS (citeproc-java only reads it), so these few lines do; each
     * value is put on one line, as the format requires.
     */
    String ris(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            CitableSource s = e.source();
            tag(out, "TY", s.isWebAddress() ? "ELEC" : "GEN");
            tag(out, "ID", e.key());
            tag(out, "TI", s.title());
            tag(out, "PB", s.publisher());
            if (s.date() != null) {
                int[] p = CslItems.dateParts(s.date());
                tag(out, "PY", String.valueOf(p[0]));
                tag(out, "DA", String.format(Locale.ROOT, "%04d/%s/%s/", p[0],
                        p.length > 1 ? String.format(Locale.ROOT, "%02d", p[1]) : "",
                        p.length > 2 ? String.format(Locale.ROOT, "%02d", p[2]) : ""));
            }
            if (s.isWebAddress()) {
                tag(out, "UR", s.locator());
                tag(out, "Y2", String.format(Locale.ROOT, "%04d/%02d/%02d/", accessed.getYear(),
                        accessed.getMonthValue(), accessed.getDayOfMonth()));
            } else {
                tag(out, "N1", s.locator());
            }
            tag(out, "LA", s.language().startsWith("zh") ? "zh" : "en");
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (value != null && !value.isBlank()) {
            out.append(tag).append("  - ").append(value.replaceAll("\\s+", " ").strip()).append("\r\n");
        }
    }

    private static StringValue braced(String s) {
        return new StringValue(s, StringValue.Style.BRACED);
    }

    /** TeX's special characters as text: {@code & % $ # _ { } ~ ^ \}. */
    static String tex(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&', '%', '$', '#', '_', '{', '}' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '\\' -> out.append("\\textbackslash{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A BibTeX key: letters, digits and {@code - _ : .} only. */
    private static String key(String id) {
        String k = id.replaceAll("[^A-Za-z0-9_:.-]", "-");
        return k.isEmpty() ? "source" : k;
    }

    private static List<Integer> toList(int[] parts) {
        List<Integer> out = new ArrayList<>();
        for (int p : parts) {
            out.add(p);
        }
        return out;
    }
}
