package org.wicexplorer.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.SeedLibrary;

/** Each kind of bad input is refused with a message that says what is wrong and where. */
class RefusalTest {
    @TempDir
    Path dir;

    private Problem refused(Path root, String file, long limit) {
        DataException e = assertThrows(DataException.class, () -> TextInput.read(root, Path.of(file), limit));
        assertEquals(1, e.problems().size(), e.problems()::toString);
        return e.problems().get(0);
    }

    @Test
    void gbkIsNotUtf8() throws IOException {
        Files.write(dir.resolve("gbk.txt"), "第一行\n世界互联网大会".getBytes(Charset.forName("GBK")));
        Problem p = refused(dir, "gbk.txt", 1000);
        assertEquals("gbk.txt", p.file());
        assertEquals(1, p.line());
        assertTrue(p.message().startsWith("the file is not UTF-8: byte 0xB5 cannot be decoded"), p.message());
        assertTrue(p.message().contains("save it as UTF-8"));
    }

    @Test
    void theBadByteIsLocated() throws IOException {
        byte[] bytes = "line one\nab".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        Files.write(dir.resolve("latin.txt"), bad);
        Problem p = refused(dir, "latin.txt", 1000);
        assertEquals(2, p.line());
        assertEquals(3, p.column());
    }

    @Test
    void utf16IsRefusedWithOrWithoutItsMark() throws IOException {
        Files.write(dir.resolve("bom.txt"), "hello".getBytes(StandardCharsets.UTF_16));
        assertEquals("the file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8",
                refused(dir, "bom.txt", 1000).message());
        Files.write(dir.resolve("le.txt"), "hello world".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("the file looks like UTF-16 (every other byte is zero); save it as UTF-8",
                refused(dir, "le.txt", 1000).message());
    }

    @Test
    void aUtf8MarkIsDropped() throws Exception {
        Files.write(dir.resolve("bom8.txt"), "\uFEFFhello 世界".getBytes(StandardCharsets.UTF_8));
        assertEquals("hello 世界", TextInput.read(dir, Path.of("bom8.txt"), 1000));
    }

    @Test
    void binaryIsRefused() throws IOException {
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertEquals("the file is binary (it contains zero bytes), not text", refused(dir, "image.txt", 1000).message());
        byte[] controls = new byte[100];
        java.util.Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 10; i++) {
            controls[i * 10] = 0x1B;
        }
        Files.write(dir.resolve("terminal.txt"), controls);
        assertTrue(refused(dir, "terminal.txt", 1000).message().startsWith("the file is binary (10 control characters"));
    }

    @Test
    void oversizedIsRefusedBeforeReading() throws IOException {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
        assertEquals("the file has 101 bytes, more than the limit of 100 bytes for this kind of file",
                refused(dir, "big.txt", 100).message());
    }

    @Test
    void nothingOutsideTheChosenFolderIsRead() throws IOException {
        Path chosen = Files.createDirectory(dir.resolve("chosen"));
        Files.writeString(dir.resolve("secret.txt"), "outside");
        Problem up = refused(chosen, "../secret.txt", 1000);
        assertEquals("../secret.txt", up.file());
        assertTrue(up.message().startsWith("the path leads outside the chosen folder"), up.message());
        Problem absolute = refused(chosen, dir.resolve("secret.txt").toString(), 1000);
        assertTrue(absolute.message().startsWith("the path leads outside the chosen folder"), absolute.message());
    }

    @Test
    void aLinkOutOfTheFolderIsRefused() throws IOException {
        Path chosen = Files.createDirectory(dir.resolve("chosen"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "outside");
        try {
            Files.createSymbolicLink(chosen.resolve("link.txt"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available here");
        }
        Problem p = refused(chosen, "link.txt", 1000);
        assertTrue(p.message().startsWith("the file is a link to " + secret.toRealPath() + ", outside the chosen folder"),
                p.message());
    }

    @Test
    void aCsvRowIsReportedAtItsLine() throws Exception {
        String csv = String.join("\n",
                "kind,id,start,end,title_en,title_zh,summary_en,summary_zh",
                "milestone,first,2015-12-16,,First,,One,",
                "\"milestone\",second,2016-11-16,,\"Second, with a comma\",,\"Two lines",
                "of summary\",",
                "milestone,third,2016-13-01,,Third,,Three,",
                "era,fourth,2016-01-01,2015-01-01,Fourth,,,");
        DataException e = assertThrows(DataException.class,
                () -> CsvEvents.read("events.csv", csv, "file:/events.csv", SeedLibrary.bundled()));
        assertEquals(2, e.problems().size(), e.problems()::toString);
        // The line of the row, the column of the cell.
        assertTrue(e.problems().get(0).toString().startsWith("events.csv:5:17: \"start\" is \"2016-13-01\": not a date"),
                e.problems()::toString);
        assertEquals("events.csv:6:23: end 2015-01-01 is before start 2016-01-01", e.problems().get(1).toString());
    }

    @Test
    void aCsvHeaderMustBeTheDocumentedOne() {
        DataException e = assertThrows(DataException.class,
                () -> CsvEvents.read("events.csv", "kind,start,title,when\n", "file:/x", SeedLibrary.bundled()));
        assertTrue(e.getMessage().startsWith("events.csv:1:1: unknown column \"title\""), e.getMessage());
    }

    @Test
    void aTimelineJsDateIsLocated() throws Exception {
        String json = "{\n  \"events\": [\n    {\"start_date\": {\"year\": 2015, \"month\": 2, \"day\": 30},\n"
                + "     \"text\": {\"headline\": \"Nope\"}}\n  ]\n}\n";
        DataException e = assertThrows(DataException.class,
                () -> TimelineJs.read("t.json", json, "file:/t.json", SeedLibrary.bundled()));
        assertEquals(3, e.problems().get(0).line(), e.problems()::toString);
        assertTrue(e.problems().get(0).message().startsWith("not a date"), e.problems()::toString);
    }

    @Test
    void aTimelineJsSyntaxErrorIsLocated() {
        DataException e = assertThrows(DataException.class,
                () -> TimelineJs.read("t.json", "{\"events\": [\n  {,}\n]}", "file:/t.json", SeedLibrary.bundled()));
        assertEquals(2, e.problems().get(0).line(), e.problems()::toString);
        assertTrue(e.problems().get(0).message().startsWith("JSON syntax error"));
    }

    @Test
    void timelineJsErasMustBeAList() {
        DataException e = assertThrows(DataException.class, () -> TimelineJs.read("t.json",
                "{\"events\": [],\n \"eras\": {\"a\": 1}}", "file:/t.json", SeedLibrary.bundled()));
        assertEquals("t.json:2:2: \"eras\" must be a list", e.problems().get(0).toString());
    }
}
