package org.wicexplorer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Converts a plain-text seed (a saved web page) to readable text without altering a word: every
 * non-blank line is a block, trimmed. Headings are recognised conservatively, and only page chrome
 * with an unmistakable signature is dropped (a breadcrumb, an empty "Posted on" line, a maintenance
 * notice, a blog's comment form).
 */
final class PlainTextConverter {
    private static final int MAX_HEADING_LENGTH = 120;
    /** A body paragraph under a heading is at least this long, and twice as long as the heading. */
    private static final int MIN_BODY_LENGTH = 80;
    /** A heading starts like a title: a capital, an ordinal ("2nd …") or a Roman section number ("IV. …"). */
    private static final Pattern HEADING_START = Pattern.compile("\\p{Lu}.*|\\d+(st|nd|rd|th)\\s.*|[IVXLC]+\\.\\s.*");
    private static final Pattern ROMAN_NUMBERED = Pattern.compile("[IVXLC]+\\.\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;:,。！？；：，]");
    private static final Pattern WIKIPEDIA_REFERENCE = Pattern.compile("\\d+\\.\\s+\\^.*");
    private static final Pattern BREADCRUMB = Pattern.compile("Home\\s*>.*");
    private static final Pattern MAINTENANCE = Pattern.compile("This (section|article) needs expansion\\..*");
    private static final String POSTED_ON = "Posted on Updated on";
    private static final String COMMENT_FORM = "Leave a Reply";
    private static final String COMMENT_FORM_PROMPT = "Fill in your details below or click an icon to log in";
    private static final int BREADCRUMB_LINES = 3;
    /**
     * Labels of a Wikipedia infobox, which a saved page runs into their values ("Location(s)Wuzhen"). In the
     * page's first lines (up to a blank line), a label so followed gets ": " between them; the words stay as they were.
     */
    static final List<String> INFOBOX_LABELS = List.of("Location(s)", "Location", "Inaugurated", "Organized by",
            "Organised by", "Simplified Chinese", "Traditional Chinese", "Hanyu Pinyin", "Genre", "Frequency",
            "Venue", "Country", "Years active", "Founded", "Website", "Attendance", "Participants", "Most recent",
            "Next event", "Previous event", "Status", "Activity");

    /** A trimmed non-blank line, and whether a blank line (or the document's edge) stands before and after it. */
    private record Line(int start, int end, String text, boolean blankBefore, boolean blankAfter) {
    }

    private PlainTextConverter() {
    }

    static ReadableText convert(String raw) {
        List<Line> lines = withoutChrome(lines(raw));
        CleanTextBuilder out = new CleanTextBuilder(raw);
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            BlockKind kind = BlockKind.PARAGRAPH;
            int level = 0;
            if (i == 0 && isTitle(line)) {
                kind = BlockKind.HEADING;
                level = 1;
            } else if (i + 1 < lines.size() && isHeading(line, lines.get(i + 1))) {
                kind = BlockKind.HEADING;
                level = 2;
            } else if (WIKIPEDIA_REFERENCE.matcher(line.text).matches()) {
                kind = BlockKind.REFERENCE;
            }
            out.startBlock(line.start);
            int label = kind == BlockKind.PARAGRAPH && inInfobox(lines, i) ? infoboxLabel(line.text) : 0;
            if (label > 0) {
                out.copy(line.start, line.start + label);
                out.insert(": ", line.start + label);
                out.copy(line.start + label, line.end);
            } else {
                out.copy(line.start, line.end);
            }
            out.endBlock(kind, level);
        }
        return out.build();
    }

    /** The infobox: the page's first lines, under its name, up to the first blank line. */
    private static boolean inInfobox(List<Line> lines, int i) {
        if (i == 0) {
            return false;
        }
        for (int k = 1; k <= i; k++) {
            if (lines.get(k).blankBefore) {
                return false;
            }
        }
        return true;
    }

    /** The length of the infobox label the line starts with, if a value follows it without a space; else 0. */
    static int infoboxLabel(String line) {
        // Saved pages often join a label's words with a no-break space ("Traditional\u00a0Chinese").
        String text = line.replace('\u00a0', ' ');
        for (String label : INFOBOX_LABELS) {
            if (text.startsWith(label) && text.length() > label.length()) {
                char next = text.charAt(label.length());
                if (!Character.isWhitespace(next) && !Character.isLowerCase(next) && next != ':' && next != '：') {
                    return label.length();
                }
            }
        }
        return 0;
    }

    private static List<Line> lines(String raw) {
        List<int[]> ranges = new ArrayList<>();
        int start = 0;
        while (start <= raw.length()) {
            int nl = raw.indexOf('\n', start);
            int end = nl < 0 ? raw.length() : nl;
            int s = start;
            int e = end;
            while (s < e && isSpace(raw.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(raw.charAt(e - 1))) {
                e--;
            }
            ranges.add(new int[] {s, e});
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            if (r[0] < r[1]) {
                boolean before = i == 0 || ranges.get(i - 1)[0] == ranges.get(i - 1)[1];
                boolean after = i + 1 == ranges.size() || ranges.get(i + 1)[0] == ranges.get(i + 1)[1];
                lines.add(new Line(r[0], r[1], raw.substring(r[0], r[1]), before, after));
            }
        }
        return lines;
    }

    private static List<Line> withoutChrome(List<Line> lines) {
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text;
            if (text.equals(COMMENT_FORM) && i + 1 < lines.size()
                    && lines.get(i + 1).text.startsWith(COMMENT_FORM_PROMPT)) {
                break;
            }
            boolean chrome = (i < BREADCRUMB_LINES && BREADCRUMB.matcher(text).matches())
                    || text.equals(POSTED_ON) || MAINTENANCE.matcher(text).matches();
            if (!chrome) {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static boolean looksLikeHeading(Line line) {
        String t = line.text;
        return t.length() <= MAX_HEADING_LENGTH && HEADING_START.matcher(t).matches()
                && (ROMAN_NUMBERED.matcher(t).matches() || !SENTENCE_END.matcher(t).matches());
    }

    /** The document's first line, set apart by a blank line, names the page. */
    private static boolean isTitle(Line line) {
        return looksLikeHeading(line) && line.blankAfter;
    }

    /** A short, set-apart line introducing a body paragraph; a byline or a list of short lines is not one. */
    private static boolean isHeading(Line line, Line next) {
        return looksLikeHeading(line) && line.blankBefore && line.blankAfter && !looksLikeHeading(next)
                && next.text.length() >= Math.max(MIN_BODY_LENGTH, 2 * line.text.length());
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
