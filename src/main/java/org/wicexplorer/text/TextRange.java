package org.wicexplorer.text;

/** A half-open range [start, end) of characters in a text. */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(TextRange other) {
        return start <= other.start && other.end <= end;
    }

    /** The same range moved by {@code delta} characters. */
    public TextRange shift(int delta) {
        return new TextRange(start + delta, end + delta);
    }

    /** The characters of {@code text} in this range. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
