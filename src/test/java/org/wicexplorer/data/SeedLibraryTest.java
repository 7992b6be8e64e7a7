package org.wicexplorer.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.model.Language;
import org.wicexplorer.model.SourceDocument;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeedLibraryTest {

    @Test
    void bundledSeedsAreTheFiveDocumentsWithTheirMetadata() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        List<String> ids = seeds.documents().stream().map(SourceDocument::id).toList();
        assertEquals(List.of("en-wikipedia-wic", "wic-about-2020", "wuzhen-report-2016", "xi-2015-opening-speech",
                "zh-wikipedia-wic"), ids);
        SourceDocument zh = seeds.document("zh-wikipedia-wic").orElseThrow();
        assertEquals(Language.ZH, zh.language());
        assertTrue(zh.licence().contains("CC BY-SA"));
        assertTrue(seeds.text("zh-wikipedia-wic").contains("世界互联网大会"));
        for (SourceDocument doc : seeds.documents()) {
            assertTrue(doc.title().en() != null && doc.origin() != null && doc.date() != null, doc.id());
        }
    }

    @Test
    void bundledSeedsAreByteForByteTheProjectSeeds() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        for (SourceDocument doc : seeds.documents()) {
            String onDisk = Files.readString(Path.of("seeds", doc.file()));
            assertEquals(onDisk, seeds.text(doc.id()), doc.file());
        }
    }

    @Test
    void locatesAQuoteInTheRawText() throws Exception {
        SeedLibrary seeds = SeedLibrary.bundled();
        String quote = "16 December 2015, Wuzhen";
        QuoteMatcher.Range range = seeds.locate("xi-2015-opening-speech", quote).orElseThrow();
        String found = seeds.text("xi-2015-opening-speech").substring(range.start(), range.end());
        assertEquals(quote, QuoteMatcher.normalise(found));
    }

    @Test
    void refusesFileNamesThatLeaveTheSeedsFolder(@TempDir Path dir) throws Exception {
        Path seedsDir = Files.createDirectory(dir.resolve("seeds"));
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Files.writeString(seedsDir.resolve("sources.json"), """
                {"formatVersion": 1, "note": "", "sources": [
                  {"id": "escape", "file": "../secret.txt", "title": {"en": "x"}, "language": "en",
                   "kind": "report", "date": "2020", "origin": "x", "publisher": "x", "licence": "x", "editions": []}
                ]}""");
        DataException e = assertThrows(DataException.class, () -> SeedLibrary.fromDirectory(seedsDir));
        assertTrue(e.problems().get(0).message().contains("must be a plain file name inside the seeds folder"),
                e.problems().toString());
        assertEquals(2, e.problems().get(0).line());
    }
}
