package org.wicexplorer.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.DatePrecision;
import org.wicexplorer.model.HistoricalDate;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Era;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Milestone;

/**
 * TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html) to and from the dataset. Editions,
 * milestones and eras are written as TimelineJS events and eras; each also carries its full record in a
 * {@code wic_*} field, which TimelineJS ignores, so a file this app wrote reads back unchanged. Events of
 * other files become milestones (docs/import-export.md, "TimelineJS").
 */
public final class TimelineJs {
    static final String EDITION = "wic_edition";
    static final String MILESTONE = "wic_milestone";
    static final String ERA = "wic_era";
    static final String TOPICS = "wic_topics";
    static final String CITATIONS = "wic_citations";
    /** The language the visible texts were written in, so that edits to them land on the right side. */
    static final String LANGUAGE = "wic_language";
    static final String SOURCES_CLASS = "wic-sources";

    private TimelineJs() {
    }

    /** Whether a JSON tree looks like a TimelineJS file rather than our format. */
    static boolean looksLike(JsonNode root) {
        return root.isObject() && root.has("events") && !root.has("formatVersion");
    }

    public static Conversion read(String name, String json, String sourceUrl, SeedLibrary seeds) throws DataException {
        return read(name, OurJson.parse(name, json), sourceUrl, seeds);
    }

