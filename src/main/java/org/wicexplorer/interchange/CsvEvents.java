package org.wicexplorer.interchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Citation;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.HistoricalDate;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Text;

/**
 * CSV, one row per item (docs/import-export.md, "CSV"). Two layouts are read: ours ({@link #HEADER}, what the
 * export writes: editions, milestones and eras, each with its whole record in {@code wic_record} so the file
 * reads back unchanged, and edits to its visible cells become edits), and the columns of TimelineJS's own
 * Google Sheets template ({@link #SHEET}). Comma, semicolon or tab, with or without a byte-order mark;
 * the parsing is jackson-dataformat-csv's. Each problem names the row's line and the cell's column.
 */
public final class CsvEvents {
    public static final List<String> HEADER = List.of("kind", "id", "start", "end", "title_en", "title_zh",
            "summary_en", "summary_zh", "edition", "group", "display_date", "source_url", "source_publisher",
            "source_date", "source_quote", "wic_record", "wic_citations", "wic_topics");
    /** TimelineJS's Google Sheets template, as its "Download as CSV" writes it. */
    public static final List<String> SHEET = List.of("Year", "Month", "Day", "Time", "End Year", "End Month",
            "End Day", "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background", "Link", "Alt Text");
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    /** UTF-8's byte-order mark, so that Excel and LibreOffice open the file as UTF-8. */
    private static final String BOM = "\uFEFF";

    private CsvEvents() {
    }

