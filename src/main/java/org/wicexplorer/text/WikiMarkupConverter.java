package org.wicexplorer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts the markdown-ish wiki markup of a converted Wikipedia page (the zh-Wikipedia seed) to clean
 * text. Links keep their text, language-variant blocks keep the simplified variant, escaped reference
 * markers become "[1]", the reference list is tidied, and categories, templates and empty sections
 * are dropped. Every other character is copied, so offsets map back to the raw text.
 */
final class WikiMarkupConverter {
    private static final Pattern HEADING = Pattern.compile("(#{1,6})\\s+(.*?)[\\s#]*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*[-*+](?:\\s+(.*?))?\\s*");
    private static final Pattern NUMBERED = Pattern.compile("\\s*(\\d+)\\.(?:\\s+(.*?))?\\s*");
    private static final Pattern QUOTE = Pattern.compile("\\s*>\\s?(.*?)\\s*");
    private static final Pattern TEXT = Pattern.compile("\\s*(.*?)\\s*");
    private static final Pattern TEMPLATE = Pattern.compile("\\s*\\{\\{.*}}\\s*");
    private static final Pattern CATEGORIES = Pattern.compile("(\\s*\\[Category:[^\\]]*]\\([^)]*\\))+\\s*");
    private static final Pattern REFERENCE_MARKER = Pattern.compile("\\\\\\[\\d+\\\\]");
    private static final Pattern REFERENCES_TITLE = Pattern.compile(
            "参考文献|參考文獻|参考资料|參考資料|注释|註釋|脚注|腳註|references|notes", Pattern.CASE_INSENSITIVE);
    /** Which variant of a -{zh-hans:…;zh-hant:…;}- block to show: simplified first, as the app's zh text is. */
    private static final List<String> VARIANTS = List.of(
            "zh-hans", "zh-cn", "zh-sg", "zh-my", "zh", "zh-hant", "zh-tw", "zh-hk", "zh-mo");

    private enum Kind { HEADING, PARAGRAPH, LIST_ITEM, NUMBERED }

    /** A line that carries text: its kind, heading depth, content range and, if numbered, the number's range. */
    private record Line(Kind kind, int depth, int start, int end, int numberStart, int numberEnd) {
    }

    private final String raw;
    private final CleanTextBuilder out;
    /** Set while a reference entry is converted, where a link title runs straight into the author's name. */
    private boolean inReference;

    private WikiMarkupConverter(String raw) {
        this.raw = raw;
        this.out = new CleanTextBuilder(raw);
    }

    static ReadableText convert(String raw) {
        return new WikiMarkupConverter(raw).run();
    }

