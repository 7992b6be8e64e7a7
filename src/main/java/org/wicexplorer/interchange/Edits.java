package org.wicexplorer.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.wicexplorer.data.Problem;
import org.wicexplorer.model.DatePrecision;
import org.wicexplorer.model.Language;

/**
 * Edits made to an exported TimelineJS file. Each event of our export carries its whole record in a
 * {@code wic_*} field and shows some of it (headline, text, dates) in TimelineJS's own fields; where the
 * shown fields no longer say what the record says, the user edited them, and the record takes the edit in
 * the language the file was written in. The import then reports the item as edited ({@link Importer}).
 */
final class Edits {
    private Edits() {
    }

    static void milestone(ObjectNode record, JsonNode event, Language language, String at, OurJson.Located parsed,
                          String name, List<Problem> problems) {
        text(record, "title", event.path("text").path("headline"), language, false);
        text(record, "summary", event.path("text").path("text"), language, true);
        TimelineJs.When start = TimelineJs.when(event.get("start_date"), at + "/start_date", parsed, name, problems, true);
        if (start != null && !start.equals(recorded(record, "date", "precision", "time", "displayDate"))) {
            put(record, start, "date", "precision");
            record.remove("time");
            if (start.time() != null) {
                record.put("time", start.time().toString());
            }
            record.remove("displayDate");
            if (start.display() != null) {
                record.put("displayDate", start.display());
            }
        }
        TimelineJs.When end = TimelineJs.when(event.get("end_date"), at + "/end_date", parsed, name, problems, true);
        TimelineJs.When wasEnd = recorded(record, "end", "endPrecision", null, null);
        if (end != null && !end.equals(wasEnd)) {
            put(record, end, "end", "endPrecision");
        }
    }

    static void edition(ObjectNode record, JsonNode event, Language language, String at, OurJson.Located parsed,
                        String name, List<Problem> problems) {
        text(record, "name", event.path("text").path("headline"), language, false);
        text(record, "summary", event.path("text").path("text"), language, true);
        if (!(record.get("dates") instanceof ObjectNode dates)) {
            return;
        }
        TimelineJs.When start = TimelineJs.when(event.get("start_date"), at + "/start_date", parsed, name, problems, true);
        if (start != null && start.precision() == DatePrecision.DAY && !start.date().toString().equals(dates.path("start").asText())) {
            dates.put("start", start.date().toString());
        }
        TimelineJs.When end = TimelineJs.when(event.get("end_date"), at + "/end_date", parsed, name, problems, true);
        if (end != null && end.precision() == DatePrecision.DAY && !end.date().toString().equals(dates.path("end").asText())) {
            dates.put("end", end.date().toString());
        }
    }

    static void era(ObjectNode record, JsonNode era, Language language, String at, OurJson.Located parsed,
                    String name, List<Problem> problems) {
        text(record, "label", era.path("text").path("headline"), language, false);
        TimelineJs.When start = TimelineJs.when(era.get("start_date"), at + "/start_date", parsed, name, problems, true);
        if (start != null && !start.equals(recorded(record, "start", "startPrecision", null, null))) {
            put(record, start, "start", "startPrecision");
        }
        // An ongoing era is written with the last event as its end; only a recorded end can be edited.
        TimelineJs.When end = TimelineJs.when(era.get("end_date"), at + "/end_date", parsed, name, problems, true);
        TimelineJs.When wasEnd = recorded(record, "end", "endPrecision", null, null);
        if (end != null && wasEnd != null && !end.equals(wasEnd)) {
            put(record, end, "end", "endPrecision");
        }
    }

    /** Puts the shown text into the record's {@code field} in {@code language} when it differs from what was written. */
    private static void text(ObjectNode record, String field, JsonNode shown, Language language, boolean body) {
        if (!shown.isTextual() || !(record.get(field) instanceof ObjectNode text)) {
            return;
        }
        String html = body ? Texts.without(shown.asText(), TimelineJs.SOURCES_CLASS) : shown.asText();
        String now = Texts.plain(html);
        if (now.isBlank() || now.equals(in(text, language))) {
            return;
        }
        text.put(language.name().toLowerCase(Locale.ROOT), now);
        text.remove("unknown");
    }

    /** As {@code Text.in}: the language's side, else the other. */
    private static String in(ObjectNode text, Language language) {
        String first = text.path(language == Language.ZH ? "zh" : "en").asText("");
        String second = text.path(language == Language.ZH ? "en" : "zh").asText("");
        return Texts.plain(Texts.html(first.isBlank() ? second : first));
    }

    private static TimelineJs.When recorded(ObjectNode record, String field, String precisionField, String timeField,
                                            String displayField) {
        String date = record.path(field).asText("");
        if (date.isBlank()) {
            return null;
        }
        String display = displayField != null && record.path(displayField).isTextual() ? record.path(displayField).asText() : null;
        try {
            // A damaged record is left as it is: the loader reports what is wrong with it.
            DatePrecision precision = record.path(precisionField).isTextual()
                    ? DatePrecision.valueOf(record.path(precisionField).asText().toUpperCase(Locale.ROOT)) : DatePrecision.DAY;
            LocalTime time = timeField != null && record.path(timeField).isTextual() ? LocalTime.parse(record.path(timeField).asText()) : null;
            return new TimelineJs.When(LocalDate.parse(date), precision, time, display);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void put(ObjectNode record, TimelineJs.When when, String field, String precisionField) {
        record.remove(precisionField);
        when.put(record, field, precisionField);
    }
}
