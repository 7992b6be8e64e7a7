package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.Milestone;

/**
 * Export then import gives the same data, for each format and for the fields that format carries
 * (docs/import-export.md, "What each format carries"). The bundled dataset is the sample: it has every kind of item.
 */
class RoundTripTest {
    private static SeedLibrary seeds;
    private static Dataset bundled;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        bundled = new DatasetLoader(seeds).loadBundled().dataset();
    }

    @Test
    void ourJsonCarriesEverything() throws Exception {
        Dataset back = OurJson.read("export.json", OurJson.write(bundled), seeds);
        assertEquals(bundled.info(), back.info());
        assertEquals(bundled.topics(), back.topics());
        assertEquals(bundled.editions(), back.editions());
        assertEquals(bundled.people(), back.people());
        assertEquals(bundled.appearances(), back.appearances());
        assertEquals(bundled.controversies(), back.controversies());
        assertEquals(bundled.documents(), back.documents());
        assertEquals(bundled.milestones(), back.milestones());
        assertEquals(bundled.eras(), back.eras());
        assertEquals(bundled.conflicts(), back.conflicts());
        assertEquals(bundled.aliases(), back.aliases());
        assertEquals(bundled.citations(), back.citations());
    }

    @Test
    void timelineJsCarriesEditionsMilestonesErasAndTheirCitations() throws Exception {
        String json = new String(TimelineJs.write(bundled, Language.EN), StandardCharsets.UTF_8);
        Conversion back = TimelineJs.read("export-timeline.json", json, "file:/export-timeline.json", seeds);
        assertEquals(bundled.editions(), back.dataset().editions());
        assertEquals(bundled.milestones(), back.dataset().milestones());
        assertEquals(bundled.eras(), back.dataset().eras());
        assertEquals(bundled.topics(), back.dataset().topics());
        assertEquals(bundled.citations(), back.dataset().citations());
        assertTrue(back.skipped().isEmpty());
    }

    @Test
    void timelineJsExportHasWhatTimelineJsNeeds() throws Exception {
        var root = OurJson.TREES.readTree(TimelineJs.write(bundled, Language.ZH));
        // The Chinese export is Chinese throughout: the English dataset title becomes the Chinese one.
        assertEquals(Words.ZH.t("tl.title"), root.at("/title/text/headline").asText());
        var events = root.get("events");
        assertEquals(bundled.editions().size() + bundled.milestones().size(), events.size());
        for (var event : events) {
            assertTrue(event.at("/start_date/year").isInt(), event::toString);
            assertTrue(event.at("/start_date/month").isInt(), event::toString);
            assertTrue(!event.at("/text/headline").asText().isBlank(), event::toString);
        }
        var first = events.get(0);
        assertEquals(bundled.editions().get(0).name().zh(), first.at("/text/headline").asText());
        assertEquals(2014, first.at("/start_date/year").asInt());
        for (var era : root.get("eras")) {
            // TimelineJS requires both ends of an era.
            assertTrue(era.at("/start_date/year").isInt() && era.at("/end_date/year").isInt(), era::toString);
            assertTrue(!era.at("/text/headline").asText().isBlank());
        }
    }

    @Test
    void csvCarriesEditionsMilestonesAndErasExactly() throws Exception {
        byte[] bytes = CsvEvents.write(bundled);
        // UTF-8 with a byte-order mark, so Excel and LibreOffice read the Chinese cells as UTF-8.
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String csv = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF\"kind\",\"id\",\"start\""), csv.lines().findFirst().orElse(""));
        Dataset back = CsvEvents.read("export.csv", csv, "urn:wic-import:export.csv", seeds).dataset();
        assertEquals(bundled.editions(), back.editions());
        assertEquals(bundled.milestones(), back.milestones());
        assertEquals(bundled.eras(), back.eras());
        for (String id : back.citations().stream().map(c -> c.id()).toList()) {
            assertEquals(bundled.citation(id), back.citation(id));
        }
    }

    @Test
    void csvCarriesAWebSource() throws Exception {
        Dataset back = CsvEvents.read("export.csv", new String(CsvEvents.write(bundled), StandardCharsets.UTF_8),
                "file:/export.csv", seeds).dataset();
        Milestone original = bundled.milestones().stream()
                .filter(m -> m.summary().sources().stream().anyMatch(s -> bundled.citation(s).orElseThrow().url() != null))
                .findFirst().orElseThrow();
        var web = original.summary().sources().stream().map(s -> bundled.citation(s).orElseThrow())
                .filter(c -> c.url() != null).findFirst().orElseThrow();
        Milestone copy = back.milestones().stream().filter(m -> m.id().equals(original.id())).findFirst().orElseThrow();
        var cited = back.citation(copy.summary().sources().get(0)).orElseThrow();
        assertEquals(List.of(web.url(), web.publisher(), web.date(), web.quote()),
                List.of(cited.url(), cited.publisher(), cited.date(), cited.quote()));
    }
}
