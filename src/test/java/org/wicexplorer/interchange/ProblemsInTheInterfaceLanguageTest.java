package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.data.TourFiles;
import org.wicexplorer.data.Wording;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;

/**
 * Issue 18: "every message is in the interface language". An imported file that breaks the dataset's rules is
 * reported in Chinese to someone working in the 中文 interface: the rules' own findings, the JSON reader's, and a
 * tour file's, each still at FILE:LINE:COLUMN; in English the same findings read as they always did.
 */
class ProblemsInTheInterfaceLanguageTest {
    private static Dataset bundled;
    private static SeedLibrary seeds;
    private static String bundledJson;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        bundled = new DatasetLoader(seeds).loadBundled().dataset();
        try (InputStream in = DatasetLoader.class.getResourceAsStream("/org/wicexplorer/data/wic-dataset.json")) {
            bundledJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterEach
    void interfaceBackToEnglish() {
        Wording.useByDefault(Language.EN);
    }

    /** The bundled dataset with one appearance moved to an edition that does not exist, and one date misspelt. */
    private Path brokenDataset() throws Exception {
        String broken = bundledJson.replaceFirst("\"edition\": \"wic-2014\"", "\"edition\": \"wic-1999\"")
                .replaceFirst("\"date\": \"2014-11-20\"", "\"date\": \"2014-11-31\"");
        Path file = dir.resolve("mine.json");
        Files.writeString(file, broken);
        return file;
    }

    private List<Problem> importIn(Language language) throws Exception {
        brokenDataset();
        Importer.Plan plan = new Importer(bundled, seeds, new InputLimits(1000, 50_000_000), language)
                .plan(dir, List.of(Path.of("mine.json")), (d, t, f) -> { });
        assertFalse(plan.report().succeeded(), "a file that breaks the rules is not imported");
        return plan.report().problems();
    }

    private static String messages(List<Problem> problems) {
        return String.join("\n", problems.stream().map(Problem::toString).toList());
    }

    @Test
    void anImportInTheChineseInterfaceReportsTheDatasetRulesInChinese() throws Exception {
        List<Problem> problems = importIn(Language.ZH);
        String all = messages(problems);
        assertTrue(all.contains("未知的届次“wic-1999”"), all);
        assertTrue(all.contains("“2014-11-31”不是 YYYY-MM-DD 形式的日期"), all);
        assertTrue(all.contains("mine.json:2192:"), "each problem is still at its line: " + all);
        for (Problem p : problems) {
            assertTrue(p.message().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "in Chinese: " + p);
        }
    }

    @Test
    void inTheEnglishInterfaceTheSameFindingsReadAsBefore() throws Exception {
        String all = messages(importIn(Language.EN));
        assertTrue(all.contains("unknown edition \"wic-1999\""), all);
        assertTrue(all.contains("\"2014-11-31\" is not a date in the form YYYY-MM-DD"), all);
        assertFalse(all.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), all);
    }

    @Test
    void whatTheInterfaceLanguageIsDecidesWhereNoImportNamedOne() throws Exception {
        Path file = brokenDataset();
        Wording.useByDefault(Language.ZH);
        String zh = messages(new DatasetLoader(seeds).load(file).problems());
        assertTrue(zh.contains("未知的届次“wic-1999”"), zh);
        // A caller that names its language (the command line, an export) gets it whatever the interface shows.
        String en = Wording.with(Language.EN, () -> messages(new DatasetLoader(seeds).load(file).problems()));
        assertTrue(en.contains("unknown edition \"wic-1999\""), en);
    }

    @Test
    void aTourFileIsReportedInChineseToo() throws Exception {
        Path tour = dir.resolve("tour.json");
        Files.writeString(tour, "{\"formatVersion\": 1, \"steps\": [{\"edition\": \"wic-1999\"}, {\"colour\": 1}]}");
        Wording.useByDefault(Language.ZH);
        DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataException.class,
                () -> new TourFiles(bundled, seeds).read(tour));
        String all = messages(e.problems());
        assertTrue(all.contains("未知的届次 id“wic-1999”（届次从 wic-2014 到"), all);
        assertTrue(all.contains("未知字段“colour”"), all);
        assertTrue(all.contains("tour.json:1:"), all);
    }

    @Test
    void aNumberIsWrittenAsInTheFileNotGroupedByThousands() throws Exception {
        String broken = bundledJson.replaceFirst("\"formatVersion\": 1", "\"formatVersion\": 1000");
        Path file = dir.resolve("v.json");
        Files.writeString(file, broken);
        assertEquals(1, new DatasetLoader(seeds).load(file).problems().stream()
                .filter(p -> p.message().equals("unsupported formatVersion 1000; this app reads version 1")).count());
    }
}
