package org.wicexplorer.interchange;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.AliasGroup;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.userdata.UserDataService;
import org.wicexplorer.userdata.UserDataStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-over the app makes after an import: the planned fragment goes into the user's layer, is on
 * disk at once, survives a restart, and one undo takes it back. Files in our format may carry search
 * aliases, which the layer does not keep: they are reported as skipped instead of failing the import.
 */
class ImportIntoUserLayerTest {
    private static Dataset bundled;
    private static SeedLibrary seeds;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        bundled = new DatasetLoader(seeds).loadBundled().dataset();
    }

    @Test
    void importedEventsAreSavedInTheUserLayerAndUndoneAsOne() throws Exception {
        Files.writeString(dir.resolve("events.csv"), "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
                + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n"
                + "milestone,field-trip,2021-05-10,,Field trip to Wuzhen,乌镇考察,A class visit.,\n");
        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT)
                .plan(dir, List.of(Path.of("events.csv")), (done, total, file) -> { });
        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);

        UserDataStore store = new UserDataStore(dir.resolve("user").resolve(UserDataStore.FILE_NAME));
        UserDataService service = UserDataService.open(bundled, seeds, store);
        service.importItems(plan.fragment(), "import events.csv");
        assertTrue(milestoneIds(service.effective()).containsAll(List.of("lecture-series", "field-trip")));
        service.undo();
        assertTrue(milestoneIds(service.effective()).stream().noneMatch(id -> id.equals("lecture-series")
                || id.equals("field-trip")), "one undo takes the whole import back");
        service.redo();
        service.close();

        UserDataService restarted = UserDataService.open(bundled, seeds, store);
        assertTrue(milestoneIds(restarted.effective()).containsAll(List.of("lecture-series", "field-trip")),
                "the imported events are on disk: they are there after a restart");
        restarted.close();
    }

    @Test
    void aliasGroupsInOurFormatAreSkippedWithTheirReasonAndTheRestImports() throws Exception {
        List<AliasGroup> aliases = new ArrayList<>(bundled.aliases());
        aliases.add(new AliasGroup(List.of("quokkacon", "袋鼠大会")));
        Dataset withAlias = new Dataset(bundled.info(), bundled.topics(), bundled.editions(), bundled.people(),
                bundled.appearances(), bundled.controversies(), bundled.documents(), bundled.milestones(),
                bundled.eras(), bundled.conflicts(), aliases, bundled.citations());
        Files.write(dir.resolve("ours.json"), OurJson.write(withAlias));

        Importer.Plan plan = new Importer(bundled, seeds, InputLimits.DEFAULT)
                .plan(dir, List.of(Path.of("ours.json")), (done, total, file) -> { });

        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertTrue(plan.fragment().aliases().isEmpty());
        assertTrue(plan.report().skipped().stream().anyMatch(e -> e.reason() == ImportReport.Reason.ALIASES_NOT_KEPT
                && e.id().contains("quokkacon")), plan.report().skipped()::toString);
        UserDataService service = UserDataService.open(bundled, seeds,
                new UserDataStore(dir.resolve("user").resolve(UserDataStore.FILE_NAME)));
        service.importItems(plan.fragment(), "import ours.json");
        assertEquals(bundled.editions().size(), service.effective().editions().size());
        service.close();
    }

    private static List<String> milestoneIds(Dataset d) {
        return d.milestones().stream().map(m -> m.id()).toList();
    }
}
