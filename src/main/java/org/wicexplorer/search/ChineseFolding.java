package org.wicexplorer.search;

import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Folds text before it is tokenised: full-width Latin to ASCII and half-width katakana to full width
 * (Lucene's CJK width filter), then Traditional Chinese characters to Simplified, one character for
 * one, with the table shipped beside this class. The table is ICU4J's "Traditional-Simplified"
 * transliteration of every character it changes (see docs/decisions/0002); being one-for-one, the
 * folding leaves every offset where it was, so highlights land on the original characters.
 */
final class ChineseFolding {
    static final String TABLE = "traditional-simplified.txt";

    private static final NormalizeCharMap MAP = load();

    private ChineseFolding() {
    }

    /** Wraps a reader so that whatever reads it sees folded text, with offsets corrected. */
    static Reader fold(Reader reader) {
        return new MappingCharFilter(MAP, new CJKWidthCharFilter(reader));
    }

    private static NormalizeCharMap load() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        try (InputStream in = ChineseFolding.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + TABLE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int split = line.offsetByCodePoints(0, 1);
                builder.add(line.substring(0, split), line.substring(split));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return builder.build();
    }
}
