package org.wicexplorer.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
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

    private TimelineJs() {
    }

    /** Whether a JSON tree looks like a TimelineJS file rather than our format. */
    static boolean looksLike(JsonNode root) {
        return root.isObject() && root.has("events") && !root.has("formatVersion");
    }

    public static Conversion read(String name, String json, String sourceUrl, SeedLibrary seeds) throws DataException {
        OurJson.Located parsed = OurJson.parse(name, json);
        JsonNode root = parsed.root();
        List<Problem> problems = new ArrayList<>();
        List<ImportReport.Entry> skipped = new ArrayList<>();
        if (!root.isObject() || !root.path("events").isArray()) {
            throw new DataException(parsed.problem(name, "",
                    "a TimelineJS file is a JSON object with an \"events\" list"));
        }
        String title = Texts.plain(root.path("title").path("text").path("headline").asText(""));
        ObjectNode tree = OurJson.emptyTree(title.isBlank() ? name : title);
        String publisher = title.isBlank() ? name : title;
        String note = "Imported from the TimelineJS file " + name + "; the file is the only source given.";
        copyList(root, TOPICS, OurJson.list(tree, "topics"), parsed, name, problems);
        copyList(root, CITATIONS, OurJson.list(tree, "citations"), parsed, name, problems);

        Set<String> ids = new HashSet<>();
        JsonNode events = root.get("events");
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String at = "/events/" + i;
            if (!event.isObject()) {
                problems.add(parsed.problem(name, at, "an event must be an object"));
            } else if (event.get(EDITION) instanceof ObjectNode edition) {
                OurJson.list(tree, "editions").add(edition);
            } else if (event.get(MILESTONE) instanceof ObjectNode milestone) {
                OurJson.list(tree, "milestones").add(milestone);
            } else {
                String headline = Texts.plain(event.path("text").path("headline").asText(""));
                String text = Texts.plain(event.path("text").path("text").asText(""));
                LocalDate date = date(event.get("start_date"), at + "/start_date", parsed, name, problems);
                if (headline.isBlank() && text.isBlank()) {
                    skipped.add(ImportReport.Entry.skipped(name, "event", String.valueOf(i + 1), ImportReport.Reason.NO_TEXT, null));
                    continue;
                }
                if (date == null) {
                    continue;
                }
                String label = headline.isBlank() ? abbreviate(text) : headline;
                String id = Texts.id(event.path("unique_id").asText(label), "event-" + (i + 1), ids);
                String media = event.path("media").path("url").asText("");
                String url = media.startsWith("https://") || media.startsWith("http://") ? media : sourceUrl;
                String source = Sources.cite(OurJson.list(tree, "citations"), id + "-source", url, publisher, null,
                        label, note);
                ObjectNode m = OurJson.list(tree, "milestones").addObject();
                m.put("id", id);
                m.put("date", date.toString());
                m.set("title", Texts.text(label));
                m.set("summary", Sources.fact(text.isBlank() ? label : text, source));
            }
        }
        JsonNode eras = root.path("eras");
        if (!eras.isMissingNode() && !eras.isArray()) {
            problems.add(parsed.problem(name, "/eras", "\"eras\" must be a list"));
            eras = OurJson.TREES.createArrayNode();
        }
        Set<String> eraIds = new HashSet<>();
        for (int i = 0; i < eras.size(); i++) {
            JsonNode era = eras.get(i);
            String at = "/eras/" + i;
            if (era.get(ERA) instanceof ObjectNode ours) {
                OurJson.list(tree, "eras").add(ours);
                continue;
            }
            String label = Texts.plain(era.path("text").path("headline").asText(""));
            LocalDate start = date(era.get("start_date"), at + "/start_date", parsed, name, problems);
            LocalDate end = date(era.get("end_date"), at + "/end_date", parsed, name, problems);
            if (label.isBlank()) {
                problems.add(parsed.problem(name, at, "an era needs a headline (\"text\": {\"headline\": …})"));
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
            e.put("start", start.toString());
            e.put("end", end.toString());
            e.set("label", Texts.text(label));
            e.putArray("sources").add(source);
        }
        if (!problems.isEmpty()) {
            throw new DataException(problems);
        }
        return new Conversion(OurJson.load(name, tree, seeds), skipped);
    }

    private static void copyList(JsonNode root, String field, ArrayNode into, OurJson.Located parsed, String name,
                                 List<Problem> problems) {
        JsonNode list = root.get(field);
        if (list == null) {
            return;
        }
        if (!list.isArray()) {
            problems.add(parsed.problem(name, "/" + field, "\"" + field + "\" must be a list"));
            return;
        }
        list.forEach(into::add);
    }

    /** A TimelineJS date: {@code year} required (a number or a whole-number string), month and day optional. */
    private static LocalDate date(JsonNode node, String at, OurJson.Located parsed, String name, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(parsed.problem(name, node == null ? at.substring(0, at.lastIndexOf('/')) : at,
                    "missing " + at.substring(at.lastIndexOf('/') + 1) + " (an object with at least a \"year\")"));
            return null;
        }
        Integer year = number(node.get("year"));
        Integer month = node.has("month") && !node.get("month").asText("").isBlank() ? number(node.get("month")) : Integer.valueOf(1);
        Integer day = node.has("day") && !node.get("day").asText("").isBlank() ? number(node.get("day")) : Integer.valueOf(1);
        if (year == null || month == null || day == null) {
            problems.add(parsed.problem(name, at, "\"year\", \"month\" and \"day\" must be whole numbers, and \"year\" is required"));
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            problems.add(parsed.problem(name, at, "not a date: " + e.getMessage()));
            return null;
        }
    }

    private static Integer number(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    // --- writing ---

    /** A TimelineJS file of the dataset's editions, milestones and eras, with headlines in {@code language}. */
    public static byte[] write(Dataset d, Language language) {
        JsonNode ours;
        try {
            ours = OurJson.TREES.readTree(OurJson.write(d));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode root = OurJson.TREES.createObjectNode();
        ObjectNode title = root.putObject("title").putObject("text");
        title.put("headline", Texts.html(d.info() == null ? "" : d.info().title()));
        if (d.info() != null && d.info().note() != null) {
            title.put("text", Texts.html(d.info().note().in(language)));
        }
        ArrayNode events = root.putArray("events");
        LocalDate last = LocalDate.MIN;
        for (int i = 0; i < d.editions().size(); i++) {
            Edition e = d.editions().get(i);
            ObjectNode event = event(events, e.id(), "editions", e.dates().start(), e.dates().end(),
                    e.name().in(language), e.summary().in(language));
            event.set(EDITION, ours.get("editions").get(i));
            last = max(last, e.dates().lastKnownDay());
        }
        for (int i = 0; i < d.milestones().size(); i++) {
            Milestone m = d.milestones().get(i);
            ObjectNode event = event(events, m.id(), "milestones", m.date(), null, m.title().in(language),
                    m.summary().in(language));
            event.set(MILESTONE, ours.get("milestones").get(i));
            last = max(last, m.date());
        }
        ArrayNode eras = root.putArray("eras");
        for (int i = 0; i < d.eras().size(); i++) {
            Era e = d.eras().get(i);
            ObjectNode era = eras.addObject();
            era.set("start_date", date(e.start()));
            // TimelineJS needs an end; an ongoing era is drawn to the last event.
            era.set("end_date", date(e.end() != null ? e.end() : max(e.start(), last)));
            era.putObject("text").put("headline", Texts.html(e.label().in(language)));
            era.set(ERA, ours.get("eras").get(i));
        }
        root.set(TOPICS, ours.get("topics"));
        root.set(CITATIONS, ours.get("citations"));
        try {
            return OurJson.TREES.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode event(ArrayNode events, String id, String group, LocalDate start, LocalDate end,
                                    String headline, String text) {
        ObjectNode event = events.addObject();
        event.put("unique_id", id);
        event.put("group", group);
        event.set("start_date", date(start));
        if (end != null && !end.equals(start)) {
            event.set("end_date", date(end));
        }
        ObjectNode t = event.putObject("text");
        t.put("headline", Texts.html(headline));
        t.put("text", Texts.html(text));
        return event;
    }

    private static ObjectNode date(LocalDate date) {
        ObjectNode node = OurJson.TREES.createObjectNode();
        node.put("year", date.getYear());
        node.put("month", date.getMonthValue());
        node.put("day", date.getDayOfMonth());
        return node;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
