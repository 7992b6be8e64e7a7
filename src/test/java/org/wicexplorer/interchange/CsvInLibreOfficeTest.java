package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;
import org.wicexplorer.model.Language;

/**
 * The CSV export opened by a real spreadsheet: LibreOffice Calc (headless) imports it letting the file say its
 * encoding, as its import dialog does, and saves it again; every row, column and Chinese title survives.
 * .ci/run installs libreoffice-calc.
 */
class CsvInLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void libreOfficeReadsEveryRowAndTheChineseText() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/localc")), "libreoffice-calc is not installed (.ci/run installs it)");
        SeedLibrary seeds = SeedLibrary.bundled();
        Dataset d = new DatasetLoader(seeds).loadBundled().dataset();
        Path csv = dir.resolve("wic.csv");
        Files.write(csv, ExportFormat.CSV.write(d, Language.EN));
        Path out = Files.createDirectories(dir.resolve("out"));
        Process lo = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--infilter=CSV:44,34,0,1", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                "--outdir", out.toString(), csv.toString()).redirectErrorStream(true).start();
        String log = new String(lo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(lo.waitFor(120, TimeUnit.SECONDS), log);
        Path saved = out.resolve("wic.csv");
        assertTrue(Files.exists(saved), log);

        CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
        List<List<String>> rows;
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(saved.toFile())) {
            rows = it.readAll();
        }
        assertEquals(CsvEvents.HEADER, rows.get(0), "the byte-order mark is not read as part of the first cell");
        assertEquals(1 + d.editions().size() + d.milestones().size() + d.eras().size(), rows.size());
        int zh = CsvEvents.HEADER.indexOf("title_zh");
        assertEquals(d.editions().get(0).name().zh(), rows.get(1).get(zh));
        // And what LibreOffice saved imports back as the same items.
        Dataset back = CsvEvents.read("saved.csv", Files.readString(saved), "urn:x", seeds).dataset();
        assertEquals(d.editions(), back.editions());
        assertEquals(d.milestones(), back.milestones());
    }
}
