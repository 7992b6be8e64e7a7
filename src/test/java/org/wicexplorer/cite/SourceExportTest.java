package org.wicexplorer.cite;

import de.undercouch.citeproc.ris.RISLibrary;
import de.undercouch.citeproc.ris.RISParser;
import de.undercouch.citeproc.ris.RISReference;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DatasetLoader;
import org.wicexplorer.data.SeedLibrary;
import org.wicexplorer.model.Dataset;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sources exported for reference managers, read by real readers: pandoc's citeproc renders every
 * source from the CSL-JSON and from the BibTeX without a warning; jbibtex and citeproc-java's RIS
 * parser read the files back.
 */
class SourceExportTest {
    private static SeedLibrary seeds;
    private static Dataset dataset;
    private static List<SourceExport.Entry> all;
    private static SourceExport export;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        dataset = new DatasetLoader(seeds).loadBundled().dataset();
        all = SourceExport.all(dataset, seeds);
        export = SourceExport.of(dataset);
    }

    @Test
    void eachSourceOnceWithAUniqueKey() {
        Set<String> keys = all.stream().map(SourceExport.Entry::key).collect(Collectors.toSet());
        assertEquals(all.size(), keys.size());
        // Five seed documents, each cited many times, are five entries keyed by their ids.
        for (String seed : List.of("en-wikipedia-wic", "zh-wikipedia-wic", "wic-about-2020")) {
            assertTrue(keys.contains(seed), seed);
        }
        long distinctWeb = dataset.citations().stream().filter(c -> !c.isSeed())
                .map(c -> c.url() + "|" + c.title() + "|" + c.publisher() + "|" + c.date()).distinct().count();
        long distinctSeeds = dataset.citations().stream().filter(c -> c.isSeed()).map(c -> c.document()).distinct().count();
        assertEquals(distinctWeb + distinctSeeds, all.size());
    }

    @Test
    void pandocRendersEverySourceFromTheCslJson(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.json");
        Files.writeString(file, export.write(all, SourceExport.Format.CSL_JSON));
        assertEverySourceRendered(file, all);
    }

    @Test
    void pandocRendersEverySourceFromTheBibtex(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sources.bib");
        Files.writeString(file, export.write(all, SourceExport.Format.BIBTEX));
        assertEverySourceRendered(file, all);
    }

    @Test
    void jbibtexReadsTheBibtexBack() throws Exception {
        String bib = export.write(all, SourceExport.Format.BIBTEX);
        BibTeXDatabase db = new BibTeXParser().parse(new StringReader(bib));
        Map<Key, BibTeXEntry> entries = db.getEntries();
        assertEquals(all.size(), entries.size());
        BibTeXEntry enwiki = entries.get(new Key("en-wikipedia-wic"));
        assertEquals("World Internet Conference", enwiki.getField(BibTeXEntry.KEY_TITLE).toUserString().substring(0, 25));
        assertEquals("https://en.wikipedia.org/wiki/World_Internet_Conference", enwiki.getField(new Key("url")).toUserString());
        assertEquals("2026-11-22", enwiki.getField(new Key("urldate")).toUserString());
    }

    @Test
    void texSpecialCharactersAreEscaped() {
        assertEquals("AT\\&T 50\\% \\#1 a\\_b \\{x\\} \\textasciitilde{}", SourceExport.tex("AT&T 50% #1 a_b {x} ~"));
    }

    @Test
    void theRisIsReadBackByCiteprocJava() throws Exception {
        String ris = export.write(all, SourceExport.Format.RIS);
        RISLibrary library = new RISParser().parse(new StringReader(ris));
        List<RISReference> refs = library.getReferences();
        assertEquals(all.size(), refs.size());
        for (int i = 0; i < refs.size(); i++) {
            CitableSource s = all.get(i).source();
            assertEquals(all.get(i).key(), refs.get(i).getId());
            assertEquals(s.title(), refs.get(i).getTitle());
            assertEquals(s.publisher(), refs.get(i).getPublisher());
            if (s.isWebAddress()) {
                assertEquals(s.locator(), refs.get(i).getURL());
            }
        }
    }

    @Test
    void anEditionsSourcesAreThoseItsFactsCite() {
        List<SourceExport.Entry> of2014 = SourceExport.ofEdition(dataset, seeds, "wic-2014");
        List<SourceExport.Entry> of2015 = SourceExport.ofEdition(dataset, seeds, "wic-2015");
        assertFalse(of2014.isEmpty());
        assertTrue(of2014.size() < all.size());
        Set<String> keys2014 = of2014.stream().map(SourceExport.Entry::key).collect(Collectors.toSet());
        Set<String> keys2015 = of2015.stream().map(SourceExport.Entry::key).collect(Collectors.toSet());
        assertFalse(keys2014.equals(keys2015));
        // The 2014 dates cite the Chinese Wikipedia article.
        String datesSource = dataset.edition("wic-2014").orElseThrow().dates().sources().get(0);
        String key = dataset.citation(datesSource).map(c -> c.isSeed() ? c.document() : c.id()).orElseThrow();
        assertTrue(keys2014.contains(key), key);
    }

    @Test
    void noPathOfTheUsersMachine() {
        for (SourceExport.Format f : SourceExport.Format.values()) {
            String text = export.write(all, f);
            assertFalse(text.contains("file:"), f.id());
            assertFalse(text.contains(System.getProperty("user.home")), f.id());
        }
    }

    /** pandoc --citeproc with every entry cited: no warning, and every source's title (else its address or publisher) shows. */
    private static void assertEverySourceRendered(Path bibliography, List<SourceExport.Entry> entries) throws Exception {
        Path doc = bibliography.resolveSibling("paper.md");
        Files.writeString(doc, "---\nnocite: '@*'\n---\n\nSources\n");
        Process p = new ProcessBuilder("pandoc", "--citeproc", "--bibliography=" + bibliography, "--wrap=none",
                "-t", "plain", doc.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String stderr = new String(err, StandardCharsets.UTF_8);
        assertEquals("", stderr, "pandoc warned");
        assertEquals(0, p.exitValue());
        // pandoc sets typographic apostrophes and quotes ("China’s"); compare the words, not the marks.
        String rendered = new String(out, StandardCharsets.UTF_8).replace('’', '\'').replace('‘', '\'')
                .replace('“', '"').replace('”', '"');
        Set<String> missing = new HashSet<>();
        for (SourceExport.Entry e : entries) {
            CitableSource s = e.source();
            // pandoc's default style (Chicago author-date) title-cases English titles. An untitled web
            // page is known by its address; an untitled placeholder source by its publisher.
            String expected = (s.title() != null ? s.title() : s.isWebAddress() ? s.locator() : s.publisher())
                    .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
            if (!rendered.toLowerCase(java.util.Locale.ROOT).contains(expected.toLowerCase(java.util.Locale.ROOT))) {
                missing.add(e.key() + ": " + expected);
            }
        }
        assertTrue(missing.isEmpty(), missing.size() + " sources not rendered: " + missing + "\n" + rendered);
    }

}
