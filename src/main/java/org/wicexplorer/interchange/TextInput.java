package org.wicexplorer.interchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.wicexplorer.data.DataException;
import org.wicexplorer.data.Problem;
import org.wicexplorer.data.Utf8;

/**
 * Reads a text file the user chose, or refuses it with a clear message: only inside the chosen folder
 * (after resolving {@code ..} and links), only up to a size limit, only text, and only UTF-8.
 */
public final class TextInput {
    /** More control characters than this share of the first bytes means binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.05;
    private static final int SNIFF = 64 * 1024;

    private TextInput() {
    }

    /**
     * The file's text. {@code file} may be relative to {@code root} or absolute; either way it must lie
     * inside {@code root} once normalised and once every link is followed.
     */
    public static String read(Path root, Path file, long limit) throws DataException {
        Path real = inside(root, file);
        // Both sides absolute: relativize refuses to mix a relative folder with an absolute file.
        Path base = root.toAbsolutePath().normalize();
        String name = base.relativize(base.resolve(file).normalize()).toString();
        try {
            long size = Files.size(real);
            if (size > limit) {
                throw refuse(name, Words.err("tooLarge", size, limit));
            }
            return decode(name, Files.readAllBytes(real));
        } catch (IOException e) {
            throw refuse(name, Words.err("cannotRead", String.valueOf(e.getMessage())));
        }
    }

    /** The real path of {@code file}, if it is a regular file inside {@code root}. */
    public static Path inside(Path root, Path file) throws DataException {
        Path base = root.toAbsolutePath().normalize();
        Path candidate = base.resolve(file).normalize();
        String name = file.toString();
        if (!candidate.startsWith(base)) {
            throw refuse(name, Words.err("outside", base));
        }
        Path real;
        try {
            real = candidate.toRealPath();
            if (!real.startsWith(base.toRealPath())) {
                throw refuse(name, Words.err("linkOutside", real, base));
            }
        } catch (IOException e) {
            throw refuse(name, Words.err("noFile"));
        }
        if (!Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(name, Words.err("notRegular"));
        }
        return real;
    }

    /** Strict UTF-8 (a byte-order mark is dropped); UTF-16, binary data and other encodings are refused. */
    public static String decode(String name, byte[] bytes) throws DataException {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw refuse(name, Words.err("utf16Bom"));
        }
        int sniff = Math.min(bytes.length, SNIFF);
        int nulls = 0;
        int evenNulls = 0;
        int controls = 0;
        for (int i = 0; i < sniff; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nulls++;
                evenNulls += i % 2 == 0 ? 1 : 0;
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (nulls > 0) {
            boolean oneParity = evenNulls == 0 || evenNulls == nulls;
            if (oneParity && nulls * 4 >= sniff) {
                throw refuse(name, Words.err("utf16"));
            }
            throw refuse(name, Words.err("binaryZero"));
        }
        if (sniff > 0 && controls > MAX_CONTROL_SHARE * sniff) {
            throw refuse(name, Words.err("binaryControls", controls, sniff));
        }
        return Utf8.decode(name, bytes);
    }

    static DataException refuse(String name, String message) {
        return new DataException(new Problem(name, 1, 1, message));
    }
}
