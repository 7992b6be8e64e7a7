package org.wicexplorer.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of inventing replacement characters. */
public final class Utf8 {
    private Utf8() {
    }

    public static String decode(String file, byte[] bytes) throws DataException {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String good = out.toString();
            int line = 1 + (int) good.chars().filter(c -> c == '\n').count();
            int column = good.length() - good.lastIndexOf('\n');
            throw new DataException(new Problem(file, line, column, String.format(
                    "the file is not UTF-8: byte 0x%02X cannot be decoded (offset %d; is it GBK, Big5 or Latin-1?);"
                            + " save it as UTF-8", bytes[in.position()] & 0xFF, in.position())));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
