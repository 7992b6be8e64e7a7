package org.wicexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 18 §2: --import FILE… [--dry-run] and --export FILE --format …, as a user runs them, in a user data folder of the test's own. */
class InterchangeCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private String userdirBefore;

    @TempDir
    Path dir;

    @BeforeEach
    void ownUserData() throws Exception {
        userdirBefore = System.getProperty("wic.userdir");
        System.setProperty("wic.userdir", Files.createDirectories(dir.resolve("home")).toString());
    }

    @AfterEach
    void restore() {
        if (userdirBefore == null) {
            System.clearProperty("wic.userdir");
        } else {
            System.setProperty("wic.userdir", userdirBefore);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return Main.run(CommandLine.parse(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunReportsAndChangesNothingThenTheImportIsKeptAndExported() throws Exception {
        Path csv = dir.resolve("world.csv");
        Files.writeString(csv, "Year,Month,Day,Headline,Text\n-3000,,,Writing in Sumer,Cuneiform\n-776,,,First Olympic Games,Olympia\n");

        assertEquals(0, run("--import", csv.toString(), "--dry-run", "--language", "en"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("Imported: "), out());
        assertTrue(out().contains("milestone writing-in-sumer"), out());
        assertTrue(out().contains("Dry run: nothing was changed."), out());
        Path before = dir.resolve("before.json");
        assertEquals(0, run("--export", before.toString(), "--format", "timelinejs"));
        assertFalse(Files.readString(before).contains("Writing in Sumer"), "the dry run changed nothing");

        assertEquals(0, run("--import", csv.toString(), "--language", "zh"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("已导入："), out());
        Path timeline = dir.resolve("after.json");
        assertEquals(0, run("--export", timeline.toString(), "--format", "timelinejs", "--language", "en"));
        String json = Files.readString(timeline);
        assertTrue(json.contains("\"year\" : -3000"), "year-only BCE written back as TimelineJS reads it");
        assertFalse(json.contains("file:"));
        Path table = dir.resolve("after.csv");
        assertEquals(0, run("--export", table.toString(), "--format", "csv"));
        String text = Files.readString(table);
        assertTrue(text.startsWith("\uFEFF"), "CSV with a byte-order mark");
        assertTrue(text.contains("\"3000 BCE\""), text.lines().filter(l -> l.contains("Sumer")).findFirst().orElse(""));

        // Importing the same file again adds nothing.
        assertEquals(0, run("--import", csv.toString(), "--language", "en"));
        assertTrue(out().startsWith("Imported: 0 items"), out());
    }

    @Test
    void anEditedExportIsImportedAsAnEditAndKept() throws Exception {
        Path timeline = dir.resolve("wic.json");
        assertEquals(0, run("--export", timeline.toString(), "--format", "timelinejs", "--language", "en"));
        String json = Files.readString(timeline);
        String edited = json.replaceFirst("\"headline\" : \"1st World Internet Conference\"",
                "\"headline\" : \"1st World Internet Conference (Wuzhen)\"");
        assertFalse(edited.equals(json), "the first edition's headline was found");
        Files.writeString(timeline, edited);

        assertEquals(0, run("--import", timeline.toString(), "--language", "en"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("Imported: 0 items, 0 documents. Edited: 1."), out());
        assertTrue(out().contains("edition wic-2014 — changed: name/en"), out());

        Path again = dir.resolve("again.json");
        assertEquals(0, run("--export", again.toString(), "--format", "json"));
        assertTrue(Files.readString(again).contains("1st World Internet Conference (Wuzhen)"), "the edit is in the user's data");
    }

    @Test
    void badInputExitsOneWithFileLineColumn() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "kind,start,title_en\nmilestone,2019-10-20,Fine\nmilestone,31.02.2019,Impossible\n");
        assertEquals(1, run("--import", csv.toString(), "--language", "en"));
        String problems = err.toString(StandardCharsets.UTF_8);
        assertTrue(problems.startsWith("bad.csv:3:11: \"start\" is \"31.02.2019\""), problems);
        assertTrue(out().startsWith("Nothing was imported"), out());
    }

    @Test
    void problemsAreInTheInterfaceLanguage() throws Exception {
        Path csv = dir.resolve("amb.csv");
        Files.writeString(csv, "kind,start,title_en\nmilestone,03/04/2019,Which\n");
        assertEquals(1, run("--import", csv.toString(), "--dry-run", "--language", "zh"));
        String problems = err.toString(StandardCharsets.UTF_8);
        assertTrue(problems.startsWith("amb.csv:2:11: “start”为“03/04/2019”：有歧义"), problems);
        assertTrue(out().startsWith("未导入任何内容"), out());
    }

    @Test
    void optionsAreChecked() {
        assertEquals(2, run("--export", dir.resolve("x.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--export needs --format json, timelinejs or csv"));
        assertEquals(2, run("--export", "x.json", "--format", "pdf"));
        assertEquals(2, run("--dry-run"));
        assertEquals(2, run("--import"));
    }

    @Test
    void everyFormatIsWrittenAndTheOurJsonExportValidates() throws Exception {
        Path json = dir.resolve("ours.json");
        assertEquals(0, run("--export", json.toString(), "--format", "json"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().startsWith("Wrote "), out());
        assertEquals(0, run("--validate", json.toString()), out());
    }
}
