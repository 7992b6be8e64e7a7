package org.wicexplorer.interchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Fact;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Text;

/**
 * CSV, one row per event: a milestone or an era. The header is fixed (docs/import-export.md, "CSV"); a
 * row's problems are reported with its line number. Each row is cited to the web page in its
 * {@code source_*} columns, or else to the CSV file itself.
 */
public final class CsvEvents {
    public static final List<String> HEADER = List.of("kind", "id", "start", "end", "title_en", "title_zh",
            "summary_en", "summary_zh", "source_url", "source_publisher", "source_date", "source_quote");
    private static final Set<String> REQUIRED = Set.of("kind", "start");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .build();

    private CsvEvents() {
    }

    public static Conversion read(String name, String text, String sourceUrl, SeedLibrary seeds) throws DataException {
        List<Problem> problems = new ArrayList<>();
        ObjectNode tree = OurJson.emptyTree(name);
        String note = "Imported from the CSV file " + name + "; the row is the only source given.";
        Set<String> milestoneIds = new HashSet<>();
        Set<String> eraIds = new HashSet<>();
        List<String> header = null;
        try (JsonParser p = CSV.getFactory().createParser(text)) {
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_ARRAY) {
                throw new DataException(new Problem(name, 1, 1, "the file is empty; expected the header line "
                        + String.join(",", HEADER)));
            }
            while ((token = p.nextToken()) == JsonToken.START_ARRAY) {
                // The first cell's position is the row's line; the row's own token points before it.
                int line = -1;
                List<String> cells = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = Math.max(1, p.currentTokenLocation().getLineNr());
                    }
                    cells.add(p.getText());
                }
                line = Math.max(1, line);
                if (header == null) {
                    header = cells.stream().map(String::strip).toList();
                    String wrong = checkHeader(header);
                    if (wrong != null) {
                        throw new DataException(new Problem(name, line, 1, wrong));
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (cells.size() > header.size()) {
                    problems.add(new Problem(name, line, 1, "the row has " + cells.size() + " cells; the header has "
                            + header.size()));
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < cells.size() ? cells.get(i).strip() : "");
                }
                row(name, line, row, tree, sourceUrl, note, milestoneIds, eraIds, problems);
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new DataException(new Problem(name, line, 1, "CSV syntax error: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DataException(new Problem(name, 1, 1, "cannot read the file: " + e.getMessage()));
        }
        if (header == null) {
            throw new DataException(new Problem(name, 1, 1, "the file is empty; expected the header line "
                    + String.join(",", HEADER)));
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new Conversion(OurJson.load(name, tree, seeds), List.of());
    }

    private static String checkHeader(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!HEADER.contains(column)) {
                return "unknown column \"" + column + "\"; the header names columns of " + String.join(",", HEADER);
            }
            if (!seen.add(column)) {
                return "column \"" + column + "\" appears twice in the header";
            }
        }
        for (String column : REQUIRED) {
            if (!seen.contains(column)) {
                return "the header has no \"" + column + "\" column; expected " + String.join(",", HEADER);
            }
        }
        if (!seen.contains("title_en") && !seen.contains("title_zh")) {
            return "the header needs a \"title_en\" or \"title_zh\" column";
        }
        return null;
    }