    /** A TimelineJS tree, from a JSON file or built from a TimelineJS spreadsheet ({@link CsvEvents}). */
    static Conversion read(String name, OurJson.Located parsed, String sourceUrl, SeedLibrary seeds) throws DataException {
        JsonNode root = parsed.root();
        List<Problem> problems = new ArrayList<>();
        List<ImportReport.Entry> skipped = new ArrayList<>();
        if (!root.isObject() || !root.path("events").isArray()) {
            throw new DataException(parsed.problem(name, "",
                    Words.err("tlShape")));
        }
        String title = Texts.plain(root.path("title").path("text").path("headline").asText(""));
        ObjectNode tree = OurJson.emptyTree(title.isBlank() ? name : title);
        String publisher = title.isBlank() ? name : title;
        String note = "Imported from the TimelineJS file " + name + "; the file is the only source given.";
        copyList(root, TOPICS, OurJson.list(tree, "topics"), parsed, name, problems);
        copyList(root, CITATIONS, OurJson.list(tree, "citations"), parsed, name, problems);

        Language written = "zh".equals(root.path(LANGUAGE).asText("")) ? Language.ZH : Language.EN;
        Set<String> ids = new HashSet<>();
        Set<String> records = new HashSet<>();
        JsonNode events = root.get("events");
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String at = "/events/" + i;
            if (!event.isObject()) {
                problems.add(parsed.problem(name, at, Words.err("tlEventObject")));
            } else if (event.get(EDITION) instanceof ObjectNode edition) {
                Edits.edition(edition, event, written, at, parsed, name, problems);
                records.add("edition:" + edition.path("id").asText());
                OurJson.list(tree, "editions").add(edition);
            } else if (event.get(MILESTONE) instanceof ObjectNode milestone) {
                Edits.milestone(milestone, event, written, at, parsed, name, problems);
                records.add("milestone:" + milestone.path("id").asText());
                OurJson.list(tree, "milestones").add(milestone);
            } else {
                String headline = Texts.plain(event.path("text").path("headline").asText(""));
                // Our own "Sources: …" line (in a file stripped of our fields) is not part of the text.
                Texts.Html body = Texts.read(Texts.without(event.path("text").path("text").asText(""), SOURCES_CLASS));
                String text = body.text();
                When date = when(event.get("start_date"), at + "/start_date", parsed, name, problems);
                When end = event.has("end_date") && !event.get("end_date").isNull()
                        ? when(event.get("end_date"), at + "/end_date", parsed, name, problems) : null;
                if (headline.isBlank() && text.isBlank()) {
                    skipped.add(ImportReport.Entry.skipped(name, "event", String.valueOf(i + 1), ImportReport.Reason.NO_TEXT, null));
                    continue;
                }
                if (date == null) {
                    continue;
                }
                // A coarser end may begin before the start and still end after it ("1914" after 28 July 1914).
                if (end != null && lastDay(end).isBefore(date.date())) {
                    problems.add(parsed.problem(name, at + "/end_date", Words.err("tlEndBeforeStart")));
                    continue;
                }
                String label = headline.isBlank() ? abbreviate(text) : headline;
                String id = Texts.id(event.path("unique_id").asText(label), "event-" + (i + 1), ids);
                ArrayNode citations = OurJson.list(tree, "citations");
                String media = event.path("media").path("url").asText("").strip();
                String credit = Texts.plain(event.path("media").path("credit").asText(""));
                List<String> sources = new ArrayList<>();
                if (Privacy.isLink(media)) {
                    sources.add(Sources.cite(citations, id + "-source", media, credit.isBlank() ? publisher : credit,
                            null, label, credit.isBlank() ? note : "The event's media in " + name + ", credited to " + credit + "."));
                } else {
                    sources.add(Sources.cite(citations, id + "-source", sourceUrl, publisher, null, label,
                            credit.isBlank() ? note : note + " Media credit: " + credit + "."));
                }
                for (int k = 0; k < body.links().size(); k++) {
                    Texts.Link link = body.links().get(k);
                    sources.add(Sources.cite(citations, id + "-link-" + (k + 1), link.url(), host(link.url()), null,
                            link.label().isBlank() ? label : link.label(), "A link in the text of " + label + " in " + name + "."));
                }
                ObjectNode m = OurJson.list(tree, "milestones").addObject();
                m.put("id", id);
                date.put(m, "date", "precision");
                if (date.time() != null) {
                    m.put("time", date.time().toString());
                }
                if (end != null && end.date().isAfter(date.date())) {
                    end.put(m, "end", "endPrecision");
                }
                // TimelineJS reads display_date on the date, and a slide-level one as its Google Sheets loader writes it.
                String slideDisplay = Texts.plain(event.path("display_date").asText(""));
                if (date.display() != null) {
                    m.put("displayDate", date.display());
                } else if (!slideDisplay.isBlank()) {
                    m.put("displayDate", slideDisplay);
                }
                m.put("group", event.path("group").asText("").isBlank() ? publisher : Texts.plain(event.path("group").asText()));
                m.set("title", Texts.text(label));
                ObjectNode summary = Texts.text(text.isBlank() ? label : text);
                sources.forEach(summary.putArray("sources")::add);
                m.set("summary", summary);
            }
        }
        JsonNode eras = root.path("eras");
        if (!eras.isMissingNode() && !eras.isArray()) {
            problems.add(parsed.problem(name, "/eras", Words.err("mustBeList", "eras")));
            eras = OurJson.TREES.createArrayNode();
        }
        Set<String> eraIds = new HashSet<>();
        for (int i = 0; i < eras.size(); i++) {
            JsonNode era = eras.get(i);
            String at = "/eras/" + i;
            if (era.get(ERA) instanceof ObjectNode ours) {
                Edits.era(ours, era, written, at, parsed, name, problems);
                records.add("era:" + ours.path("id").asText());
                OurJson.list(tree, "eras").add(ours);
                continue;
            }
            String label = Texts.plain(era.path("text").path("headline").asText(""));
            When start = when(era.get("start_date"), at + "/start_date", parsed, name, problems);
            When end = when(era.get("end_date"), at + "/end_date", parsed, name, problems);
            if (label.isBlank()) {
                problems.add(parsed.problem(name, at, Words.err("tlEraHeadline")));
                continue;
            }
            if (start == null || end == null) {
                continue;
            }
            String id = Texts.id(era.path("unique_id").asText(label), "era-" + (i + 1), eraIds);
            String source = Sources.cite(OurJson.list(tree, "citations"), "era-" + id + "-source", sourceUrl, publisher,
                    null, label, note);
            ObjectNode e = OurJson.list(tree, "eras").addObject();
            e.put("id", id);
            start.put(e, "start", "startPrecision");
            end.put(e, "end", "endPrecision");
            e.set("label", Texts.text(label));
            e.putArray("sources").add(source);
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new Conversion(OurJson.load(name, tree, seeds), skipped, records);
    }