    /** A row: its line, the columns' start columns, and its cells by header name. */
    private record Row(int line, Map<String, String> cells, Map<String, Integer> columns) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }

        int column(String name) {
            return columns.getOrDefault(name, 1);
        }
    }

    public static Conversion read(String name, String text, String sourceUrl, SeedLibrary seeds) throws DataException {
        String body = text.startsWith(BOM) ? text.substring(1) : text;
        // Excel's hint line "sep=;" names the separator; it is blanked, so every later line keeps its number.
        java.util.regex.Matcher hint = java.util.regex.Pattern.compile("(?i)^sep=([,;\t|])\\s*?(\r?\n)").matcher(body);
        Character hinted = null;
        if (hint.find()) {
            hinted = hint.group(1).charAt(0);
            body = hint.group(2) + body.substring(hint.end());
        }
        char separator = hinted != null ? hinted : separator(body);
        List<Row> rows = new ArrayList<>();
        List<String> header = null;
        boolean sheet = false;
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        try (JsonParser p = CSV.getFactory().createParser(body)) {
            ((CsvParser) p).setSchema(schema);
            JsonToken token = p.nextToken();
            if (token != JsonToken.START_ARRAY) {
                throw new DataException(new Problem(name, 1, 1, Words.err("csvEmpty", String.join(",", HEADER.subList(0, 8)), String.join(",", SHEET.subList(0, 11)))));
            }
            while (p.nextToken() == JsonToken.START_ARRAY) {
                int line = -1;
                List<String> cells = new ArrayList<>();
                List<Integer> columns = new ArrayList<>();
                while (p.nextToken() == JsonToken.VALUE_STRING) {
                    var at = p.currentTokenLocation();
                    if (line < 0) {
                        line = Math.max(1, at.getLineNr());
                    }
                    cells.add(p.getText());
                    columns.add(Math.max(1, at.getColumnNr()));
                }
                line = Math.max(1, line);
                if (header == null) {
                    // Spreadsheets pad the header with empty cells; they name no column.
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
                        cells.remove(cells.size() - 1);
                    }
                    header = cells.stream().map(String::strip).toList();
                    sheet = isSheet(header);
                    String wrong = sheet ? checkSheet(header) : checkHeader(header, separator);
                    if (wrong != null) {
                        throw new DataException(new Problem(name, line, 1, wrong));
                    }
                    if (sheet) {
                        header = header.stream().map(CsvEvents::sheetColumn).toList();
                    }
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                Map<String, Integer> at = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    if (i >= header.size()) {
                        if (!cells.get(i).isBlank()) {
                            throw new DataException(new Problem(name, line, columns.get(i), Words.err("csvExtraCell", i + 1, header.size())));
                        }
                        continue;
                    }
                    row.put(header.get(i), cells.get(i).strip());
                    at.put(header.get(i), columns.get(i));
                }
                rows.add(new Row(line, row, at));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getColumnNr());
            throw new DataException(new Problem(name, line, column, Words.err("csvSyntax", e.getOriginalMessage())));
        } catch (IOException e) {
            throw new DataException(new Problem(name, 1, 1, Words.err("cannotRead", String.valueOf(e.getMessage()))));
        }
        if (header == null) {
            throw new DataException(new Problem(name, 1, 1, Words.err("csvEmpty", String.join(",", HEADER.subList(0, 8)), String.join(",", SHEET.subList(0, 11)))));
        }
        return sheet ? sheet(name, rows, sourceUrl, seeds) : ours(name, rows, sourceUrl, seeds);
    }

    /** The separator the header line uses most, outside quotes: comma, semicolon or tab. */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static boolean isSheet(List<String> header) {
        Set<String> lower = new HashSet<>();
        header.forEach(h -> lower.add(h.toLowerCase(Locale.ROOT)));
        return lower.contains("year") && (lower.contains("headline") || lower.contains("text"));
    }

    private static String sheetColumn(String column) {
        for (String known : SHEET) {
            if (known.equalsIgnoreCase(column)) {
                return known;
            }
        }
        return column;
    }

    private static String checkSheet(List<String> header) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (sheetColumn(column).equals(column) && !SHEET.contains(column)) {
                return Words.err("csvSheetColumn", column, String.join(", ", SHEET));
            }
            if (!seen.add(sheetColumn(column))) {
                return Words.err("csvTwice", column);
            }
        }
        return null;
    }

    private static String checkHeader(List<String> header, char separator) {
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (column.isEmpty()) {
                return Words.err("csvEmptyColumn");
            }
            if (!HEADER.contains(column)) {
                return Words.err("csvColumn", column, String.join(",", HEADER));
            }
            if (!seen.add(column)) {
                return Words.err("csvTwice", column);
            }
        }
        for (String column : List.of("kind", "start")) {
            if (!seen.contains(column)) {
                return Words.err("csvNoColumn", column, String.join(",", HEADER));
            }
        }
        if (!seen.contains("title_en") && !seen.contains("title_zh")) {
            return Words.err("csvNoTitleColumn");
        }
        return null;
    }

    // --- our layout ---

    private static Conversion ours(String name, List<Row> rows, String sourceUrl, SeedLibrary seeds) throws DataException {
        List<Problem> problems = new ArrayList<>();
        DateText.Order order = order(name, rows, List.of("start", "end"), problems);
        ObjectNode tree = OurJson.emptyTree(name);
        String note = "Imported from the CSV file " + name + "; the row is the only source given.";
        Set<String> milestoneIds = new HashSet<>();
        Set<String> eraIds = new HashSet<>();
        Set<String> citationIds = new HashSet<>();
        Set<String> records = new HashSet<>();
        for (Row row : rows) {
            String record = row.get("wic_record");
            if (!record.isBlank()) {
                ours(name, row, record, order, tree, citationIds, problems);
                records.add(row.get("kind") + ":" + row.get("id"));
            } else {
                row(name, row, order, tree, sourceUrl, note, milestoneIds, eraIds, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new Conversion(OurJson.load(name, tree, seeds), List.of(), records);
    }

    /** A row this app wrote: its record, with the edits made to its visible cells, and its citations. */
    private static void ours(String name, Row row, String record, DateText.Order order, ObjectNode tree,
                             Set<String> citationIds, List<Problem> problems) {
        JsonNode node;
        JsonNode citations;
        JsonNode topics;
        try {
            node = OurJson.TREES.readTree(record);
            citations = row.get("wic_citations").isBlank() ? OurJson.TREES.createArrayNode()
                    : OurJson.TREES.readTree(row.get("wic_citations"));
            topics = row.get("wic_topics").isBlank() ? OurJson.TREES.createArrayNode()
                    : OurJson.TREES.readTree(row.get("wic_topics"));
        } catch (JsonProcessingException e) {
            problems.add(new Problem(name, row.line(), row.column("wic_record"),
                    Words.err("csvRecord")));
            return;
        }
        if (!(node instanceof ObjectNode item) || !citations.isArray() || !topics.isArray()) {
            problems.add(new Problem(name, row.line(), row.column("wic_record"), Words.err("csvRecord")));
            return;
        }
        String kind = row.get("kind");
        String section = switch (kind) {
            case "edition" -> "editions";
            case "milestone" -> "milestones";
            case "era" -> "eras";
            default -> null;
        };
        if (section == null) {
            problems.add(new Problem(name, row.line(), row.column("kind"), Words.err("csvKind", kind)));
            return;
        }
        String titleField = kind.equals("edition") ? "name" : kind.equals("era") ? "label" : "title";
        edit(item, titleField, "en", row.get("title_en"));
        edit(item, titleField, "zh", row.get("title_zh"));
        if (!kind.equals("era")) {
            edit(item, "summary", "en", row.get("summary_en"));
            edit(item, "summary", "zh", row.get("summary_zh"));
        }
        DateText.Result start = row.get("start").isBlank() ? null : DateText.parse(row.get("start"), order);
        if (start != null && start.when() != null) {
            TimelineJs.When when = start.when();
            if (kind.equals("edition") && item.get("dates") instanceof ObjectNode dates) {
                if (!when.date().toString().equals(dates.path("start").asText())) {
                    dates.put("start", when.date().toString());
                }
            } else {
                String field = kind.equals("era") ? "start" : "date";
                String precision = kind.equals("era") ? "startPrecision" : "precision";
                if (!when.date().toString().equals(item.path(field).asText())
                        || !when.precision().name().equalsIgnoreCase(item.path(precision).asText("day"))) {
                    item.remove(precision);
                    when.put(item, field, precision);
                }
            }
        } else if (start != null) {
            problems.add(new Problem(name, row.line(), row.column("start"), Words.err("csvDate", "start", row.get("start"),
                    start.ambiguous() ? ambiguous(row.get("start")) : start.error())));
        }
        OurJson.list(tree, section).add(item);
        for (JsonNode c : citations) {
            if (citationIds.add("citation:" + c.path("id").asText())) {
                OurJson.list(tree, "citations").add(c);
            }
        }
        for (JsonNode t : topics) {
            if (citationIds.add("topic:" + t.path("id").asText())) {
                OurJson.list(tree, "topics").add(t);
            }
        }
    }

    /** Sets a text's side when the cell says something else than the record; an emptied cell is left alone. */
    private static void edit(ObjectNode item, String field, String side, String cell) {
        if (cell.isBlank() || !(item.get(field) instanceof ObjectNode text) || cell.equals(text.path(side).asText(""))) {
            return;
        }
        text.put(side, cell);
        text.remove("unknown");
    }

    /** The day/month order the file's unambiguous dates show; a file that shows both is refused at the first that contradicts. */
    private static DateText.Order order(String name, List<Row> rows, List<String> columns, List<Problem> problems) {
        DateText.Order order = DateText.Order.UNKNOWN;
        String firstAt = null;
        for (Row row : rows) {
            for (String column : columns) {
                String value = row.get(column);
                if (value.isBlank()) {
                    continue;
                }
                DateText.Order proves = DateText.parse(value, DateText.Order.UNKNOWN).proves();
                if (proves == DateText.Order.UNKNOWN) {
                    continue;
                }
                if (order == DateText.Order.UNKNOWN) {
                    order = proves;
                    firstAt = row.line() + " (\"" + value + "\")";
                } else if (order != proves) {
                    problems.add(new Problem(name, row.line(), row.column(column), Words.err(proves == DateText.Order.DAY_FIRST
                            ? "csvOrderDay" : "csvOrderMonth", value, firstAt)));
                }
            }
        }
        return order;
    }

    static String ambiguous(String value) {
        String[] parts = value.strip().split("[/.-]");
        return Words.err("csvAmbiguous", parts[0], parts[1]);
    }

    private static void row(String name, Row r, DateText.Order order, ObjectNode tree, String sourceUrl,
                            String note, Set<String> milestoneIds, Set<String> eraIds, List<Problem> problems) {
        int line = r.line();
        String kind = r.get("kind");
        if (!kind.equals("milestone") && !kind.equals("era")) {
            problems.add(new Problem(name, line, r.column("kind"), Words.err(kind.equals("edition") ? "csvEditionNeedsRecord" : "csvKind", kind)));
            return;
        }
        TimelineJs.When start = date(name, r, "start", order, true, problems);
        TimelineJs.When end = date(name, r, "end", order, false, problems);
        String titleEn = r.get("title_en");
        String titleZh = r.get("title_zh");
        if (titleEn.isBlank() && titleZh.isBlank()) {
            problems.add(new Problem(name, line, r.column("title_en"), Words.err("csvNoTitle")));
            return;
        }
        String wanted = r.get("id");
        if (!wanted.isBlank() && !Texts.ID.matcher(wanted).matches()) {
            problems.add(new Problem(name, line, r.column("id"), Words.err("csvId", wanted)));
            return;
        }
        Set<String> taken = kind.equals("era") ? eraIds : milestoneIds;
        if (!wanted.isBlank() && taken.contains(wanted)) {
            problems.add(new Problem(name, line, r.column("id"), Words.err("csvIdTwice", wanted)));
            return;
        }
        if (start == null || (end == null && !r.get("end").isBlank())) {
            return;
        }
        if (end != null && end.date().isBefore(start.date())) {
            problems.add(new Problem(name, line, r.column("end"), Words.err("csvEndBeforeStart", r.get("end"), r.get("start"))));
            return;
        }
        String title = titleEn.isBlank() ? titleZh : titleEn;
        String id = wanted.isBlank() ? Texts.id(title, kind + "-" + line, taken) : wanted;
        taken.add(id);
        String url = r.get("source_url");
        String publisher = r.get("source_publisher");
        if (!url.isBlank() && publisher.isBlank()) {
            problems.add(new Problem(name, line, r.column("source_publisher"), Words.err("csvPublisher")));
            return;
        }
        String quote = r.get("source_quote");
        String source = Sources.cite(OurJson.list(tree, "citations"), (kind.equals("era") ? "era-" : "") + id + "-source",
                url.isBlank() ? sourceUrl : url, publisher.isBlank() ? name : publisher,
                r.get("source_date"), quote.isBlank() ? title : quote,
                url.isBlank() ? note : "Imported from the CSV file " + name + ", line " + line + ".");
        ObjectNode titleNode = texts(titleEn, titleZh);
        if (kind.equals("milestone")) {
            ObjectNode m = OurJson.list(tree, "milestones").addObject();
            m.put("id", id);
            start.put(m, "date", "precision");
            if (start.time() != null) {
                m.put("time", start.time().toString());
            }
            if (end != null && end.date().isAfter(start.date())) {
                end.put(m, "end", "endPrecision");
            }
            if (!r.get("edition").isBlank()) {
                m.put("edition", r.get("edition"));
            }
            if (!r.get("display_date").isBlank()) {
                m.put("displayDate", r.get("display_date"));
            }
            m.put("group", r.get("group").isBlank() ? name : r.get("group"));
            m.set("title", titleNode);
            String en = r.get("summary_en");
            String zh = r.get("summary_zh");
            ObjectNode summary = en.isBlank() && zh.isBlank() ? texts(titleEn, titleZh) : texts(en, zh);
            summary.putArray("sources").add(source);
            m.set("summary", summary);
        } else {
            ObjectNode e = OurJson.list(tree, "eras").addObject();
            e.put("id", id);
            start.put(e, "start", "startPrecision");
            if (end != null) {
                end.put(e, "end", "endPrecision");
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

    private static TimelineJs.When date(String name, Row r, String column, DateText.Order order, boolean required,
                                        List<Problem> problems) {
        String value = r.get(column);
        if (value.isBlank()) {
            if (required) {
                problems.add(new Problem(name, r.line(), r.column(column), Words.err("csvDateEmpty", column)));
            }
            return null;
        }
        DateText.Result result = DateText.parse(value, order);
        if (result.when() == null) {
            problems.add(new Problem(name, r.line(), r.column(column), Words.err("csvDate", column, value,
                    result.ambiguous() ? ambiguous(value) : Words.err("csvDateForms", result.error()))));
        }
        return result.when();
    }

    // --- TimelineJS's spreadsheet ---

    /**
     * TimelineJS's template: each row becomes a TimelineJS event (or the title slide, or an era, by its Type),
     * read exactly as an event of a TimelineJS JSON file; problems point at the row's cells.
     */
    private static Conversion sheet(String name, List<Row> rows, String sourceUrl, SeedLibrary seeds) throws DataException {
        ObjectNode root = OurJson.TREES.createObjectNode();
        ArrayNode events = root.putArray("events");
        ArrayNode eras = root.putArray("eras");
        Map<String, int[]> where = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Row r : rows) {
            String type = r.get("Type").toLowerCase(Locale.ROOT);
            ObjectNode slide;
            String at;
            if (type.equals("title")) {
                slide = root.putObject("title");
                at = "/title";
            } else if (type.equals("era")) {
                at = "/eras/" + eras.size();
                slide = eras.addObject();
            } else {
                at = "/events/" + events.size();
                slide = events.addObject();
            }
            where.put(at, new int[] {r.line(), 1});
            ObjectNode text = slide.putObject("text");
            text.put("headline", r.get("Headline"));
            text.put("text", r.get("Text"));
            if (!type.equals("title")) {
                sheetDate(slide, "start_date", r, "", at, where, problems, name);
                sheetDate(slide, "end_date", r, "End ", at, where, problems, name);
            }
            if (!r.get("Display Date").isBlank() && slide.get("start_date") instanceof ObjectNode start) {
                start.put("display_date", r.get("Display Date"));
            }
            if (!r.get("Media").isBlank() || !r.get("Media Credit").isBlank()) {
                ObjectNode media = slide.putObject("media");
                media.put("url", r.get("Media"));
                media.put("credit", r.get("Media Credit"));
                media.put("caption", r.get("Media Caption"));
            }
            if (!r.get("Group").isBlank()) {
                slide.put("group", r.get("Group"));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        OurJson.Located located = new OurJson.Located(root, pointer -> {
            for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
                int[] at = where.get(p);
                if (at != null) {
                    return at;
                }
                if (p.isEmpty() || p.lastIndexOf('/') < 0) {
                    return new int[] {1, 1};
                }
            }
        });
        return TimelineJs.read(name, located, sourceUrl, seeds);
    }

    private static void sheetDate(ObjectNode slide, String field, Row r, String prefix, String at,
                                  Map<String, int[]> where, List<Problem> problems, String name) {
        String year = r.get(prefix + "Year");
        if (year.isBlank()) {
            if (!prefix.isEmpty()) {
                return;
            }
            where.put(at + "/" + field, new int[] {r.line(), r.column("Year")});
            return;
        }
        ObjectNode date = slide.putObject(field);
        date.put("year", year);
        where.put(at + "/" + field, new int[] {r.line(), r.column(prefix + "Year")});
        where.put(at + "/" + field + "/year", new int[] {r.line(), r.column(prefix + "Year")});
        if (!r.get(prefix + "Month").isBlank()) {
            date.put("month", r.get(prefix + "Month"));
        }
        if (!r.get(prefix + "Day").isBlank()) {
            date.put("day", r.get(prefix + "Day"));
        }
        String time = r.get(prefix + "Time");
        if (!time.isBlank()) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2}))?\\s*(am|pm)?").matcher(time);
            if (!m.matches()) {
                problems.add(new Problem(name, r.line(), r.column(prefix + "Time"), Words.err("csvTime", prefix + "Time", time)));
                return;
            }
            int hour = Integer.parseInt(m.group(1));
            if (m.group(4) != null) {
                hour = hour % 12 + (m.group(4).equalsIgnoreCase("pm") ? 12 : 0);
            }
            date.put("hour", hour);
            date.put("minute", m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            if (m.group(3) != null) {
                date.put("second", Integer.parseInt(m.group(3)));
            }
        }
    }

    // --- writing ---

    /**
     * Every edition, milestone and era, one per row, UTF-8 with a byte-order mark (Excel and LibreOffice then
     * read Chinese correctly). The visible cells hold both languages and the first web citation; the last
     * two columns hold the record and its citations, so the file reads back unchanged.
     */
    public static byte[] write(Dataset d) {
        CsvSchema schema = CsvSchema.emptySchema().withoutHeader();
        StringWriter out = new StringWriter();
        out.write(BOM);
        JsonNode ours;
        try {
            ours = OurJson.TREES.readTree(OurJson.write(d));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        try (var writer = CSV.writer(schema).with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS).writeValues(out)) {
            writer.write(HEADER);
            for (int i = 0; i < d.editions().size(); i++) {
                Edition e = d.editions().get(i);
                writer.write(row(d, "edition", e.id(), HistoricalDate.day(e.dates().start()),
                        e.dates().end() == null ? null : HistoricalDate.day(e.dates().end()), e.name().text(),
                        e.summary().text(), "", "", "", e.summary().sources(), ours.get("editions").get(i)));
            }
            for (int i = 0; i < d.milestones().size(); i++) {
                Milestone m = d.milestones().get(i);
                writer.write(row(d, "milestone", m.id(), m.when(), m.until(), m.title(), m.summary().text(),
                        orEmpty(m.edition()), orEmpty(m.group()), orEmpty(m.displayDate()), m.summary().sources(),
                        ours.get("milestones").get(i)));
            }
            for (int i = 0; i < d.eras().size(); i++) {
                Era e = d.eras().get(i);
                writer.write(row(d, "era", e.id(), e.startWhen(), e.endWhen(), e.label(), new Text(null, null), "", "", "",
                        e.sources(), ours.get("eras").get(i)));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot write CSV to memory", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> row(Dataset d, String kind, String id, HistoricalDate start, HistoricalDate end, Text title,
                                    Text summary, String edition, String group, String display, List<String> sources,
                                    JsonNode record) {
        Citation source = sources.stream().map(d::citation).flatMap(java.util.Optional::stream)
                .filter(c -> Privacy.isLink(c.url())).findFirst().orElse(null);
        ArrayNode citations = OurJson.TREES.createArrayNode();
        ArrayNode topics = OurJson.TREES.createArrayNode();
        Set<String> ids = new LinkedHashSet<>(sources);
        Sources.collect(record, ids);
        List<String> topicIds = new ArrayList<>();
        record.path("topics").forEach(t -> topicIds.add(t.asText()));
        try {
            JsonNode all = OurJson.TREES.readTree(OurJson.write(new Dataset(null,
                    topicIds.stream().map(d::topic).flatMap(java.util.Optional::stream).toList(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    ids.stream().map(d::citation).flatMap(java.util.Optional::stream).toList())));
            all.get("citations").forEach(citations::add);
            all.get("topics").forEach(topics::add);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return List.of(kind, id, DateText.write(start), end == null ? "" : DateText.write(end), orEmpty(title.en()),
                orEmpty(title.zh()), orEmpty(summary.en()), orEmpty(summary.zh()), edition, group, display,
                source == null ? "" : source.url(), source == null ? "" : orEmpty(source.publisher()),
                source == null ? "" : orEmpty(source.date()), source == null ? "" : orEmpty(source.quote()),
                record.toString(), citations.toString(), topics.toString());
    }
    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