    private static void row(String name, int line, Map<String, String> row, ObjectNode tree, String sourceUrl,
                            String note, Set<String> milestoneIds, Set<String> eraIds, List<Problem> problems) {
        String kind = row.getOrDefault("kind", "");
        if (!kind.equals("milestone") && !kind.equals("era")) {
            problems.add(new Problem(name, line, 1, "kind \"" + kind + "\" is neither \"milestone\" nor \"era\""));
            return;
        }
        LocalDate start = date(name, line, "start", row.getOrDefault("start", ""), true, problems);
        LocalDate end = date(name, line, "end", row.getOrDefault("end", ""), false, problems);
        String titleEn = row.getOrDefault("title_en", "");
        String titleZh = row.getOrDefault("title_zh", "");
        if (titleEn.isBlank() && titleZh.isBlank()) {
            problems.add(new Problem(name, line, 1, "the row needs a title_en or a title_zh"));
            return;
        }
        String wanted = row.getOrDefault("id", "");
        if (!wanted.isBlank() && !Texts.ID.matcher(wanted).matches()) {
            problems.add(new Problem(name, line, 1, "id \"" + wanted + "\" must be lower-case words joined by hyphens"));
            return;
        }
        Set<String> taken = kind.equals("era") ? eraIds : milestoneIds;
        if (!wanted.isBlank() && taken.contains(wanted)) {
            problems.add(new Problem(name, line, 1, "id \"" + wanted + "\" is used by an earlier row"));
            return;
        }
        if (start == null || (end == null && !row.getOrDefault("end", "").isBlank())) {
            return;
        }
        if (kind.equals("milestone") && end != null) {
            problems.add(new Problem(name, line, 1, "a milestone has one date; leave \"end\" empty"));
            return;
        }
        if (end != null && end.isBefore(start)) {
            problems.add(new Problem(name, line, 1, "end " + end + " is before start " + start));
            return;
        }
        String title = titleEn.isBlank() ? titleZh : titleEn;
        String id = wanted.isBlank() ? Texts.id(title, kind + "-" + line, taken) : wanted;
        taken.add(id);
        String url = row.getOrDefault("source_url", "");
        String publisher = row.getOrDefault("source_publisher", "");
        if (!url.isBlank() && publisher.isBlank()) {
            problems.add(new Problem(name, line, 1, "a source_url needs a source_publisher"));
            return;
        }
        String quote = row.getOrDefault("source_quote", "");
        String source = Sources.cite(OurJson.list(tree, "citations"), (kind.equals("era") ? "era-" : "") + id + "-source",
                url.isBlank() ? sourceUrl : url, publisher.isBlank() ? name : publisher,
                row.getOrDefault("source_date", ""), quote.isBlank() ? title : quote,
                url.isBlank() ? note : "Imported from the CSV file " + name + ", line " + line + ".");
        ObjectNode titleNode = texts(titleEn, titleZh);
        if (kind.equals("milestone")) {
            ObjectNode m = OurJson.list(tree, "milestones").addObject();
            m.put("id", id);
            m.put("date", start.toString());
            m.set("title", titleNode);
            String en = row.getOrDefault("summary_en", "");
            String zh = row.getOrDefault("summary_zh", "");
            ObjectNode summary = en.isBlank() && zh.isBlank() ? texts(titleEn, titleZh) : texts(en, zh);
            summary.putArray("sources").add(source);
            m.set("summary", summary);
        } else {
            ObjectNode e = OurJson.list(tree, "eras").addObject();
            e.put("id", id);
            e.put("start", start.toString());
            if (end != null) {
                e.put("end", end.toString());
            }
            e.set("label", titleNode);
            e.putArray("sources").add(source);
        }
    }

    private static ObjectNode texts(String en, String zh) {
        ObjectNode node = OurJson.TREES.createObjectNode();
        if (!en.isBlank()) {
            node.put("en", en);
        }
        if (!zh.isBlank()) {
            node.put("zh", zh);
        }
        return node;
    }

    private static LocalDate date(String name, int line, String column, String value, boolean required,
                                  List<Problem> problems) {
        if (value.isBlank()) {
            if (required) {
                problems.add(new Problem(name, line, 1, "\"" + column + "\" is empty; give a date as YYYY-MM-DD"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, line, 1, "\"" + column + "\" is \"" + value + "\", not a date YYYY-MM-DD"));
            return null;
        }
    }

    // --- writing ---

    /** Every milestone and era, one per row, with the first web citation of each in the source columns. */
    public static byte[] write(Dataset d) {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
        StringWriter out = new StringWriter();
        try (var writer = CSV.writer(schema).with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).writeValues(out)) {
            writer.write(HEADER);
            for (Milestone m : d.milestones()) {
                writer.write(row("milestone", m.id(), m.date(), null, m.title(), m.summary().text(),
                        webSource(d, m.summary())));
            }
            for (Era e : d.eras()) {
                writer.write(row("era", e.id(), e.start(), e.end(), e.label(), new Text(null, null),
                        webSource(d, e.sources())));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV to memory", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Citation webSource(Dataset d, Fact fact) {
        return webSource(d, fact.sources());
    }

    private static Citation webSource(Dataset d, List<String> sources) {
        return sources.stream().map(d::citation).flatMap(java.util.Optional::stream)
                .filter(c -> c.url() != null).findFirst().orElse(null);
    }

    private static List<String> row(String kind, String id, LocalDate start, LocalDate end, Text title, Text summary,
                                    Citation source) {
        return List.of(kind, id, start.toString(), end == null ? "" : end.toString(), orEmpty(title.en()),
                orEmpty(title.zh()), orEmpty(summary.en()), orEmpty(summary.zh()),
                source == null ? "" : source.url(), source == null ? "" : orEmpty(source.publisher()),
                source == null ? "" : orEmpty(source.date()), source == null ? "" : orEmpty(source.quote()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
