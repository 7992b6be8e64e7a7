package org.wicexplorer.search;

import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.junit.jupiter.api.Test;
import org.wicexplorer.data.SeedLibrary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The shipped folding table must be exactly what ICU4J's Traditional-Simplified transliterator does to
 * each character. ICU4J is a test dependency only; when a new ICU version changes the mapping, this
 * test writes the new table to target/ and says how to install it.
 */
class TraditionalSimplifiedTableTest {
    private static final String ICU_ID = "Traditional-Simplified";

    static String tableFromIcu() {
        Transliterator icu = Transliterator.getInstance(ICU_ID);
        StringBuilder out = new StringBuilder()
                .append("# Traditional Chinese to Simplified, one character per line: the traditional, then the simplified.\n")
                .append("# Generated from ICU4J's \"").append(ICU_ID).append("\" transliterator by TraditionalSimplifiedTableTest;\n")
                .append("# do not edit by hand (docs/decisions/0002-traditional-simplified-folding.md).\n");
        for (int cp = 0x80; cp <= Character.MAX_CODE_POINT; cp++) {
            if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
                continue;
            }
            String in = new String(Character.toChars(cp));
            String folded = icu.transliterate(in);
            if (!folded.equals(in)) {
                out.append(in).append(folded).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void shippedTableIsIcusMappingOfEveryCharacter() throws IOException {
        String expected = tableFromIcu();
        String shipped;
        try (InputStream in = ChineseFolding.class.getResourceAsStream(ChineseFolding.TABLE)) {
            shipped = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!shipped.equals(expected)) {
            Path fresh = Path.of("target", ChineseFolding.TABLE);
            Files.writeString(fresh, expected, StandardCharsets.UTF_8);
            fail("the folding table differs from ICU4J's mapping; install the regenerated one with: cp " + fresh
                    + " src/main/resources/org/wicexplorer/search/" + ChineseFolding.TABLE);
        }
        assertTrue(expected.lines().filter(l -> !l.startsWith("#")).count() > 2500, "a real table has thousands of entries");
    }

    @Test
    void foldingTheMixedScriptSeedAgreesWithIcuOnTheWholeText() throws Exception {
        String seed = SeedLibrary.bundled().text("zh-wikipedia-wic");
        String widthFolded = read(new CJKWidthCharFilter(new StringReader(seed)));
        assertEquals(Transliterator.getInstance(ICU_ID).transliterate(widthFolded),
                read(ChineseFolding.fold(new StringReader(seed))));
    }

    private static String read(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buf = new char[4096];
        for (int n = reader.read(buf); n >= 0; n = reader.read(buf)) {
            out.append(buf, 0, n);
        }
        return out.toString();
    }
}