    private static void copyList(JsonNode root, String field, ArrayNode into, OurJson.Located parsed, String name,
                                 List<Problem> problems) {
        JsonNode list = root.get(field);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            problems.add(parsed.problem(name, "/" + field, Words.err("mustBeList", field)));
            return;
        }
        list.forEach(into::add);
    }

    /** A TimelineJS date read: its first day, how precise it is, its time and the text TimelineJS shows instead. */
    record When(LocalDate date, DatePrecision precision, LocalTime time, String display) {
        void put(ObjectNode into, String field, String precisionField) {
            into.put(field, date.toString());
            if (precision != DatePrecision.DAY) {
                into.put(precisionField, precision.name().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    /**
     * A TimelineJS date: {@code year} required (a number or a whole-number string; negative for BCE, as
     * TimelineJS shows −776 as "776 BCE"), then month, day, hour, minute, second, each optional; what is
     * given sets the precision. {@code display_date} is kept as written.
     */
    private static When when(JsonNode node, String at, OurJson.Located parsed, String name, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(parsed.problem(name, node == null ? at.substring(0, at.lastIndexOf('/')) : at,
                    Words.err("tlMissingDate", at.substring(at.lastIndexOf('/') + 1))));
            return null;
        }
        Long year = number(node.get("year"));
        Long[] parts = new Long[5];
        String[] fields = {"month", "day", "hour", "minute", "second"};
        boolean bad = year == null;
        for (int i = 0; i < fields.length; i++) {
            JsonNode v = node.get(fields[i]);
            if (v != null && !v.isNull() && !v.asText("").isBlank()) {
                parts[i] = number(v);
                bad |= parts[i] == null;
            }
        }
        if (bad) {
            problems.add(parsed.problem(name, at, Words.err("tlNumbers")));
            return null;
        }
        if (year == 0) {
            problems.add(parsed.problem(name, at + "/year", Words.err("yearZero")));
            return null;
        }
        long iso = HistoricalDate.isoYear(Math.abs(year), year < 0);
        if (iso < HistoricalDate.MIN_ISO_YEAR || iso > HistoricalDate.MAX_ISO_YEAR) {
            problems.add(parsed.problem(name, at + "/year", Words.err("yearRange", String.valueOf(year),
                    1 - HistoricalDate.MIN_ISO_YEAR, HistoricalDate.MAX_ISO_YEAR)));
            return null;
        }
        DatePrecision precision = parts[0] == null ? DatePrecision.YEAR : parts[1] == null ? DatePrecision.MONTH : DatePrecision.DAY;
        if (parts[0] == null && parts[1] != null) {
            problems.add(parsed.problem(name, at, Words.err("dayNeedsMonth")));
            return null;
        }
        try {
            LocalDate date = LocalDate.of((int) iso, parts[0] == null ? 1 : Math.toIntExact(parts[0]),
                    parts[1] == null ? 1 : Math.toIntExact(parts[1]));
            LocalTime time = null;
            if (parts[2] != null && precision == DatePrecision.DAY) {
                time = LocalTime.of(Math.toIntExact(parts[2]), parts[3] == null ? 0 : Math.toIntExact(parts[3]),
                        parts[4] == null ? 0 : Math.toIntExact(parts[4]));
            }
            String display = node.path("display_date").asText("");
            return new When(date, precision, time, display.isBlank() ? null : Texts.plain(display));
        } catch (DateTimeException | ArithmeticException e) {
            problems.add(parsed.problem(name, at, Words.err("notADateBecause", e.getMessage())));
            return null;
        }
    }

    private static Long number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isTextual()) {
            try {
                return Long.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** The last day of the period a date names: 31 December of a year-only date. */
    private static LocalDate lastDay(When w) {
        return switch (w.precision()) {
            case YEAR -> w.date().withDayOfYear(w.date().lengthOfYear());
            case MONTH -> w.date().withDayOfMonth(w.date().lengthOfMonth());
            case DAY -> w.date();
        };
    }

    /** A link's site as its publisher: "www.example.org". */
    private static String host(String url) {
        try {
            String host = java.net.URI.create(url).getHost();
            return host == null ? url : host;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Reads a TimelineJS date object for {@link Edits}. */
    static When when(JsonNode node, String at, OurJson.Located parsed, String name, List<Problem> problems, boolean optional) {
        return optional && (node == null || node.isNull()) ? null : when(node, at, parsed, name, problems);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    // --- writing ---

    /**
     * A TimelineJS file of the dataset's editions, milestones and eras, in {@code language} throughout: the
     * title slide, the group labels, each slide's text and the sources it ends with.
     */
    public static byte[] write(Dataset d, Language language) {
        return write(d, language, null);
    }

    /** As {@link #write(Dataset, Language)}; {@code seeds} (may be null) give the titles of cited seed documents. */
    public static byte[] write(Dataset d, Language language, SeedLibrary seeds) {
        Words words = Words.of(language);
        JsonNode ours;
        try {
            ours = OurJson.TREES.readTree(OurJson.write(d));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode root = OurJson.TREES.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        String headline = d.info() == null ? "" : d.info().title();
        if (language == Language.ZH && Texts.languageOf(headline) != Language.ZH) {
            headline = words.t("tl.title");
        }
        title.put("headline", Texts.html(headline));
        if (d.info() != null && d.info().note() != null) {
            title.put("text", Texts.html(d.info().note().in(language)));
        }
        ArrayNode events = root.putArray("events");
        LocalDate last = LocalDate.MIN;
        for (int i = 0; i < d.editions().size(); i++) {
            Edition e = d.editions().get(i);
            ObjectNode event = event(events, e.id(), words.t("tl.groupEditions"), HistoricalDate.day(e.dates().start()),
                    e.dates().end() == null ? null : HistoricalDate.day(e.dates().end()), null,
                    e.name().in(language), e.summary().in(language), sources(d, e.summary().sources(), words, seeds));
            event.set(EDITION, ours.get("editions").get(i));
            last = max(last, e.dates().lastKnownDay());
        }
        for (int i = 0; i < d.milestones().size(); i++) {
            Milestone m = d.milestones().get(i);
            ObjectNode event = event(events, m.id(), m.group() != null ? m.group() : words.t("tl.groupMilestones"),
                    m.when(), m.until(), m.displayDate(), m.title().in(language), m.summary().in(language),
                    sources(d, m.summary().sources(), words, seeds));
            event.set(MILESTONE, ours.get("milestones").get(i));
            last = max(last, m.lastDay());
        }
        ArrayNode eras = root.putArray("eras");
        for (int i = 0; i < d.eras().size(); i++) {
            Era e = d.eras().get(i);
            ObjectNode era = eras.addObject();
            // TimelineJS ignores an era's id; we read it back, so a file stripped of our fields keeps its eras' ids.
            era.put("unique_id", e.id());
            era.set("start_date", date(e.startWhen(), null));
            // TimelineJS needs an end; an ongoing era is drawn to the last event.
            era.set("end_date", e.end() != null ? date(e.endWhen(), null) : date(HistoricalDate.day(max(e.start(), last)), null));
            era.putObject("text").put("headline", Texts.html(e.label().in(language)));
            era.set(ERA, ours.get("eras").get(i));
        }
        root.put(LANGUAGE, language.name().toLowerCase(java.util.Locale.ROOT));
        root.set(TOPICS, ours.get("topics"));
        root.set(CITATIONS, ours.get("citations"));
        try {
            return OurJson.TREES.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The slide's closing line of sources: "Sources: <a href=…>publisher</a>; seed document title". */
    static String sources(Dataset d, List<String> ids, Words words, SeedLibrary seeds) {
        List<String> parts = new ArrayList<>();
        for (String id : ids) {
            d.citation(id).ifPresent(c -> {
                String label = c.publisher() != null ? c.publisher() : c.title() != null ? c.title() : c.document();
                String url = c.url();
                if (c.document() != null && seeds != null) {
                    var doc = seeds.document(c.document()).orElse(null);
                    if (doc != null) {
                        label = doc.title().in(words.language());
                        url = doc.origin();
                    }
                }
                String part = Privacy.isLink(url)
                        ? "<a href=\"" + Texts.html(url).replace("\"", "&quot;") + "\">" + Texts.html(label) + "</a>"
                        : Texts.html(label);
                if (!parts.contains(part)) {
                    parts.add(part);
                }
            });
        }
        return parts.isEmpty() ? "" : "<p class=\"" + SOURCES_CLASS + "\">"
                + words.t("tl.sources", String.join(words.language() == Language.ZH ? "；" : "; ", parts)) + "</p>";
    }

    private static ObjectNode event(ArrayNode events, String id, String group, HistoricalDate start, HistoricalDate end,
                                    String display, String headline, String text, String sources) {
        ObjectNode event = events.addObject();
        event.put("unique_id", id);
        event.put("group", group);
        event.set("start_date", date(start, display));
        if (end != null && !end.date().equals(start.date())) {
            event.set("end_date", date(end, null));
        }
        ObjectNode t = event.putObject("text");
        t.put("headline", Texts.html(headline));
        t.put("text", "<p>" + Texts.html(text) + "</p>" + sources);
        return event;
    }

    /** A TimelineJS date with as many parts as are known; a BCE year is negative, as TimelineJS shows it. */
    static ObjectNode date(HistoricalDate when, String display) {
        ObjectNode node = OurJson.TREES.createObjectNode();
        node.put("year", when.isBce() ? -when.year() : when.year());
        if (when.precision() != DatePrecision.YEAR) {
            node.put("month", when.date().getMonthValue());
        }
        if (when.precision() == DatePrecision.DAY) {
            node.put("day", when.date().getDayOfMonth());
        }
        if (when.time() != null) {
            node.put("hour", when.time().getHour());
            node.put("minute", when.time().getMinute());
            if (when.time().getSecond() != 0) {
                node.put("second", when.time().getSecond());
            }
        }
        if (display != null) {
            node.put("display_date", display);
        }
        return node;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
