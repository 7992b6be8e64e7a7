package org.wicexplorer.search;

import org.wicexplorer.text.TextRange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Find-in-page for a reader: every occurrence of a phrase in a text, ignoring case, full-width Latin
 * and the difference between Traditional and Simplified characters (the same table search folds
 * with), so 网络 finds 網絡. Folding is one UTF-16 unit for one, so the ranges are the text's own.
 */
public final class TextFinder {
    private static final char[] FOLD = table();

    private TextFinder() {
    }

    /** Non-overlapping matches, in order; none for a blank phrase. */
    public static List<TextRange> findAll(String text, String phrase) {
        List<TextRange> out = new ArrayList<>();
        if (phrase == null || phrase.isBlank()) {
            return out;
        }
        String hay = fold(text);
        String needle = fold(phrase.strip());
        int at = hay.indexOf(needle);
        while (at >= 0) {
            out.add(new TextRange(at, at + needle.length()));
            at = hay.indexOf(needle, at + needle.length());
        }
        return out;
    }

    /** The text folded character by character; its length is the input's. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            c = FOLD[c];
            out[i] = Character.toLowerCase(c);
        }
        return new String(out);
    }

    /** The shipped Traditional→Simplified table, keeping only pairs of single UTF-16 units. */
    private static char[] table() {
        char[] map = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            map[c] = (char) c;
        }
        try (InputStream in = TextFinder.class.getResourceAsStream(ChineseFolding.TABLE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the application: " + ChineseFolding.TABLE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.length() == 2 && !line.startsWith("#")) {
                    map[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ChineseFolding.TABLE, e);
        }
        return map;
    }
}