    private ReadableText run() {
        List<Line> lines = parseLines();
        int references = referenceListStart(lines);
        String referencesTitle = null;
        int referencesDepth = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind == Kind.HEADING && isEmptySection(lines, i)) {
                String title = raw.substring(line.start, line.end);
                if (referencesTitle == null && REFERENCES_TITLE.matcher(title).find()) {
                    referencesTitle = title;
                    referencesDepth = line.depth;
                }
                continue;
            }
            if (i == references && referencesTitle != null) {
                // The page's own references heading stood empty where the list was not; show it over the list.
                out.startBlock(line.start);
                out.insert(referencesTitle, line.start);
                out.endBlock(BlockKind.HEADING, referencesDepth);
            }
            emit(line, i >= references);
        }
        return out.build();
    }

    private List<Line> parseLines() {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= raw.length()) {
            int nl = raw.indexOf('\n', start);
            int end = nl < 0 ? raw.length() : nl;
            Line line = parseLine(start, end > start && raw.charAt(end - 1) == '\r' ? end - 1 : end);
            if (line != null) {
                lines.add(line);
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private Line parseLine(int start, int end) {
        Matcher m;
        if (raw.substring(start, end).isBlank() || matches(TEMPLATE, start, end) != null
                || matches(CATEGORIES, start, end) != null) {
            return null;
        }
        if ((m = matches(HEADING, start, end)) != null) {
            return content(Kind.HEADING, m.group(1).length(), m, 2, -1, -1);
        }
        if ((m = matches(NUMBERED, start, end)) != null) {
            return content(Kind.NUMBERED, 0, m, 2, m.start(1), m.end(1));
        }
        if ((m = matches(LIST_ITEM, start, end)) != null) {
            return content(Kind.LIST_ITEM, 0, m, 1, -1, -1);
        }
        if ((m = matches(QUOTE, start, end)) != null) {
            return content(Kind.PARAGRAPH, 0, m, 1, -1, -1);
        }
        m = matches(TEXT, start, end);
        return content(Kind.PARAGRAPH, 0, m, 1, -1, -1);
    }

    private Matcher matches(Pattern pattern, int start, int end) {
        Matcher m = pattern.matcher(raw).region(start, end);
        return m.matches() ? m : null;
    }

    /** A line whose content group is empty, such as a bare "-" or "12.", carries nothing and is dropped. */
    private static Line content(Kind kind, int depth, Matcher m, int group, int numberStart, int numberEnd) {
        if (m.group(group) == null || m.group(group).isEmpty()) {
            return null;
        }
        return new Line(kind, depth, m.start(group), m.end(group), numberStart, numberEnd);
    }

    /** Where the trailing run of numbered lines starts, if the page has reference markers and such a run. */
    private int referenceListStart(List<Line> lines) {
        int i = lines.size();
        while (i > 0 && lines.get(i - 1).kind == Kind.NUMBERED) {
            i--;
        }
        boolean found = i < lines.size() && REFERENCE_MARKER.matcher(raw).find();
        return found ? i : Integer.MAX_VALUE;
    }

    /** True when nothing but deeper, themselves empty, headings stands before the next heading as high. */
    private static boolean isEmptySection(List<Line> lines, int heading) {
        int depth = lines.get(heading).depth;
        for (int i = heading + 1; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.kind == Kind.HEADING && line.depth <= depth) {
                return true;
            }
            if (line.kind != Kind.HEADING) {
                return false;
            }
        }
        return true;
    }

    private void emit(Line line, boolean reference) {
        out.startBlock(line.start);
        BlockKind kind = switch (line.kind) {
            case HEADING -> BlockKind.HEADING;
            case PARAGRAPH -> BlockKind.PARAGRAPH;
            case LIST_ITEM -> {
                out.insert("• ", line.start);
                yield BlockKind.LIST_ITEM;
            }
            case NUMBERED -> {
                if (reference) {
                    out.insert("[", line.numberStart);
                    out.copy(line.numberStart, line.numberEnd);
                    out.insert("] ", line.numberEnd);
                } else {
                    out.copy(line.numberStart, line.numberEnd + 1);
                    out.insert(" ", line.numberEnd + 1);
                }
                yield reference ? BlockKind.REFERENCE : BlockKind.LIST_ITEM;
            }
        };
        inReference = kind == BlockKind.REFERENCE;
        inline(line.start, line.end);
        inReference = false;
        out.endBlock(kind, line.depth);
    }

    /** Copies the text of raw [start, end), leaving out inline markup. */
    private void inline(int start, int end) {
        int i = start;
        while (i < end) {
            char c = raw.charAt(i);
            int close = raw.startsWith("-{", i) ? variantEnd(i, end) : -1;
            int[] link = c == '[' ? linkEnd(i, end) : null;
            if (c == '\\' && i + 1 < end && isAsciiPunctuation(raw.charAt(i + 1))) {
                out.copy(i + 1, i + 2);
                i += 2;
            } else if (close >= 0) {
                variant(i + 2, close);
                i = close + 2;
            } else if (raw.startsWith("**", i)) {
                i += 2;
            } else if (link != null) {
                inline(i + 1, link[0]);
                i = link[1];
                if (inReference && i < end && Character.isLetterOrDigit(raw.codePointAt(i))) {
                    out.insert(" ", i);
                }
            } else {
                out.copy(i, i + 1);
                i++;
            }
        }
    }

    /** Where the "}-" closing a "-{" at {@code open} stands, or -1. */
    private int variantEnd(int open, int end) {
        int close = raw.indexOf("}-", open + 2);
        return close >= 0 && close + 2 <= end ? close : -1;
    }

    /** The content of -{…}-: nothing for "-{}-", the preferred variant of "zh-hans:A;zh-hant:B;", or itself. */
    private void variant(int start, int end) {
        String body = raw.substring(start, end);
        if (!body.matches("(\\s*zh(-[a-z]+)?\\s*:[^;]*;?)+")) {
            inline(start, end);
            return;
        }
        int bestRank = Integer.MAX_VALUE;
        int bestStart = -1;
        int bestEnd = -1;
        int at = start;
        for (String part : body.split(";", -1)) {
            int colon = part.indexOf(':');
            if (colon > 0) {
                int rank = VARIANTS.indexOf(part.substring(0, colon).strip());
                if (rank >= 0 && rank < bestRank) {
                    bestRank = rank;
                    bestStart = at + colon + 1;
                    bestEnd = at + part.length();
                }
            }
            at += part.length() + 1;
        }
        if (bestStart >= 0) {
            inline(bestStart, bestEnd);
        }
    }

    /**
     * For a link "[text](target "title")" opening at {@code open}: the end of its text and the end of the
     * whole link; null when the bracket does not open a link.
     */
    private int[] linkEnd(int open, int end) {
        int depth = 0;
        int i = open;
        while (i < end) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            int close = raw.startsWith("-{", i) ? variantEnd(i, end) : -1;
            if (close >= 0) {
                i = close + 2;
                continue;
            }
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                break;
            }
            i++;
        }
        int textEnd = i;
        if (textEnd + 1 >= end || raw.charAt(textEnd + 1) != '(') {
            return null;
        }
        boolean quoted = false;
        int parens = 0;
        for (int j = textEnd + 1; j < end; j++) {
            char c = raw.charAt(j);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                parens++;
            } else if (!quoted && c == ')' && --parens == 0) {
                return new int[] {textEnd, j + 1};
            }
        }
        return null;
    }

    private static boolean isAsciiPunctuation(char c) {
        return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
}
