package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceKind;
import org.wicexplorer.search.HitKind;
import org.wicexplorer.search.PassageTarget;
import org.wicexplorer.search.SearchIndex;
import org.wicexplorer.search.SearchResults;

/** A whole import: a folder of mixed files, validated first, then documents that search finds with the seeds. */
class ImporterTest {
    private static Dataset bundled;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        bundled = new DatasetLoader(SeedLibrary.bundled()).loadBundled().dataset();
    }

    private static final String CSV = "kind,id,start,end,title_en,title_zh,summary_en,summary_zh\n"
            + "milestone,lecture-series,2019-03-01,,Lecture series begins,讲座开始,Our own lecture series.,\n";

    private Importer.Plan plan(Path root, SeedLibrary seeds, Path... chosen) {
        return new Importer(bundled, seeds, new InputLimits(1000, 1_000_000)).plan(root, List.of(chosen), (d, t, f) -> { });
    }

    @Test
    void aFolderOfMixedFilesImportsWhatItCanAndSaysWhatItSkipped() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("research"));
        Files.writeString(folder.resolve("events.csv"), CSV);
        Files.writeString(folder.resolve("notes.md"), "# Field notes\n\nThe quokkaword appears here.\n");
        Files.writeString(folder.resolve("photo.jpg"), "not really a photo");
        Files.write(dir.resolve("timeline.json"), TimelineJs.write(bundled, Language.EN));
        Files.copy(dir.resolve("timeline.json"), folder.resolve("timeline.json"));
        SeedLibrary seeds = SeedLibrary.bundled();

        Importer.Plan plan = plan(dir, seeds, Path.of("research"));

        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertEquals(List.of("lecture-series"), plan.fragment().milestones().stream().map(m -> m.id()).toList());
        assertEquals(1, plan.documents().size());
        assertEquals("Field notes", plan.documents().get(0).entry().title().en());
        assertEquals(SourceKind.IMPORTED, plan.documents().get(0).entry().kind());
        var skipped = plan.report().skipped();
        assertTrue(skipped.contains(ImportReport.Entry.skipped("research/photo.jpg", "file", "",
                ImportReport.Reason.UNSUPPORTED_TYPE, null)), skipped::toString);
        // The exported timeline holds the bundled editions, which are already there.
        assertTrue(skipped.contains(ImportReport.Entry.skipped(bundled.info().title(), "edition", "wic-2014",
                ImportReport.Reason.ALREADY_PRESENT, null)), skipped::toString);
        assertTrue(plan.report().imported().contains(ImportReport.Entry.imported("research/events.csv", "milestone", "lecture-series")),
                plan.report().imported()::toString);
    }

    @Test
    void oneBadFileImportsNothing() throws Exception {
        Files.writeString(dir.resolve("events.csv"), CSV);
        Files.writeString(dir.resolve("notes.txt"), "fine");
        Files.write(dir.resolve("old.txt"), "旧文件".getBytes(Charset.forName("GBK")));
        SeedLibrary seeds = SeedLibrary.bundled();
        int seedCount = seeds.documents().size();
        ImportedDocuments store = new ImportedDocuments(dir.resolve("store"));
        List<Dataset> target = new ArrayList<>();

        Importer.Plan plan = plan(dir, seeds, Path.of("events.csv"), Path.of("notes.txt"), Path.of("old.txt"));
        Importer.saveDocuments(plan, store, seeds);
        if (plan.hasItems()) {
            target.add(plan.fragment());
        }

        assertFalse(plan.report().succeeded());
        assertEquals(1, plan.report().problems().size());
        assertEquals("old.txt", plan.report().problems().get(0).file());
        assertTrue(plan.report().imported().isEmpty());
        assertNull(plan.fragment());
        assertTrue(target.isEmpty());
        assertFalse(Files.exists(store.folder()), "nothing may be written");
        assertEquals(seedCount, seeds.documents().size());
    }

    @Test
    void importedDocumentsAreSavedReloadedAndFoundWithTheSeeds() throws Exception {
        Files.writeString(dir.resolve("essay.txt"), "An essay on the zyxquokka principle of network governance.\n");
        Files.writeString(dir.resolve("笔记.md"), "# 乌镇笔记\n\n会议讨论了数字丝绸之路与网络空间命运共同体。\n");
        SeedLibrary seeds = SeedLibrary.bundled();
        ImportedDocuments store = new ImportedDocuments(dir.resolve("store"));

        Importer.Plan plan = plan(dir, seeds, Path.of("essay.txt"), Path.of("笔记.md"));
        Importer.saveDocuments(plan, store, seeds);

        assertTrue(plan.report().succeeded(), plan.report().problems()::toString);
        assertEquals(2, store.entries().size());
        var zh = store.entries().stream().filter(e -> e.language() == Language.ZH).findFirst().orElseThrow();
        assertEquals("乌镇笔记", zh.title().zh());
        assertEquals("笔记.md", zh.origin());

        // A fresh start: the bundled seeds plus what the store holds.
        SeedLibrary restarted = SeedLibrary.bundled();
        store.load().ifPresent(restarted::addAll);
        try (SearchIndex index = SearchIndex.build(bundled, restarted, (done, total, what) -> { })) {
            assertFoundIn(index.search("zyxquokka", 20), plan.documents().stream()
                    .filter(d -> d.entry().language() == Language.EN).findFirst().orElseThrow().entry().id());
            assertFoundIn(index.search("数字丝绸之路", 20), zh.id());
            // The seeds are still searched alongside.
            assertTrue(index.search("Wuzhen", 20).hits().stream().anyMatch(h -> h.kind() == HitKind.PASSAGE
                    && !((PassageTarget) h.target()).seed().startsWith("user-")));
        }

        // Importing the same files again adds nothing.
        Importer.Plan again = plan(dir, restarted, Path.of("essay.txt"), Path.of("笔记.md"));
        assertTrue(again.documents().isEmpty());
        assertEquals(2, again.report().skipped().size());
        assertEquals(ImportReport.Reason.ALREADY_IN_CORPUS, again.report().skipped().get(0).reason());
    }

    private static void assertFoundIn(SearchResults results, String seed) {
        assertTrue(results.hits().stream().anyMatch(h -> h.target() instanceof PassageTarget p && p.seed().equals(seed)),
                () -> results.query() + " → " + results.hits());
    }
}
