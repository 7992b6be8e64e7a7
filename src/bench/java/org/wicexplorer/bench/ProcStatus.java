package org.wicexplorer.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads this process's memory figures from {@code /proc/self/status} (Linux); -1 elsewhere. */
public final class ProcStatus {
    private ProcStatus() {
    }

    /** A field such as {@code VmHWM} (peak resident set) or {@code VmRSS}, in kB. */
    public static long kilobytes(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
