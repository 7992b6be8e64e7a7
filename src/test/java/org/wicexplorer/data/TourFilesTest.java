package org.wicexplorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Edition;
import org.wicexplorer.model.Text;
import org.wicexplorer.tour.StepKind;
import org.wicexplorer.tour.Tour;
import org.wicexplorer.tour.TourStep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tour files: the shipped tour, saving and opening in the same order, and bad files told by line and column. */
class TourFilesTest {
    private static Dataset dataset;
    private static TourFiles files;

    @BeforeAll
    static void load() throws DataException {
        SeedLibrary seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
        files = new TourFiles(dataset, seeds);
    }

    private static List<Problem> problems(String json) {
        DataException e = assertThrows(DataException.class,
                () -> files.read("bad.wictour.json", json.getBytes(StandardCharsets.UTF_8)));
        return e.problems();
    }

    @Test
    void theDefaultTourHasOneStepPerEditionInOrderWithNotesInBothLanguages() throws DataException {
        Tour tour = files.bundledDefault();
        assertEquals("The WIC in 13 steps", tour.title().en());
        assertEquals("世界互联网大会十三步", tour.title().zh());
        assertEquals(dataset.editions().stream().map(Edition::id).toList(),
                tour.steps().stream().map(TourStep::target).toList());
        for (TourStep step : tour.steps()) {
            assertEquals(StepKind.EDITION, step.kind());
            assertTrue(step.notes().en() != null && step.notes().en().length() > 100, step.target() + " needs notes");
            assertTrue(step.notes().zh() != null && step.notes().zh().matches("(?s).*\\p{IsHan}.*"),
                    step.target() + " needs Chinese notes");
        }
    }

    @Test
    void aSavedTourOpensWithItsStepsInTheSavedOrder(@TempDir Path dir) throws Exception {
        Tour tour = new Tour(Text.of("Reordered", "重新排序"), List.of(
                TourStep.edition("wic-2014"),
                TourStep.controversy("boycott-calls-2015").withNotes(Text.of("Ask who is speaking", "问：谁在说话？")),
                TourStep.quote("c-2015-rsf"),
                TourStep.passage("en-wikipedia-wic", "an annual event, first held in 2014")))
                .moving(3, -1).moving(2, -1).moving(0, 1);
        Path file = dir.resolve("class.wictour.json");
        TourFiles.write(file, tour);
        Tour back = files.read(file);
        assertEquals(tour, back);
        assertEquals(List.of("en-wikipedia-wic", "wic-2014", "boycott-calls-2015", "c-2015-rsf"),
                back.steps().stream().map(TourStep::target).toList());
        String json = Files.readString(file);
        assertTrue(json.contains("\"passage\""), json);
        assertFalse(json.contains("null"), "absent values are left out: " + json);
    }

    @Test
    void savingKeepsThePreviousVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("t.wictour.json");
        TourFiles.write(file, Tour.empty(Text.of("one", null)).adding(TourStep.edition("wic-2014")));
        TourFiles.write(file, Tour.empty(Text.of("two", null)));
        assertEquals("two", files.read(file).title().en());
        assertEquals("one", files.read(AtomicFiles.backupOf(file)).title().en());
    }

    @Test
    void anUnknownEditionIsReportedAtItsLineAndColumn() {
        List<Problem> p = problems("""
                {
                  "formatVersion": 1,
                  "steps": [
                    { "edition": "wic-2014" },
                    { "edition": "wic-2030" }
                  ]
                }
                """);
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).toString().startsWith("bad.wictour.json:5:7: unknown edition id \"wic-2030\""), p.toString());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        List<Problem> p = problems("""
                {
                  "formatVersion": 1,
                  "titel": { "en": "typo" },
                  "steps": [
                    { "controversy": "no-such-thing" },
                    { "quote": "c-none", "notes": { "en": "x" } },
                    { "passage": { "document": "en-wikipedia-wic", "text": "words that are not in the seed" } },
                    { "edition": "wic-2015", "quote": "c-2015-rsf" },
                    { "nots": "x", "edition": "wic-2016" },
                    "wic-2017"
                  ]
                }
                """);
        List<String> lines = p.stream().map(Problem::toString).toList();
        assertEquals(7, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).startsWith("bad.wictour.json:3:3: unknown field \"titel\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("bad.wictour.json:5:7: unknown controversy id"), lines.get(1));
        assertTrue(lines.get(2).startsWith("bad.wictour.json:6:7: unknown citation id \"c-none\""), lines.get(2));
        assertTrue(lines.get(3).startsWith("bad.wictour.json:7:"), lines.get(3));
        assertTrue(lines.get(3).contains("does not occur in seed \"en-wikipedia-wic\""), lines.get(3));
        assertTrue(lines.get(4).startsWith("bad.wictour.json:8:5: a step shows one thing"), lines.get(4));
        assertTrue(lines.get(5).startsWith("bad.wictour.json:9:7: unknown field \"nots\""), lines.get(5));
        assertTrue(lines.get(6).startsWith("bad.wictour.json:10:5: a step must be an object"), lines.get(6));
    }

    @Test
    void syntaxErrorsAndVersionsAreLocated() {
        List<Problem> syntax = problems("{\n  \"formatVersion\": 1,\n  \"steps\": [ { \"edition\": \"wic-2014\" }, ]\n}\n");
        assertEquals(1, syntax.size());
        assertTrue(syntax.get(0).toString().startsWith("bad.wictour.json:3:"), syntax.toString());
        assertTrue(syntax.get(0).message().startsWith("JSON syntax error"), syntax.toString());

        List<Problem> version = problems("{ \"formatVersion\": 2, \"steps\": [] }");
        assertEquals("bad.wictour.json:1:3: this is a tour of format version 2; this app reads version 1",
                version.get(0).toString());
        assertEquals("bad.wictour.json:1:1: the file is empty; expected a JSON object", problems("  \n").get(0).toString());
        assertTrue(problems("[]").get(0).message().startsWith("a tour must be a JSON object"));
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        Path missing = dir.resolve("gone.wictour.json");
        DataException e = assertThrows(DataException.class, () -> files.read(missing));
        assertEquals(missing + ":1:1: no such file", e.problems().get(0).toString());
    }

    @Test
    void presentationSettingsSurviveADamagedFile(@TempDir Path dir) throws IOException {
        PresentationSettingsStore store = new PresentationSettingsStore(dir.resolve("presentation.json"));
        assertEquals(PresentationSettings.defaults(), store.load());
        store.save(PresentationSettings.defaults().withScale(1.3).withAutoplaySeconds(15).withReducedMotion(true));
        store.save(store.load().withScale(1.4));
        Files.writeString(store.file(), "{ broken");
        PresentationSettings fromBackup = store.load();
        assertEquals(1.3, fromBackup.scaleOrDefault());
        assertEquals(15, fromBackup.autoplaySecondsOrDefault());
        assertTrue(fromBackup.reducedMotionOrDefault());
    }
}
