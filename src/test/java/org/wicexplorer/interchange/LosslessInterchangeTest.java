package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.DatePrecision;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Milestone;

/**
 * Issue 18 §1: dates keep their precision end to end, spreadsheet CSVs import, HTML keeps its links and
 * credits as citations, edited exports apply as edits, and no path of the user's machine leaves in an export.
 */
class LosslessInterchangeTest {
    private static SeedLibrary seeds;
    private static Dataset bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        bundled = new DatasetLoader(seeds).loadBundled().dataset();
    }

    private static final String WORLD = """
            {"title": {"text": {"headline": "World history"}},
             "events": [
              {"start_date": {"year": -3000}, "text": {"headline": "Writing in Sumer"}},
              {"start_date": {"year": "-776"}, "text": {"headline": "First Olympic Games"}},
              {"start_date": {"year": 1969, "month": 7}, "text": {"headline": "Moon month"}},
              {"start_date": {"year": 1969, "month": 7, "day": 20, "hour": 20, "minute": 17},
               "text": {"headline": "Moon landing"}},
              {"start_date": {"year": 2019, "display_date": "autumn 2019"}, "text": {"headline": "An autumn"}},
              {"start_date": {"year": -500000000}, "text": {"headline": "Early animals"}},
              {"start_date": {"year": 1914}, "end_date": {"year": 1918}, "group": "Wars",
               "text": {"headline": "First World War"}}
             ],
             "eras": [{"start_date": {"year": -3000}, "end_date": {"year": -2000}, "text": {"headline": "Bronze Age"}}]}
            """;

    private static Milestone milestone(Dataset d, String title) {
        return d.milestones().stream().filter(m -> m.title().in(Language.EN).equals(title)).findFirst().orElseThrow();
    }

    @Test
    void bceAndYearOnlyDatesReadAsYearsAndShowAsBce() throws Exception {
        Dataset d = TimelineJs.read("world.json", WORLD, "urn:x", seeds).dataset();
        Milestone writing = milestone(d, "Writing in Sumer");
        assertEquals(DatePrecision.YEAR, DatePrecision.orDay(writing.precision()));
        assertEquals(3000, writing.when().year());
        assertTrue(writing.when().isBce());
        assertEquals("3000 BCE", writing.when().format(Language.EN));
        assertEquals("公元前3000年", writing.when().format(Language.ZH));
        assertEquals("776 BCE", milestone(d, "First Olympic Games").when().format(Language.EN));
        assertEquals("July 1969", milestone(d, "Moon month").when().format(Language.EN));
        assertEquals("1969年7月", milestone(d, "Moon month").when().format(Language.ZH));
        Milestone landing = milestone(d, "Moon landing");
        assertEquals(LocalTime.of(20, 17), landing.time());
        assertEquals("20 July 1969, 20:17", landing.when().format(Language.EN));
        assertEquals("autumn 2019", milestone(d, "An autumn").displayDate());
        assertEquals("the 1960s", TimelineJs.read("s.json", "{\"events\": [{\"start_date\": {\"year\": 1960},"
                + " \"display_date\": \"the 1960s\", \"text\": {\"headline\": \"Sixties\"}}]}", "urn:x", seeds)
                .dataset().milestones().get(0).displayDate());
        assertEquals("500,000,000 BCE", milestone(d, "Early animals").when().format(Language.EN));
        Milestone war = milestone(d, "First World War");
        assertEquals(LocalDate.of(1918, 1, 1), war.end());
        assertEquals("Wars", war.group());
        assertEquals("1914", war.when().format(Language.EN));
        assertEquals("3000 BCE", d.eras().get(0).startWhen().format(Language.EN));
    }

    @Test
    void timelineJsWritesTheDatesBackAsItReadThem() throws Exception {
        Dataset d = TimelineJs.read("world.json", WORLD, "urn:x", seeds).dataset();
        JsonNode out = OurJson.TREES.readTree(TimelineJs.write(d, Language.EN));
        JsonNode writing = event(out, "Writing in Sumer");
        assertEquals("{\"year\":-3000}", writing.get("start_date").toString());
        assertEquals("{\"year\":-776}", event(out, "First Olympic Games").get("start_date").toString());
        assertEquals("{\"year\":1969,\"month\":7}", event(out, "Moon month").get("start_date").toString());
        assertEquals("{\"year\":1969,\"month\":7,\"day\":20,\"hour\":20,\"minute\":17}",
                event(out, "Moon landing").get("start_date").toString());
        assertEquals("autumn 2019", event(out, "An autumn").at("/start_date/display_date").asText());
        assertEquals("{\"year\":1918}", event(out, "First World War").get("end_date").toString());
        assertEquals("{\"year\":-3000}", out.at("/eras/0/start_date").toString());
        // And it reads back to the same items.
        Dataset back = TimelineJs.read("again.json", new String(TimelineJs.write(d, Language.EN), StandardCharsets.UTF_8),
                "urn:y", seeds).dataset();
        assertEquals(d.milestones(), back.milestones());
        assertEquals(d.eras(), back.eras());
        // Our JSON and CSV keep them too.
        assertEquals(d.milestones(), OurJson.read("d.json", OurJson.write(d), seeds).milestones());
        Dataset csv = CsvEvents.read("d.csv", new String(CsvEvents.write(d), StandardCharsets.UTF_8), "urn:z", seeds).dataset();
        assertEquals(d.milestones(), csv.milestones());
        assertEquals(d.eras(), csv.eras());
    }

    private static JsonNode event(JsonNode root, String headline) {
        for (JsonNode e : root.get("events")) {
            if (e.at("/text/headline").asText().equals(headline)) {
                return e;
            }
        }
        throw new AssertionError(headline);
    }

    @Test
    void yearsBeyondTheAppsRangeAndYearZeroAreRefusedWithTheRealLimit() throws Exception {
        DataException deep = assertThrows(DataException.class, () -> TimelineJs.read("deep.json",
                "{\"events\": [{\"start_date\": {\"year\": -4540000000}, \"text\": {\"headline\": \"Earth\"}}]}", "urn:x", seeds));
        assertEquals("deep.json:1:29: year -4540000000 is outside the years the app can place, 1,000,000,000 BCE to 999,999,999 CE",
                deep.problems().get(0).toString());
        DataException backwards = assertThrows(DataException.class, () -> TimelineJs.read("b.json",
                "{\"events\": [{\"start_date\": {\"year\": 1918}, \"end_date\": {\"year\": 1914}, \"text\": {\"headline\": \"War\"}}]}",
                "urn:x", seeds));
        assertTrue(backwards.problems().get(0).message().startsWith("the event ends"), backwards.problems()::toString);
        assertEquals(1, TimelineJs.read("c.json", "{\"events\": [{\"start_date\": {\"year\": 1914, \"month\": 7, \"day\": 28},"
                + " \"end_date\": {\"year\": 1914}, \"text\": {\"headline\": \"Within its year\"}}]}", "urn:x", seeds)
                .dataset().milestones().size());
                DataException zero = assertThrows(DataException.class, () -> TimelineJs.read("zero.json",
                "{\"events\": [{\"start_date\": {\"year\": 0}, \"text\": {\"headline\": \"Zero\"}}]}", "urn:x", seeds));
        assertTrue(zero.problems().get(0).message().startsWith("there is no year 0"), zero.problems()::toString);
    }

    @Test
    void aYearOnlyDateIsItsFirstOfJanuaryInOurFormat() throws Exception {
        ObjectNode tree = OurJson.emptyTree("t");
        ObjectNode m = OurJson.list(tree, "milestones").addObject();
        m.put("id", "m");
        m.put("date", "2019-05-01");
        m.put("precision", "year");
        m.putObject("title").put("en", "M");
        ObjectNode summary = m.putObject("summary");
        summary.put("en", "M");
        summary.putArray("sources").add("c");
        ObjectNode c = OurJson.list(tree, "citations").addObject();
        c.put("id", "c");
        c.put("url", "https://example.org/");
        c.put("publisher", "Example");
        c.put("date", "unknown");
        c.put("quote", "M");
        c.put("confidence", "low");
        DataException e = assertThrows(DataException.class, () -> OurJson.load("t.json", tree, seeds));
        assertTrue(e.problems().get(0).message().startsWith("a year-only date is written as its 1 January"),
                e.problems()::toString);
        m.put("date", "2019-01-01");
        assertEquals("2019", OurJson.load("t.json", tree, seeds).milestones().get(0).when().format(Language.EN));
    }

    @Test
    void spreadsheetCsvsWithSemicolonsBomTrailingColumnsAndLocalDatesImport() throws Exception {
        String csv = "\uFEFFkind;id;start;end;title_en;title_zh;;\r\n"
                + "milestone;a;2019/10/20;;Slashed ISO;;;\r\n"
                + "milestone;b;20.10.2019;;Dotted;;;\r\n"
                + "milestone;c;20/10/2019;;Day first;;;\r\n"
                + "milestone;d;03/04/2019;;Settled by row c;;;\r\n"
                + "milestone;e;776 BCE;;Olympics;;;\r\n"
                + "milestone;f;2019-10;;A month;;;\r\n";
        Dataset d = CsvEvents.read("sheet.csv", csv, "urn:x", seeds).dataset();
        assertEquals(LocalDate.of(2019, 10, 20), milestone(d, "Slashed ISO").date());
        assertEquals(LocalDate.of(2019, 10, 20), milestone(d, "Dotted").date());
        assertEquals(LocalDate.of(2019, 10, 20), milestone(d, "Day first").date());
        assertEquals(LocalDate.of(2019, 4, 3), milestone(d, "Settled by row c").date());
        assertEquals("776 BCE", milestone(d, "Olympics").when().format(Language.EN));
        assertEquals("October 2019", milestone(d, "A month").when().format(Language.EN));
        // Excel's "sep=" hint line; problems keep their real line numbers.
        Dataset hinted = CsvEvents.read("hint.csv", "sep=;\r\nkind;start;title_en\r\nmilestone;2019-10-20;Hinted\r\n", "urn:x", seeds).dataset();
        assertEquals("Hinted", hinted.milestones().get(0).title().en());
        DataException late = assertThrows(DataException.class, () -> CsvEvents.read("hint.csv",
                "sep=,\nkind,start,title_en\nmilestone,2019-13-01,Bad\n", "urn:x", seeds));
        assertEquals(3, late.problems().get(0).line(), late.problems()::toString);
        // Tabs too, and the month-first order of a US spreadsheet.
        String tabs = "kind\tstart\ttitle_en\nmilestone\t10/20/2019\tUS\nmilestone\t03/04/2019\tMarch\n";
        Dataset us = CsvEvents.read("us.csv", tabs, "urn:x", seeds).dataset();
        assertEquals(LocalDate.of(2019, 3, 4), milestone(us, "March").date());
    }

    @Test
    void anAmbiguousDayAndMonthIsRefusedWithTheRule() {
        DataException e = assertThrows(DataException.class, () -> CsvEvents.read("amb.csv",
                "kind,start,title_en\nmilestone,03/04/2019,Which\n", "urn:x", seeds));
        assertTrue(e.problems().get(0).toString().startsWith("amb.csv:2:11: \"start\" is \"03/04/2019\": ambiguous"),
                e.problems()::toString);
        DataException mixed = assertThrows(DataException.class, () -> CsvEvents.read("mixed.csv",
                "kind,start,title_en\nmilestone,20/10/2019,A\nmilestone,10/21/2019,B\n", "urn:x", seeds));
        assertTrue(mixed.problems().get(0).message().contains("puts the month first, but line 2"), mixed.problems()::toString);
    }

    @Test
    void timelineJsGoogleSheetColumnsImport() throws Exception {
        String sheet = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,"
                + "Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\n"
                + ",,,,,,,,,My world,An <b>introduction</b>,,,,,title,,\n"
                + "-776,,,,,,,,,First Olympic Games,Held at <a href=\"https://example.org/olympia\">Olympia</a>,,,,,,Antiquity,\n"
                + "1969,7,20,8:17 PM,,,,,,Moon landing,Apollo 11,https://example.org/moon.jpg,NASA,,,,Space,\n"
                + "-3000,,,,-2000,,,,,Bronze Age,,,,,,era,,\n";
        Dataset d = CsvEvents.read("sheet.csv", sheet, "urn:wic-import:sheet.csv", seeds).dataset();
        assertEquals("My world", d.info().title());
        Milestone games = milestone(d, "First Olympic Games");
        assertEquals("776 BCE", games.when().format(Language.EN));
        assertEquals("Held at Olympia", games.summary().en());
        assertEquals("Antiquity", games.group());
        assertTrue(games.summary().sources().stream().map(s -> d.citation(s).orElseThrow().url())
                .anyMatch("https://example.org/olympia"::equals), games.summary().sources()::toString);
        Milestone moon = milestone(d, "Moon landing");
        assertEquals(LocalTime.of(20, 17), moon.time());
        var media = d.citation(moon.summary().sources().get(0)).orElseThrow();
        assertEquals(List.of("https://example.org/moon.jpg", "NASA"), List.of(media.url(), media.publisher()));
        assertEquals("Bronze Age", d.eras().get(0).label().en());
    }

    @Test
    void aBadSheetCellIsLocatedAtItsRowAndColumn() {
        DataException e = assertThrows(DataException.class, () -> CsvEvents.read("sheet.csv",
                "Year,Month,Day,Headline\n2019,13,1,Bad month\n", "urn:x", seeds));
        assertEquals(2, e.problems().get(0).line(), e.problems()::toString);
        assertTrue(e.problems().get(0).message().startsWith("not a date"), e.problems()::toString);
    }

    @Test
    void htmlIsReadWithEveryEntityAndNoStraySpaces() throws Exception {
        String json = "{\"events\": [{\"start_date\": {\"year\": 2020}, \"text\": {\"headline\": \"Caf&eacute; &mdash; <i>W</i>uzhen\","
                + " \"text\": \"<p>One&hellip;</p><p>two &amp; <a href='http://example.com/x'>three</a></p>\"}}]}";
        Dataset d = TimelineJs.read("h.json", json, "urn:x", seeds).dataset();
        Milestone m = d.milestones().get(0);
        assertEquals("Café — Wuzhen", m.title().en());
        assertEquals("One… two & three", m.summary().en());
        assertEquals(2, m.summary().sources().size());
    }

    @Test
    void theChineseTimelineJsExportIsChineseAndItsSlidesShowTheirSources() throws Exception {
        JsonNode zh = OurJson.TREES.readTree(TimelineJs.write(bundled, Language.ZH));
        assertEquals("世界互联网大会时间线", zh.at("/title/text/headline").asText());
        assertEquals("历届大会", zh.at("/events/0/group").asText());
        assertTrue(zh.at("/events/0/text/text").asText().contains("来源："), zh.at("/events/0/text/text").asText());
        JsonNode en = OurJson.TREES.readTree(TimelineJs.write(bundled, Language.EN));
        assertEquals("WIC editions", en.at("/events/0/group").asText());
        assertTrue(en.at("/events/0/text/text").asText().contains("Sources: "));
    }

    @Test
    void anEditedTimelineJsExportAppliesItsChangesAsEdits() throws Exception {
        ObjectNode root = (ObjectNode) OurJson.TREES.readTree(TimelineJs.write(bundled, Language.EN));
        ObjectNode first = (ObjectNode) root.get("events").get(0);
        String id = first.get("unique_id").asText();
        ((ObjectNode) first.get("text")).put("headline", "The first WIC, renamed");
        ObjectNode milestoneEvent = null;
        for (JsonNode e : root.get("events")) {
            if (e.has("wic_milestone")) {
                milestoneEvent = (ObjectNode) e;
                break;
            }
        }
        String milestoneId = milestoneEvent.get("unique_id").asText();
        ((ObjectNode) milestoneEvent.get("start_date")).remove("day");
        Files.write(dir.resolve("edited.json"), OurJson.TREES.writeValueAsBytes(root));

        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT).plan(dir, List.of(Path.of("edited.json")),
                (a, b, c) -> { });

        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertTrue(plan.report().imported().isEmpty(), plan.report().imported()::toString);
        assertEquals(List.of("edition " + id + ": name/en", "milestone " + milestoneId + ": date, precision"),
                plan.report().edited().stream().map(e -> e.kind() + " " + e.id() + ": " + e.detail()).toList());
        assertEquals("The first WIC, renamed", plan.fragment().edition(id).orElseThrow().name().en());
        assertTrue(plan.hasItems());
    }

    @Test
    void anEditedCsvExportAppliesItsChangesAsEdits() throws Exception {
        String csv = new String(CsvEvents.write(bundled), StandardCharsets.UTF_8);
        var milestone = bundled.milestones().get(0);
        String oldTitle = milestone.title().en();
        // As a spreadsheet user would: a new English title typed into the title_en cell.
        String row = "\"milestone\",\"" + milestone.id() + "\",";
        int at = csv.indexOf("\"" + oldTitle + "\"", csv.indexOf(row));
        String edited = csv.substring(0, at) + "\"" + oldTitle + " (edited)\"" + csv.substring(at + oldTitle.length() + 2);
        Files.writeString(dir.resolve("edited.csv"), edited);
        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT).plan(dir, List.of(Path.of("edited.csv")),
                (a, b, c) -> { });
        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertEquals(List.of("milestone " + milestone.id() + ": title/en"),
                plan.report().edited().stream().map(e -> e.kind() + " " + e.id() + ": " + e.detail()).toList());
        assertTrue(plan.report().imported().isEmpty(), plan.report().imported()::toString);
    }

    @Test
    void reimportingOurExportsAddsNothingAndNoOrphanCitations() throws Exception {
        Files.write(dir.resolve("ours.csv"), ExportFormat.CSV.write(bundled, Language.EN));
        Files.write(dir.resolve("ours-timeline.json"), ExportFormat.TIMELINE_JS.write(bundled, Language.ZH));
        Files.write(dir.resolve("ours.json"), ExportFormat.OUR_JSON.write(bundled, Language.EN));
        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT).plan(dir,
                List.of(Path.of("ours.csv"), Path.of("ours-timeline.json"), Path.of("ours.json")), (a, b, c) -> { });
        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertEquals(List.of(), plan.report().imported());
        assertEquals(List.of(), plan.report().edited());
        assertFalse(plan.hasItems());
    }

    @Test
    void withoutOurFieldsEditionsAreNotDuplicatedAsMilestones() throws Exception {
        ObjectNode root = (ObjectNode) OurJson.TREES.readTree(TimelineJs.write(bundled, Language.EN));
        root.get("events").forEach(e -> ((ObjectNode) e).remove(List.of("wic_edition", "wic_milestone")));
        root.get("eras").forEach(e -> ((ObjectNode) e).remove("wic_era"));
        root.remove(List.of("wic_topics", "wic_citations", "wic_language"));
        Files.write(dir.resolve("stripped.json"), OurJson.TREES.writeValueAsBytes(root));
        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT).plan(dir, List.of(Path.of("stripped.json")),
                (a, b, c) -> { });
        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertTrue(plan.fragment().milestones().stream().noneMatch(m -> bundled.edition(m.id()).isPresent()),
                plan.fragment().milestones()::toString);
        assertEquals(bundled.editions().size(), plan.report().skipped().stream()
                .filter(e -> e.reason() == ImportReport.Reason.IS_AN_EDITION).count());
        assertEquals(List.of(), plan.fragment().eras(), "the eras are recognised by their ids");
        assertEquals(List.of(), plan.fragment().milestones(), "the milestones are recognised by their ids");
    }

    @Test
    void exportsNeverHoldAPathOfTheUsersMachine() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("private-folder"));
        Files.writeString(folder.resolve("events.csv"), "kind,start,title_en\nmilestone,2019-10-20,Mine\n");
        Files.writeString(folder.resolve("tl.json"), "{\"events\": [{\"start_date\": {\"year\": 2018}, \"text\": {\"headline\": \"Also mine\"}}],"
                + " \"eras\": [{\"start_date\": {\"year\": 2017}, \"end_date\": {\"year\": 2018}, \"text\": {\"headline\": \"My era\"}}]}");
        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT).plan(folder,
                List.of(Path.of("events.csv"), Path.of("tl.json")), (a, b, c) -> { });
        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        Dataset fragment = plan.fragment();
        // An older import stored the file's URI; the export must not carry it either.
        var old = new org.wicexplorer.model.Citation("old-import", null, folder.resolve("old.csv").toUri().toString(), "old.csv",
                null, "unknown", "Old", org.wicexplorer.model.Confidence.LOW, "Imported from " + folder.resolve("old.csv").toUri());
        Dataset mine = new Dataset(bundled.info(), bundled.topics(), bundled.editions(), bundled.people(), bundled.appearances(),
                bundled.controversies(), bundled.documents(),
                java.util.stream.Stream.concat(bundled.milestones().stream(), fragment.milestones().stream()).toList(),
                java.util.stream.Stream.concat(bundled.eras().stream(), fragment.eras().stream()).toList(),
                bundled.conflicts(), bundled.aliases(),
                java.util.stream.Stream.of(bundled.citations(), fragment.citations(), List.of(old)).flatMap(List::stream).toList());
        for (ExportFormat format : ExportFormat.values()) {
            for (Language language : Language.values()) {
                String out = new String(format.write(mine, language), StandardCharsets.UTF_8);
                assertFalse(out.contains("file:"), format + " holds a file: URI");
                assertFalse(out.contains(dir.toString()), format + " holds the folder's path");
                assertFalse(out.contains("private-folder"), format + " holds the folder's name");
            }
        }
        assertNull(null);
    }
}
