package org.wicexplorer.handout;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fills lines to a measured width. Break opportunities come from the JDK's line BreakIterator, which
 * allows a break between any two Chinese characters as well as at spaces; a piece wider than a whole
 * line, such as a long web address, is broken between characters.
 */
public final class LineBreaker {
    private final float width;
    private final float leading;

    public LineBreaker(float width, float leading) {
        this.width = width;
        this.leading = leading;
    }

    public List<Line> wrap(List<Run> runs, float indent, float hangingIndent) {
        List<Line> lines = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        float used = 0;
        float lineIndent = indent;
        for (Run run : runs) {
            for (String piece : pieces(run.text())) {
                float w = run.width(piece);
                float room = width - lineIndent;
                if (used + run.width(piece.stripTrailing()) > room && used > 0) {
                    List<Run> carried = run.rise() > 0 ? carriedWithMark(current) : List.of();
                    lines.add(line(current, lineIndent));
                    current = new ArrayList<>(carried);
                    used = (float) carried.stream().mapToDouble(Run::width).sum();
                    lineIndent = indent + hangingIndent;
                    room = width - lineIndent;
                    piece = piece.stripLeading();
                    w = run.width(piece);
                    if (piece.isEmpty()) {
                        continue;
                    }
                }
                while (w > room && piece.codePointCount(0, piece.length()) > 1) {
                    int cut = fitting(run, piece, room - used);
                    if (cut == 0) {
                        lines.add(line(current, lineIndent));
                        current = new ArrayList<>();
                        used = 0;
                        lineIndent = indent + hangingIndent;
                        room = width - lineIndent;
                        cut = Math.max(fitting(run, piece, room), piece.offsetByCodePoints(0, 1));
                    }
                    current.add(withText(run, piece.substring(0, cut)));
                    lines.add(line(current, lineIndent));
                    current = new ArrayList<>();
                    used = 0;
                    lineIndent = indent + hangingIndent;
                    room = width - lineIndent;
                    piece = piece.substring(cut);
                    w = run.width(piece);
                }
                current.add(withText(run, piece));
                used += w;
            }
        }
        if (!current.isEmpty()) {
            lines.add(line(current, lineIndent));
        }
        return lines;
    }

    /**
     * A citation mark (a raised run) never starts a line alone: the mark's pieces placed so far and the
     * word before it are taken off the full line to go on the next one with the rest of the mark. When
     * the line holds nothing else, nothing is taken.
     */
    private static List<Run> carriedWithMark(List<Run> current) {
        int i = current.size() - 1;
        while (i >= 0 && (current.get(i).rise() > 0 || current.get(i).text().isBlank())) {
            i--;
        }
        if (i <= 0) {
            return List.of();
        }
        List<Run> tail = current.subList(i, current.size());
        List<Run> carried = new ArrayList<>(tail);
        tail.clear();
        carried.set(0, withText(carried.get(0), carried.get(0).text().stripLeading()));
        return carried;
    }

    /** How many chars of {@code piece} fit in {@code room}, on a code point boundary. */
    private static int fitting(Run run, String piece, float room) {
        int end = 0;
        while (end < piece.length()) {
            int next = piece.offsetByCodePoints(end, 1);
            if (run.width(piece.substring(0, next)) > room) {
                break;
            }
            end = next;
        }
        return end;
    }

    private Line line(List<Run> runs, float indent) {
        List<Run> trimmed = new ArrayList<>(runs);
        if (!trimmed.isEmpty()) {
            Run last = trimmed.get(trimmed.size() - 1);
            trimmed.set(trimmed.size() - 1, withText(last, last.text().stripTrailing()));
        }
        float size = (float) runs.stream().mapToDouble(Run::size).max().orElse(0);
        return new Line(trimmed, indent, Math.max(size * 1.35f, leading));
    }

    private static Run withText(Run run, String text) {
        return new Run(text, run.font(), run.size(), run.rise());
    }

    public static List<String> pieces(String text) {
        BreakIterator it = BreakIterator.getLineInstance(Locale.ROOT);
        it.setText(text);
        List<String> out = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            out.add(text.substring(start, end));
        }
        return out;
    }
}
