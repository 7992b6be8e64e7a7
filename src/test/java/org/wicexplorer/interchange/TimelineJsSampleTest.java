package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Milestone;
import org.wicexplorer.model.Text;

/** A real TimelineJS file, from the TimelineJS3 repository (timelinejs/ORIGIN.md), imports as milestones and eras. */
class TimelineJsSampleTest {

    @Test
    void theErasSampleImports() throws Exception {
        String json;
        try (InputStream in = getClass().getResourceAsStream("timelinejs/eras.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Conversion c = TimelineJs.read("eras.json", json, "file:/samples/eras.json", SeedLibrary.bundled());
        Dataset d = c.dataset();
        assertEquals("Eras Test", d.info().title());
        assertEquals(20, d.milestones().size());
        assertEquals(4, d.eras().size());
        assertTrue(c.skipped().isEmpty(), c.skipped()::toString);

        Milestone nineveh = find(d, "Battle of Nineveh");
        assertEquals(LocalDate.of(627, 12, 12), nineveh.date());
        assertEquals("The Byzantines, under Heraclius, crush the Persians.", nineveh.summary().en());
        // The event's media link is its source; the quote is its headline.
        var source = d.citation(nineveh.summary().sources().get(0)).orElseThrow();
        assertEquals("https://en.wikipedia.org/wiki/Battle_of_Nineveh_(627)", source.url());
        assertEquals("Battle of Nineveh", source.quote());
        assertEquals("Eras Test", source.publisher());

        // A year alone is the first of January; an empty text leaves the headline as the summary.
        Milestone alexandria = find(d, "Arab Army led by Omar Ibn Al-'Aas takes Alexandria");
        assertEquals(LocalDate.of(643, 1, 1), alexandria.date());
        assertEquals(alexandria.title().en(), alexandria.summary().en());

        var tang = d.eras().stream().filter(e -> e.label().equals(new Text("Tang Dynasty in China", null)))
                .findFirst().orElseThrow();
        assertEquals(LocalDate.of(618, 6, 18), tang.start());
        assertEquals(LocalDate.of(907, 6, 1), tang.end());
        assertEquals("tang-dynasty-in-china", tang.id());
    }

    private static Milestone find(Dataset d, String headline) {
        return d.milestones().stream().filter(m -> headline.equals(m.title().en())).findFirst().orElseThrow();
    }
}
