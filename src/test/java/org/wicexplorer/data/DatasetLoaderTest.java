package org.wicexplorer.data;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken datasets must be refused with the right message at the right place. Each case edits a valid
 * fixture and computes the expected line and column from where the edit landed.
 */
class DatasetLoaderTest {
    private static SeedLibrary seeds;
    private static String valid;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedLibrary.bundled();
        try (InputStream in = DatasetLoaderTest.class.getResourceAsStream("minimal-dataset.json")) {
            valid = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static LoadResult load(String json) {
        return new DatasetLoader(seeds).load("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces one unique occurrence and returns the edited text. */
    private static String edit(String from, String to) {
        int at = valid.indexOf(from);
        assertTrue(at >= 0 && valid.indexOf(from, at + 1) < 0, "fixture must contain exactly one " + from);
        return valid.substring(0, at) + to + valid.substring(at + from.length());
    }

    /** 1-based line and column of the first occurrence of {@code needle} in {@code text}. */
    private static int[] position(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        String before = text.substring(0, at);
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        return new int[] {line, at - before.lastIndexOf('\n')};
    }

    private static Problem only(LoadResult result) {
        assertFalse(result.ok(), "a broken file must not yield a dataset");
        assertNull(result.dataset());
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        return result.problems().get(0);
    }

    private static void assertAt(Problem problem, String text, String needle) {
        int[] expected = position(text, needle);
        assertEquals(expected[0], problem.line(), () -> "line of " + problem);
        assertEquals(expected[1], problem.column(), () -> "column of " + problem);
        assertEquals("test.json", problem.file());
    }

    @Test
    void validFixtureLoads() {
        LoadResult result = load(valid);
        assertTrue(result.ok(), () -> result.problems().toString());
        assertEquals(2, result.dataset().editions().size());
        assertEquals("wic-2014", result.dataset().editions().get(0).id());
    }

    @Test
    void syntaxErrorIsReportedWhereTheParserStopped() {
        String text = edit("\"label\": { \"en\": \"1st\", \"zh\": \"首届\" },", "\"label\": { \"en\": \"1st\" \"zh\": \"首届\" },");
        Problem p = only(load(text));
        assertTrue(p.message().startsWith("JSON syntax error"), p.message());
        int[] expected = position(text, "\"zh\": \"首届\"");
        assertEquals(expected[0], p.line());
        assertEquals(expected[1], p.column());
    }

    @Test
    void wrongTypeNamesTheFieldAndTheExpectedType() {
        String text = edit("\"year\": 2015,", "\"year\": \"2015\",");
        Problem p = only(load(text));
        assertTrue(p.message().contains("\"year\"") && p.message().contains("whole number"), p.message());
        assertAt(p, text, "\"year\": \"2015\"");
    }

    @Test
    void danglingReferenceIsNamed() {
        String text = edit("{ \"person\": \"xi-jinping\"", "{ \"person\": \"xi-jinpin\"");
        Problem p = only(load(text));
        assertEquals("unknown person \"xi-jinpin\" (did you mean xi-jinping?)", p.message());
        assertAt(p, text, "\"person\": \"xi-jinpin\"");
    }

    @Test
    void endBeforeStartIsRefused() {
        String text = edit("\"end\": \"2014-11-21\"", "\"end\": \"2014-11-01\"");
        Problem p = only(load(text));
        assertEquals("end 2014-11-01 is before start 2014-11-19", p.message());
        assertAt(p, text, "\"end\": \"2014-11-01\"");
    }

    @Test
    void misquotedSeedIsRefused() {
        String text = edit("可容納3,000人同時與會", "可容納3000人同時與會");
        Problem p = only(load(text));
        assertTrue(p.message().startsWith("the quote does not occur in seed \"zh-wikipedia-wic\""), p.message());
        assertAt(p, text, "\"quote\": \"主會議廳");
    }

    @Test
    void whitespaceInQuotesIsNormalisedButNothingElse() {
        assertTrue(load(valid).ok(), "the fixture quotes '16 December 2015,   Wuzhen' with extra spaces");
        assertFalse(load(edit("16 December 2015,   Wuzhen", "16 december 2015, Wuzhen")).ok(), "case matters");
    }

    @Test
    void invalidDateAndUnknownEnumAreExplained() {
        String text = edit("\"start\": \"2015-12-16\"", "\"start\": \"2015-13-16\"");
        Problem p = only(load(text));
        assertEquals("field \"start\": \"2015-13-16\" is not a date in the form YYYY-MM-DD", p.message());
        assertAt(p, text, "\"start\": \"2015-13-16\"");

        Problem role = only(load(edit("\"role\": \"keynote\"", "\"role\": \"keynotes\"")));
        assertTrue(role.message().contains("\"keynotes\" is not one of \"keynote\""), role.message());
    }

    @Test
    void unknownFieldIsCaught() {
        String text = edit("\"theme\": { \"unknown\": \"not in this fixture\" }", "\"thme\": { \"unknown\": \"x\" }");
        List<Problem> problems = load(text).problems();
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("unknown field \"thme\"")), problems::toString);
    }

    @Test
    void allProblemsAreReportedAtOnce() {
        String text = valid.replace("\"end\": \"2014-11-21\"", "\"end\": \"2014-11-01\"")
                .replace("可容納3,000人", "可容納3000人")
                .replace("\"follows\": \"a\"", "\"follows\": \"c\"")
                .replace("\"sources\": [\"c-speech\"] }\n  ],\n  \"controversies\"", "\"sources\": [] }\n  ],\n  \"controversies\"");
        LoadResult result = load(text);
        assertFalse(result.ok());
        List<String> messages = result.problems().stream().map(Problem::message).toList();
        assertEquals(4, messages.size(), messages::toString);
        assertTrue(messages.contains("end 2014-11-01 is before start 2014-11-19"));
        assertTrue(messages.contains("\"follows\" names claim \"c\", which this conflict does not have"));
        assertTrue(messages.contains("every fact needs at least one citation in \"sources\""));
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("the quote does not occur")));
    }

    @Test
    void unknownEndMustSayWhy() {
        String text = edit("\"end\": \"2015-12-18\"", "\"end\": null");
        Problem p = only(load(text));
        assertTrue(p.message().contains("endUnknown"), p.message());
        assertTrue(load(edit("\"end\": \"2015-12-18\"", "\"end\": null, \"endUnknown\": \"not found\"")).ok());
    }

    @Test
    void emptyFileAndNonUtf8AreClearProblems() {
        Problem empty = only(new DatasetLoader(seeds).load("empty.json", new byte[0]));
        assertEquals("empty.json:1:1: the file is empty; expected a JSON object", empty.toString());

        byte[] latin1 = "{\n  \"formatVersion\": 1,\n  \"x\": \"Wuzhen café\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        Problem encoding = only(new DatasetLoader(seeds).load("latin1.json", latin1));
        assertEquals(3, encoding.line());
        assertEquals(19, encoding.column());
        assertTrue(encoding.message().startsWith("the file is not UTF-8"), encoding.message());
    }

    @Test
    void topLevelMustBeAnObject() {
        Problem p = only(load("[1, 2]"));
        assertTrue(p.message().startsWith("the top level must be a JSON object"), p.message());
    }

    @Test
    void missingFileIsAProblemNotAnException(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        LoadResult result = new DatasetLoader(seeds).load(dir.resolve("nope.json"));
        assertEquals("no such file", only(result).message());
        Path file = Files.writeString(dir.resolve("ok.json"), valid);
        assertNotNull(new DatasetLoader(seeds).load(file).dataset());
    }
}
